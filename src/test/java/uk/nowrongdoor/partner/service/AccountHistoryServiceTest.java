package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.Staff;

class AccountHistoryServiceTest extends PartnerServiceTest {

    @Autowired
    ListingHistoryService history;

    @Autowired
    StaffAccountRepository accounts;

    private StaffAccount account;

    @BeforeEach
    void setUp() {
        account = accounts.save(new StaffAccount("vornish-editor@example.org", "Vornish Editor", Instant.EPOCH));
    }

    @AfterEach
    void tearDown() {
        accounts.deleteById(account.getId());
    }

    /** The saved account signed in as a partner of both fixture organisations. */
    private StaffPrincipal editor() {
        return new StaffPrincipal(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                "unused",
                Set.of(AppRoles.PARTNER),
                Set.of(f.orgA.getId(), f.orgB.getId()),
                false,
                true,
                false);
    }

    @Test
    void an_admin_sees_what_one_account_changed_across_listings_newest_first() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        moderation.setTrusted(f.orgB.getId(), true);
        Staff.signIn(editor());
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£1 a cup"));
        partner.proposeChanges(f.cafeB.getId(), Map.of(ListingField.ELIGIBILITY, "Anyone over 16"));
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.LANGUAGES, "Polish"));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var h = history.changesBy(account.getId());

        assertThat(h.displayName()).isEqualTo("Vornish Editor");
        assertThat(h.changes())
                .extracting(c -> c.listingName() + ": " + c.field() + " -> " + c.to() + " for " + c.organisation())
                .as("newest first; another account's change to café A is not listed")
                .containsExactly(
                        f.cafeB.getName() + ": Who it is for -> Anyone over 16 for " + f.orgB.getName(),
                        f.cafeA.getName() + ": Cost -> £1 a cup for " + f.orgA.getName());
        assertThat(h.changes()).first().satisfies(c -> assertThat(c.listingId()).isEqualTo(f.cafeB.getId()));
        assertThat(h.limited()).isFalse();
    }

    @Test
    void a_location_the_account_added_is_in_its_history() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgB.getId(), true);
        Staff.signIn(editor());
        partner.proposeLocations(
                f.cafeB.getId(),
                List.of(new LocationDraft(
                        null,
                        LocationType.VENUE,
                        "Vornish Beta Hall",
                        List.of("2 Vornish Road"),
                        "rugby",
                        "CV21 2AB",
                        "",
                        "",
                        false)));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(history.changesBy(account.getId()).changes()).singleElement().satisfies(c -> {
            assertThat(c.listingName()).isEqualTo(f.cafeB.getName());
            assertThat(c.field()).isEqualTo("Location added");
            assertThat(c.to()).contains("Vornish Beta Hall");
            assertThat(c.organisation()).isEqualTo(f.orgB.getName());
        });
    }

    @Test
    void an_account_that_changed_nothing_has_an_empty_history_and_an_unknown_one_is_refused() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(history.changesBy(account.getId()).changes()).isEmpty();
        assertThatThrownBy(() -> history.changesBy(-1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partners_leads_and_coordinators_cannot_read_an_accounts_history() {
        for (StaffPrincipal who : new StaffPrincipal[] {
            editor(),
            Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()),
            Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD),
            Staff.partnershipWide(AppRoles.COORDINATOR)
        }) {
            Staff.signIn(who);
            assertThatThrownBy(() -> history.changesBy(account.getId()))
                    .as(who.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
