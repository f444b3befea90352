package uk.nowrongdoor.admin.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.admin.service.OrganisationAdminService.Details;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** Real commits (the search index is written on commit); every change is undone after each test. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationAdminServiceTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, Application.LONDON);

    @Autowired
    OrganisationAdminService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ListingRepository listings;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    TransactionTemplate tx;

    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void undo() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        java.util.Collections.reverse(undo);
        undo.forEach(Runnable::run);
        undo.clear();
        Staff.signOut();
    }

    private void asAdmin() {
        Staff.signIn(Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
    }

    /** The first organisation (by name) that runs an active listing, with its details as they are now. */
    private Organisation withListings() {
        return organisations.findAllByOrderByNameAsc().stream()
                .filter(o -> !listings.findByOrganisationOrderByNameAsc(o).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private List<String> slugsFound(String words) {
        return listings.search(ListingQuery.text(words), NOW, 0, 50).listings().stream()
                .map(Listing::getSlug)
                .toList();
    }

    @Test
    void a_renamed_organisation_is_found_by_searching_for_its_new_name() {
        asAdmin();
        var org = withListings();
        var before = new Details(org.getName(), org.getDescription(), org.getWebsite());
        undo.add(() -> service.changeDetails(org.getId(), before));
        var itsListings = listings.findByOrganisationOrderByNameAsc(org).stream()
                .filter(l -> l.getStatus() == uk.nowrongdoor.directory.domain.ListingStatus.ACTIVE)
                .map(Listing::getSlug)
                .toList();
        assertThat(itsListings).isNotEmpty();
        assertThat(slugsFound("Zebracorn")).isEmpty();

        service.changeDetails(org.getId(), new Details("Zebracorn Wellbeing Trust", before.description(), null));

        assertThat(slugsFound("Zebracorn")).containsExactlyInAnyOrderElementsOf(itsListings);
        assertThat(organisations.findById(org.getId()).orElseThrow().getWebsite())
                .isNull();
    }

    @Test
    void an_added_organisation_is_listed_with_no_listings_no_partners_and_not_trusted() {
        asAdmin();
        long id = service.addOrganisation(
                new Details("  Test Village Hall Trust ", "Runs a hall.", "https://hall.example.org"));
        undo.add(() -> organisations.deleteById(id));

        var row = service.organisations().stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.name()).isEqualTo("Test Village Hall Trust");
        assertThat(row.slug()).isEqualTo("test-village-hall-trust");
        assertThat(row.website()).isEqualTo("https://hall.example.org");
        assertThat(row.activeListings()).isZero();
        assertThat(row.trusted()).isFalse();
        assertThat(row.partners()).isEmpty();
    }

    @Test
    void a_missing_or_taken_name_and_a_website_that_is_not_a_web_address_are_refused_with_their_field() {
        asAdmin();
        var taken = withListings().getName();
        long before = organisations.count();

        assertThatThrownBy(() -> service.addOrganisation(new Details("  ", null, null)))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> service.addOrganisation(new Details(taken.toUpperCase(), null, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Another organisation already has this name"));
        assertThatThrownBy(() -> service.addOrganisation(new Details("New One", null, "javascript:alert(1)")))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("website"));
        assertThatThrownBy(() -> service.addOrganisation(new Details("New One", null, "hall dot org")))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("website"));
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void trust_set_here_is_the_moderation_screens_trust() {
        asAdmin();
        var org = withListings();
        undo.add(() -> service.setTrusted(org.getId(), false));

        service.setTrusted(org.getId(), true);

        assertThat(service.organisations())
                .filteredOn(o -> o.id() == org.getId())
                .singleElement()
                .satisfies(o -> assertThat(o.trusted()).isTrue());
        assertThat(moderation.organisations())
                .filteredOn(o -> o.organisationId().equals(org.getId()))
                .singleElement()
                .satisfies(o -> assertThat(o.trusted()).isTrue());
    }

    @Test
    void the_organisations_enabled_partner_editors_are_listed_and_nobody_else() {
        asAdmin();
        var org = withListings();
        long partner = tx.execute(s -> {
            var a = new StaffAccount("test-partner@example.org", "Test Partner", Instant.now());
            a.setRoles(Set.of(StaffRole.PARTNER));
            a.setOrganisations(Set.of(organisations.findById(org.getId()).orElseThrow()));
            return accounts.save(a).getId();
        });
        long lead = tx.execute(s -> {
            var a = new StaffAccount("test-lead@example.org", "Test Lead", Instant.now());
            a.setRoles(Set.of(StaffRole.COMPLAINTS_LEAD));
            a.setOrganisations(Set.of(organisations.findById(org.getId()).orElseThrow()));
            return accounts.save(a).getId();
        });
        undo.add(() -> accounts.deleteAllById(List.of(partner, lead)));

        assertThat(service.organisations())
                .filteredOn(o -> o.id() == org.getId())
                .singleElement()
                .satisfies(o -> assertThat(o.partners())
                        .contains(new OrganisationAdminService.PartnerRow("Test Partner", "test-partner@example.org"))
                        .extracting(OrganisationAdminService.PartnerRow::email)
                        .doesNotContain("test-lead@example.org"));
    }

    @Test
    void partners_leads_coordinators_and_anonymous_callers_are_refused() {
        var org = withListings();
        for (var someone : List.of(
                Staff.memberOf(AppRoles.PARTNER, org.getId()),
                Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD),
                Staff.partnershipWide(AppRoles.COORDINATOR))) {
            Staff.signIn(someone);
            assertThatThrownBy(() -> service.organisations()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.addOrganisation(new Details("Sneaky", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.changeDetails(org.getId(), new Details("Sneaky", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.setTrusted(org.getId(), true)).isInstanceOf(AccessDeniedException.class);
        }
        Staff.signOut();
        assertThatThrownBy(() -> service.organisations())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(organisations.findById(org.getId()).orElseThrow().getName()).isNotEqualTo("Sneaky");
    }
}
