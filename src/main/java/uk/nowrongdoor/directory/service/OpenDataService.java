package uk.nowrongdoor.directory.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.OpenDataFilter;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;

/**
 * The public directory as open data, for the Open Referral UK API: active listings only, and only what is public.
 * Anyone may call it; the API maps the entities to Open Referral's names at its edge.
 */
@Service
@Transactional(readOnly = true)
public class OpenDataService {

    /** The most listings one search may gather, for results that are paged after the search (by location). */
    public static final int MAX_GATHERED = 5000;

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final CategoryRepository categories;
    private final DirectoryService directory;

    OpenDataService(
            ListingRepository listings,
            OrganisationRepository organisations,
            CategoryRepository categories,
            DirectoryService directory) {
        this.listings = listings;
        this.organisations = organisations;
        this.categories = categories;
        this.directory = directory;
    }

    public record ListingPage(List<Listing> listings, long total) {}

    public ListingPage findListings(ListingQuery query, OpenDataFilter filter, int offset, int limit) {
        var hits = directory.find(query, filter, directory.now(), offset, limit).hits();
        return new ListingPage(hits.listings(), hits.total());
    }

    public Optional<Listing> findListing(String id) {
        return directory.findListing(id);
    }

    /** An active listing by its published UUID. */
    public Optional<Listing> findListing(UUID id) {
        return listings.findByUuid(id).filter(l -> l.getStatus() == ListingStatus.ACTIVE);
    }

    /** The active listing held at the location with this UUID. */
    public Optional<Listing> findListingAtLocation(UUID locationId) {
        return listings.findByLocationsUuid(locationId).filter(l -> l.getStatus() == ListingStatus.ACTIVE);
    }

    /** The UUIDs of every active listing's locations, to find a record whose id is derived from one. */
    public List<UUID> activeLocationIds() {
        return listings.findActiveLocationUuids();
    }

    public Optional<Organisation> findOrganisation(UUID id) {
        return organisations.findByUuid(id);
    }

    public Optional<Category> findCategory(UUID id) {
        return categories.findByUuid(id);
    }

    public Optional<Category> findCategory(String slug) {
        return categories.findBySlug(slug);
    }

    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    public Optional<Organisation> findOrganisation(String id) {
        return organisations.findBySlug(id);
    }

    public List<Listing> listingsOf(Organisation organisation) {
        return listings.findByOrganisationOrderByNameAsc(organisation).stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .toList();
    }
}
