package uk.nowrongdoor.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.geo.domain.GeoDistance;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.geo.service.PostcodeLocation;

/**
 * The place a postcode lies in, for the profile's rule that a service with a service area is found by a postcode
 * only when its area covers that postcode. The directory has no boundaries, only town centres: a postcode belongs to
 * the towns whose centre is in its own postcode district, or else to the town whose centre is nearest. A service area
 * covers it when it is such a town or any place around one (its district, the county).
 */
record CoveredPlace(Set<String> coveringSlugs) {

    static Optional<CoveredPlace> of(PostcodeLocation point, List<Place> places, Gazetteer gazetteer) {
        var towns = places.stream().filter(p -> p.getPostcodeDistrict() != null).toList();
        // a district may hold more than one town's centre (CV8: Kenilworth and Stoneleigh): the postcode is in each
        List<Place> own = towns.stream()
                .filter(p -> point.outwardCode().equalsIgnoreCase(p.getPostcodeDistrict()))
                .toList();
        List<Place> found = !own.isEmpty()
                ? own
                : towns.stream()
                        .flatMap(p -> centre(p, gazetteer).map(c -> new Scored(p, distance(point, c))).stream())
                        .min(Comparator.comparingDouble(Scored::metres))
                        .map(s -> List.of(s.place()))
                        .orElse(List.of());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CoveredPlace(found.stream()
                .flatMap(t -> t.selfAndAncestors().stream())
                .map(Place::getSlug)
                .collect(Collectors.toUnmodifiableSet())));
    }

    /** True when the listing names no service area (nothing to check), or one of its areas covers the place. */
    boolean covers(Listing listing) {
        return listing.getPlaces().isEmpty()
                || listing.getPlaces().stream().anyMatch(p -> coveringSlugs.contains(p.getSlug()));
    }

    /** A listing that names service areas and none covers the place: the profile leaves it out. */
    static boolean coveredOrUnknown(@Nullable CoveredPlace place, Listing listing) {
        return place == null || place.covers(listing);
    }

    private record Scored(Place place, double metres) {}

    private static Optional<PostcodeLocation> centre(Place p, Gazetteer gazetteer) {
        return Postcode.parse(p.getPostcodeDistrict()).flatMap(gazetteer::find);
    }

    private static double distance(PostcodeLocation a, PostcodeLocation b) {
        return GeoDistance.metresBetween(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
