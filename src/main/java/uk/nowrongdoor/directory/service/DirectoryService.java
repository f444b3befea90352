package uk.nowrongdoor.directory.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.geo.domain.GeoDistance;

/** The public directory: search, listing pages and the crisis numbers. Anyone may call it. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    public static final int MAX_PAGE = 50;
    public static final String SAFE_HAVEN = "safe-haven";
    public static final String TALK_NOW = "talk-now";

    private final ListingRepository listings;
    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final CrisisLineRepository crisisLines;
    private final Clock clock;

    DirectoryService(
            ListingRepository listings,
            CategoryRepository categories,
            PlaceRepository places,
            CrisisLineRepository crisisLines,
            Clock clock) {
        this.listings = listings;
        this.categories = categories;
        this.places = places;
        this.crisisLines = crisisLines;
        this.clock = clock;
    }

    public SearchPage search(ListingQuery query, int offset, int limit) {
        ZonedDateTime now = now();
        var hits = listings.search(query, now, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
        var cards =
                hits.listings().stream().map(l -> toCard(l, now, query.near())).toList();
        return new SearchPage(cards, hits.total(), hits.categoryCounts(), hits.placeCounts());
    }

    /** Crisis cafés and safe havens with a session between now and 06:00 tomorrow. */
    public List<ListingCard> crisisCafesOpenTonight() {
        var query = ListingQuery.everything().withCategory(SAFE_HAVEN).withTimes(Set.of(TimeFilter.OPEN_TONIGHT));
        return search(query, 0, MAX_PAGE).cards();
    }

    /** An active listing by its slug; inactive and unknown ones are not public. */
    public Optional<Listing> findListing(String slug) {
        return listings.findBySlug(slug).filter(l -> l.getStatus() == ListingStatus.ACTIVE);
    }

    public OpeningStatus openingStatus(Listing listing) {
        return listing.openingHours().statusAt(now());
    }

    public List<CrisisLine> crisisLines() {
        return crisisLines.findAllByOrderByPositionAsc();
    }

    /** Categories in tree order, parents before their children. */
    public List<Category> categories() {
        return treeOrder(categories.findAll(), Category::getParent, Category::getPosition);
    }

    /** Places in tree order, parents before their children. */
    public List<Place> places() {
        return treeOrder(places.findAll(), Place::getParent, Place::getPosition);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(Application.LONDON);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /**
     * The distance from the point to the listing's nearest public point, as the card shows it: "About 2.1 miles" when
     * that point is only a postcode district's or town's centre.
     */
    static @Nullable String distanceText(Listing l, @Nullable Near near) {
        if (near == null) {
            return null;
        }
        @Nullable Location nearest = null;
        double metres = Double.MAX_VALUE;
        for (Location loc : l.getLocations()) {
            double m = loc.hasCoordinates()
                    ? near.metresTo(loc.getPublicLatitude(), loc.getPublicLongitude())
                    : Double.MAX_VALUE;
            if (m < metres) {
                nearest = loc;
                metres = m;
            }
        }
        if (nearest == null) {
            return null;
        }
        String miles = GeoDistance.milesText(metres);
        if (nearest.hasExactPoint()) {
            return miles;
        }
        return miles.startsWith("less") ? "Under a mile" : "About " + miles;
    }

    private ListingCard toCard(Listing l, ZonedDateTime now, @Nullable Near near) {
        return new ListingCard(
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                l.getSummary(),
                l.openingHours().statusAt(now),
                l.servedPlaces().stream().map(Place::getName).distinct().collect(Collectors.joining(", ")),
                l.getAccess().stream().map(AccessMethod::label).collect(Collectors.joining(", ")),
                l.isAcceptsSelfReferral(),
                l.currentAlert(now.toLocalDate()),
                distanceText(l, near));
    }

    private static <T> List<T> treeOrder(
            List<T> all, java.util.function.Function<T, T> parent, java.util.function.ToIntFunction<T> position) {
        var result = new ArrayList<T>();
        addChildren(null, all, parent, position, result);
        return result;
    }

    private static <T> void addChildren(
            T of,
            List<T> all,
            java.util.function.Function<T, T> parent,
            java.util.function.ToIntFunction<T> position,
            List<T> result) {
        all.stream()
                .filter(t -> java.util.Objects.equals(parent.apply(t), of))
                .sorted(Comparator.comparingInt(position))
                .forEach(t -> {
                    result.add(t);
                    addChildren(t, all, parent, position, result);
                });
    }
}
