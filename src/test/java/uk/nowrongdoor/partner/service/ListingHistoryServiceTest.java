package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

class ListingHistoryServiceTest extends PartnerServiceTest {

    @Autowired
    ListingHistoryService history;

    @Autowired
    ListingHistory listingHistory;

    @Test
    void an_approved_partner_edit_is_in_the_history_with_the_old_and_new_values_and_the_organisation() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£5 a visit"));
        assertThat(history.of(f.cafeA.getId()).changes())
                .as("a change waiting for moderation is not history yet")
                .noneMatch(c -> c.field().equals("Cost"));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long id = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .findFirst()
                .orElseThrow()
                .id();
        moderation.approve(id);

        var changes = history.of(f.cafeA.getId()).changes();
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Cost");
            assertThat(c.from()).isNull();
            assertThat(c.to()).isEqualTo("£5 a visit");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
        assertThat(changes).last().satisfies(c -> assertThat(c.field()).isEqualTo("Listing added"));
        assertThat(listingHistory.of(f.cafeA.getId()).get(0).staffAccountId())
                .as("the admin who approved it")
                .isNotNull();
    }

    @Test
    void confirming_a_listing_still_accurate_is_in_the_history_with_who_and_for_which_organisation_once_a_day() {
        assertThat(f.reload(f.cafeA).getLastChecked()).as("never checked").isNull();
        var member = Staff.memberOf(AppRoles.PARTNER, f.orgA.getId());
        Staff.signIn(member);
        LocalDate today = partner.confirmStillAccurate(f.cafeA.getId());

        var changes = history.of(f.cafeA.getId()).changes();
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Confirmed still accurate");
            assertThat(c.from()).isNull();
            assertThat(c.to()).isEqualTo(today.toString());
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
        assertThat(listingHistory.of(f.cafeA.getId()).get(0).staffAccountId()).isEqualTo(member.accountId());

        partner.confirmStillAccurate(f.cafeA.getId());
        assertThat(history.of(f.cafeA.getId()).changes())
                .as("a second tap the same day changes nothing")
                .hasSameSizeAs(changes);
    }

    @Test
    void a_trusted_edit_is_in_the_history_at_once() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.ELIGIBILITY, "Adults 18 and over"));

        assertThat(history.of(f.cafeA.getId()).changes().get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Who it is for");
            assertThat(c.to()).isEqualTo("Adults 18 and over");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
    }

    @Test
    void a_location_change_is_recorded_field_by_field_with_who_and_for_which_organisation() {
        trustOrganisationA();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeLocations(f.cafeA.getId(), List.of(venue(null, "CV21 2AA", false)));
        var added = partner.locations(f.cafeA.getId()).locations().get(0);
        partner.proposeLocations(f.cafeA.getId(), List.of(venue(added.uuid(), "CV21 3ZZ", false)));

        var changes = history.of(f.cafeA.getId()).changes();
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Location 'Vornish Hall': postcode");
            assertThat(c.from()).isEqualTo("CV21 2AA");
            assertThat(c.to()).isEqualTo("CV21 3ZZ");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
            assertThat(c.who()).isNotEqualTo(ListingHistoryService.SYSTEM);
        });
        assertThat(changes)
                .filteredOn(c -> c.field().equals("Location added"))
                .singleElement()
                .satisfies(c -> assertThat(c.to()).contains("Vornish Hall", "1 Vornish Street", "CV21 2AA"));
        assertThat(listingHistory.of(f.cafeA.getId()).get(0).staffAccountId())
                .as("the partner's account, stamped by the revision listener")
                .isNotNull();
    }

    @Test
    void weekly_sessions_and_dated_changes_added_or_removed_are_each_one_entry() {
        trustOrganisationA();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        var everyEvening = partner.timetable(f.cafeA.getId()).sessions();
        var tuesday = SessionDraft.of(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 30));
        var closed = ExceptionDraft.closedOn(LocalDate.now().plusDays(3), "Staff training");
        partner.proposeTimetable(f.cafeA.getId(), List.of(tuesday), List.of(closed));

        var changes = history.of(f.cafeA.getId()).changes();
        assertThat(changes)
                .filteredOn(c -> c.field().equals("Weekly session added"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.to()).isEqualTo("Tuesday 10:00\u201312:30");
                    assertThat(c.organisation()).isEqualTo(f.orgA.getName());
                });
        assertThat(changes)
                .filteredOn(c -> c.field().equals("Weekly session removed"))
                .singleElement()
                .satisfies(c -> assertThat(c.from()).isEqualTo("Every day 18:00\u201323:00"));
        assertThat(changes)
                .filteredOn(c -> c.field().equals("Dated change added"))
                .singleElement()
                .satisfies(c -> assertThat(c.to()).endsWith(": closed (Staff training)"));
        assertThat(everyEvening).hasSize(1);
    }

    @Test
    void a_change_of_access_methods_is_recorded() {
        trustOrganisationA();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.ACCESS, "DROP_IN,SELF_REFERRAL"));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.ACCESS, "DROP_IN"));

        assertThat(history.of(f.cafeA.getId()).changes().get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("How to get in");
            assertThat(c.from()).isEqualTo("Drop in, Refer yourself");
            assertThat(c.to()).isEqualTo("Drop in");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
    }

    @Test
    void a_sensitive_venues_name_address_and_full_postcode_stay_out_of_the_public_change_log() {
        trustOrganisationA();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeLocations(f.cafeA.getId(), List.of(venue(null, "CV21 2AA", true)));
        var added = partner.locations(f.cafeA.getId()).locations().get(0);
        var moved = new LocationDraft(
                added.uuid(),
                LocationType.VENUE,
                "Vornish Refuge",
                List.of("9 Hidden Lane"),
                "rugby",
                "CV21 3ZZ",
                "",
                "Ring the side bell",
                true);
        partner.proposeLocations(f.cafeA.getId(), List.of(moved));

        var staffView = listingHistory.of(f.cafeA.getId()).toString();
        assertThat(staffView)
                .as("staff of the organisation see the full address")
                .contains("9 Hidden Lane", "CV21 3ZZ");
        var publicLog = listingHistory.publicOf(f.cafeA.getId());
        assertThat(publicLog.toString())
                .doesNotContain("Hidden Lane", "Vornish Street", "Vornish Hall", "Vornish Refuge", "side bell")
                .doesNotContain("CV21 2AA", "CV21 3ZZ", "2AA", "3ZZ");
        assertThat(publicLog)
                .filteredOn(e -> e.location() != null)
                .extracting(ListingHistory.Entry::field)
                .as("only the location's addition; the moves within CV21 are all withheld")
                .containsExactly("location");
    }

    @Test
    void a_partner_cannot_read_another_organisations_location_or_timetable_history_by_its_listing_id() {
        trustOrganisationA();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeLocations(f.cafeA.getId(), List.of(venue(null, "CV21 2AA", false)));

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        assertThatThrownBy(() -> history.of(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_partner_of_another_organisation_cannot_read_the_history() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        assertThat(history.of(f.cafeB.getId()).listingName()).isEqualTo(f.cafeB.getName());
        assertThatThrownBy(() -> history.of(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.of(-1L)).isInstanceOf(AccessDeniedException.class);
    }

    private void trustOrganisationA() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
    }

    private static LocationDraft venue(@Nullable UUID uuid, String postcode, boolean sensitive) {
        return new LocationDraft(
                uuid,
                LocationType.VENUE,
                "Vornish Hall",
                List.of("1 Vornish Street"),
                "rugby",
                postcode,
                "Step-free entrance",
                "",
                sensitive);
    }

    @Test
    void staff_without_the_partner_or_admin_role_cannot_read_the_history() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> history.of(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
