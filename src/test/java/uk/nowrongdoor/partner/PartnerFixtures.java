package uk.nowrongdoor.partner;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;

/**
 * Two test organisations, each with a crisis café open every evening 18:00 to 23:00, committed through JPA so they are
 * indexed; removed again by {@link #cleanUp()}. Names carry the made-up word "vornish".
 */
public final class PartnerFixtures {

    public static final LocalTime OPENS = LocalTime.of(18, 0);
    public static final LocalTime CLOSES = LocalTime.of(23, 0);

    private final TransactionTemplate tx;
    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final OutboxMessageRepository outbox;
    private final OrganisationTrustRepository trust;
    private final List<Long> createdListings = new ArrayList<>();
    private final List<Long> createdOrganisations = new ArrayList<>();

    public final Organisation orgA;
    public final Organisation orgB;
    public final Listing cafeA;
    public final Listing cafeB;

    public PartnerFixtures(ApplicationContext context) {
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.listings = context.getBean(ListingRepository.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.categories = context.getBean(CategoryRepository.class);
        this.places = context.getBean(PlaceRepository.class);
        this.outbox = context.getBean(OutboxMessageRepository.class);
        this.trust = context.getBean(OrganisationTrustRepository.class);
        orgA = organisation("vornish-org-a", "Vornish Alpha Trust");
        orgB = organisation("vornish-org-b", "Vornish Beta Trust");
        cafeA = cafe(orgA, "vornish-cafe-a", "Vornish Alpha Crisis Café");
        cafeB = cafe(orgB, "vornish-cafe-b", "Vornish Beta Crisis Café");
    }

    public Organisation organisation(String slug, String name) {
        Organisation o = tx.execute(s -> organisations.save(new Organisation(slug, name)));
        createdOrganisations.add(o.getId());
        return o;
    }

    public Listing cafe(Organisation org, String slug, String name) {
        Listing saved = tx.execute(s -> {
            var l = new Listing(slug, organisations.findById(org.getId()).orElseThrow(), name, "Evening crisis café");
            l.getCategories().add(categories.findBySlug("safe-haven").orElseThrow());
            l.getPlaces().add(places.findBySlug("rugby").orElseThrow());
            l.getSessions().add(new WeeklySession(EnumSet.allOf(DayOfWeek.class), OPENS, CLOSES));
            l.setPhone("024 7696 0000");
            l.setUpdatedAt(Instant.parse("2026-11-01T00:00:00Z"));
            return listings.save(l);
        });
        createdListings.add(saved.getId());
        return saved;
    }

    /** A listing a test made through the service, removed with the fixtures. */
    public void track(Long listingId) {
        createdListings.add(listingId);
    }

    public Listing reload(Listing l) {
        return tx.execute(s -> {
            Listing fresh = listings.findById(l.getId()).orElseThrow();
            fresh.getExceptions().size();
            fresh.getSessions().size();
            fresh.getAccess().size();
            return fresh;
        });
    }

    public List<OutboxMessage> mailTo(String email) {
        return outbox.findAll().stream().filter(m -> m.getTo().equals(email)).toList();
    }

    public void cleanUp() {
        tx.executeWithoutResult(s -> {
            createdListings.forEach(id -> listings.findById(id).ifPresent(listings::delete));
            listings.flush();
            createdOrganisations.forEach(id -> {
                trust.findByOrganisationId(id).ifPresent(trust::delete);
                organisations.findById(id).ifPresent(organisations::delete);
            });
        });
        outbox.deleteAll();
    }
}
