package uk.nowrongdoor.directory.service;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PointSource;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.geo.service.GazetteerChanged;

/**
 * Gives every location without hand-given coordinates the best point the gazetteer knows, at start and whenever the
 * gazetteer changes: its full postcode's own point (once the ONS Postcode Directory is imported), else its postcode
 * district's centroid, else, when no postcode is known, the centroid of its town's district. Only the first is exact;
 * the others serve "near me" ordering and are shown as approximate.
 */
@Service
@Transactional
public class LocationPlacement {

    private static final Logger log = LoggerFactory.getLogger(LocationPlacement.class);

    private final ListingRepository listings;
    private final Gazetteer gazetteer;
    private final EntityManager entityManager;

    LocationPlacement(ListingRepository listings, Gazetteer gazetteer, EntityManager entityManager) {
        this.listings = listings;
        this.gazetteer = gazetteer;
        this.entityManager = entityManager;
    }

    /** Places every location it can; returns how many locations now have a looked-up point. */
    @EventListener({ApplicationReadyEvent.class, GazetteerChanged.class})
    public int placeLocations() {
        int placed = 0;
        var indexing = Search.session(entityManager).indexingPlan();
        for (Listing listing : listings.findAll()) {
            boolean changed = false;
            for (Location location : listing.getLocations()) {
                if (location.getPointSource() == PointSource.GIVEN) {
                    continue;
                }
                var before = Point.of(location);
                place(location);
                changed |= !before.equals(Point.of(location));
                if (location.isLookedUp()) {
                    placed++;
                }
            }
            if (changed) {
                // the point is derived from the locations: make sure the listing's document follows
                indexing.addOrUpdate(listing);
            }
        }
        log.info("{} locations have a point from the gazetteer", placed);
        return placed;
    }

    private record Point(@Nullable Double latitude, @Nullable Double longitude, @Nullable PointSource source) {
        static Point of(Location location) {
            return new Point(location.getLatitude(), location.getLongitude(), location.getPointSource());
        }
    }

    /** Gives one location the best point the gazetteer knows (a partner changed its postcode or town). */
    public void place(Location location) {
        var byPostcode = Postcode.parse(location.getPostcode()).flatMap(gazetteer::find);
        if (byPostcode.isPresent()) {
            var p = byPostcode.get();
            location.placeAt(p.latitude(), p.longitude(), p.exact() ? PointSource.POSTCODE : PointSource.DISTRICT);
            return;
        }
        Place place = location.getPlace();
        var byPlace = Optional.ofNullable(place == null ? null : place.getPostcodeDistrict())
                .flatMap(Postcode::parse)
                .flatMap(gazetteer::find);
        if (byPlace.isPresent()) {
            location.placeAt(byPlace.get().latitude(), byPlace.get().longitude(), PointSource.PLACE);
        } else {
            location.clearLookedUpPoint();
        }
    }
}
