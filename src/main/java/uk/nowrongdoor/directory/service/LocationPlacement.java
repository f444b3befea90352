package uk.nowrongdoor.directory.service;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.geo.service.GazetteerChanged;

/**
 * Gives every location with a postcode and no hand-given coordinates the point of its postcode (its own point when
 * the ONS Postcode Directory is imported, else its district's centroid), at start and whenever the gazetteer changes.
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

    @EventListener({ApplicationReadyEvent.class, GazetteerChanged.class})
    public int placeLocationsFromPostcodes() {
        int placed = 0;
        var indexing = Search.session(entityManager).indexingPlan();
        for (Listing listing : listings.findAll()) {
            boolean changed = false;
            for (Location location : listing.getLocations()) {
                if (location.hasCoordinates() && !location.isGeocoded()) {
                    continue;
                }
                var point = Postcode.parse(location.getPostcode()).flatMap(gazetteer::find);
                if (point.isPresent()) {
                    location.placeAtPostcodePoint(
                            point.get().latitude(), point.get().longitude());
                    changed = true;
                    placed++;
                }
            }
            if (changed) {
                // the point is derived from the locations: make sure the listing's document follows
                indexing.addOrUpdate(listing);
            }
        }
        if (placed > 0) {
            log.info("Placed {} locations at their postcode's point", placed);
        }
        return placed;
    }
}
