package uk.nowrongdoor.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;

/**
 * Test listings committed through JPA (so they are indexed), and removed again by {@link #cleanUp()}. Names should
 * carry a made-up word so searches in tests do not also match the seed content.
 */
public final class DirectoryFixtures {

    private final TransactionTemplate tx;
    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final List<String> createdListings = new ArrayList<>();
    private final List<String> createdOrganisations = new ArrayList<>();

    public DirectoryFixtures(ApplicationContext context) {
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.listings = context.getBean(ListingRepository.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.categories = context.getBean(CategoryRepository.class);
        this.places = context.getBean(PlaceRepository.class);
    }

    /** A test organisation, created once per fixture set. */
    public Organisation organisation(String slug, String name) {
        return tx.execute(s -> organisations.findBySlug(slug).orElseGet(() -> {
            createdOrganisations.add(slug);
            return organisations.save(new Organisation(slug, name));
        }));
    }

    /** Saves a listing in category {@code category} and place {@code place}; {@code customise} sets the rest. */
    public Listing listing(
            String slug, String name, String summary, String category, String place, Consumer<Listing> customise) {
        Organisation organisation = organisation("test-fixture-org", "Fixture Organisation");
        return tx.execute(s -> {
            var listing = new Listing(slug, organisationsById(organisation), name, summary);
            listing.getCategories().add(categories.findBySlug(category).orElseThrow());
            listing.getPlaces().add(places.findBySlug(place).orElseThrow());
            listing.setUpdatedAt(Instant.parse("2026-11-01T00:00:00Z"));
            customise.accept(listing);
            createdListings.add(slug);
            return listings.save(listing);
        });
    }

    private Organisation organisationsById(Organisation o) {
        return organisations.findById(o.getId()).orElseThrow();
    }

    public Listing listing(String slug, String name, String summary, String category, String place) {
        return listing(slug, name, summary, category, place, l -> {});
    }

    /** Runs {@code change} on a committed listing in a new transaction, so the index sees the change. */
    public void update(String slug, Consumer<Listing> change) {
        tx.executeWithoutResult(s -> change.accept(listings.findBySlug(slug).orElseThrow()));
    }

    public void cleanUp() {
        tx.executeWithoutResult(s -> {
            createdListings.forEach(slug -> listings.findBySlug(slug).ifPresent(listings::delete));
            listings.flush();
            createdOrganisations.forEach(slug -> organisations.findBySlug(slug).ifPresent(organisations::delete));
        });
        createdListings.clear();
        createdOrganisations.clear();
    }
}
