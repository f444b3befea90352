package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.service.ListingNoticeBoard;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.NoticeKind;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

class PartnerListingServiceTest extends PartnerServiceTest {

    @Autowired
    NoticeExpiry expiry;

    @Autowired
    ListingNoticeBoard board;

    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(Application.LONDON);
    }

    private boolean openTonight(String slug, ZonedDateTime at) {
        var query = ListingQuery.everything().withCategory("safe-haven").withTimes(Set.of(TimeFilter.OPEN_TONIGHT));
        return found(query, at, slug);
    }

    // Notices ------------------------------------------------------------------------------------------------------

    @Test
    void a_closed_tonight_notice_shows_at_once_and_takes_the_cafe_out_of_open_tonight() {
        ZonedDateTime sevenPm = today.atTime(19, 0).atZone(Application.LONDON);
        assertThat(openTonight("vornish-cafe-a", sevenPm)).isTrue();

        signInAsPartnerOfA();
        var notice = partner.publishNotice(f.cafeA.getId(), NoticeRequest.closedOn(today, "Staff training"));

        assertThat(notice.text()).startsWith("Closed on ").endsWith("Staff training");
        assertThat(board.liveNotices(f.reload(f.cafeA))).containsExactly(notice.text());
        assertThat(openTonight("vornish-cafe-a", sevenPm)).isFalse();
        assertThat(openTonight("vornish-cafe-b", sevenPm)).isTrue();
        assertThat(f.reload(f.cafeA).openingHours().isOpenAt(sevenPm)).isFalse();
    }

    @Test
    void a_notice_expires_by_itself_and_its_closure_leaves_the_timetable_and_the_index() {
        signInAsPartnerOfA();
        var notice = partner.publishNotice(f.cafeA.getId(), NoticeRequest.closedOn(today, null));
        Instant expires =
                today.plusDays(1).atTime(6, 0).atZone(Application.LONDON).toInstant();
        assertThat(notice.expiresAt()).isEqualTo(expires);

        assertThat(expiry.endExpiredNotices(expires.minusSeconds(60))).isZero();
        assertThat(expiry.endExpiredNotices(expires)).isEqualTo(1);
        assertThat(expiry.endExpiredNotices(expires.plusSeconds(60)))
                .as("not ended twice")
                .isZero();

        assertThat(f.reload(f.cafeA).getExceptions()).isEmpty();
        assertThat(partner.liveNotices(f.cafeA.getId())).isEmpty();
        assertThat(openTonight("vornish-cafe-a", today.atTime(19, 0).atZone(Application.LONDON)))
                .isTrue();
    }

    @Test
    void an_expired_notice_is_off_the_public_page_at_its_expiry_even_before_the_sweep_runs() {
        signInAsPartnerOfA();
        partner.publishNotice(f.cafeA.getId(), NoticeRequest.lasting(NoticeKind.PHONE_DOWN, 2, null));
        var source = context.getBean(PartnerNoticeSource.class);
        Instant now = Instant.now();
        assertThat(source.liveNotices(f.reload(f.cafeA), now))
                .containsExactly("Our phone line is not working at the moment.");
        assertThat(source.liveNotices(f.reload(f.cafeA), now.plusSeconds(2 * 3600 + 60)))
                .isEmpty();
    }

    @Test
    void withdrawing_a_closed_notice_reopens_the_cafe_at_once() {
        signInAsPartnerOfA();
        var notice = partner.publishNotice(f.cafeA.getId(), NoticeRequest.closedOn(today, null));
        partner.withdrawNotice(notice.id());
        assertThat(board.liveNotices(f.reload(f.cafeA))).isEmpty();
        assertThat(openTonight("vornish-cafe-a", today.atTime(19, 0).atZone(Application.LONDON)))
                .isTrue();
    }

    @Test
    void an_extra_session_notice_makes_the_listing_open_then() {
        signInAsPartnerOfA();
        LocalDate tomorrow = today.plusDays(1);
        partner.publishNotice(
                f.cafeA.getId(),
                NoticeRequest.extraSession(tomorrow, LocalTime.of(10, 0), LocalTime.of(12, 0), "Coffee morning"));
        assertThat(f.reload(f.cafeA)
                        .openingHours()
                        .isOpenAt(tomorrow.atTime(11, 0).atZone(Application.LONDON)))
                .isTrue();
        var query = ListingQuery.everything().withTimes(Set.of(TimeFilter.OPEN_NOW));
        assertThat(listings.search(query, tomorrow.atTime(11, 0).atZone(Application.LONDON), 0, 50)
                        .listings())
                .extracting(l -> l.getSlug())
                .contains("vornish-cafe-a")
                .doesNotContain("vornish-cafe-b");
    }

    @Test
    void a_notice_needs_a_date_from_today_and_an_extra_session_needs_its_times() {
        signInAsPartnerOfA();
        Long id = f.cafeA.getId();
        assertThatThrownBy(() -> partner.publishNotice(id, NoticeRequest.closedOn(today.minusDays(1), null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("from today");
        assertThatThrownBy(() -> partner.publishNotice(
                        id, new NoticeRequest(NoticeKind.EXTRA_SESSION, today, LocalTime.NOON, null, null, 0)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("times");
        assertThatThrownBy(() -> partner.publishNotice(id, NoticeRequest.lasting(NoticeKind.OTHER, 4, " ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Write the notice");
        assertThatThrownBy(() -> partner.publishNotice(id, NoticeRequest.lasting(NoticeKind.PHONE_DOWN, 0, null)))
                .isInstanceOf(UserFacingException.class);
        assertThat(partner.liveNotices(id)).isEmpty();
    }

    // Still accurate? ----------------------------------------------------------------------------------------------

    @Test
    void confirming_a_listing_sets_its_last_checked_date_to_today() {
        assertThat(f.reload(f.cafeA).getLastChecked()).as("never checked").isNull();
        assertThat(f.reload(f.cafeA).isStale(today)).isTrue();
        signInAsPartnerOfA();
        partner.confirmStillAccurate(f.cafeA.getId());
        assertThat(f.reload(f.cafeA).getLastChecked()).isEqualTo(today);
        assertThat(f.reload(f.cafeA).isStale(today)).isFalse();
        assertThat(partner.myListings()).singleElement().satisfies(m -> assertThat(m.lastChecked())
                .isEqualTo(today));
    }

    // Access -------------------------------------------------------------------------------------------------------

    @Test
    void partner_sees_only_their_own_organisations_listings() {
        signInAsPartnerOfA();
        assertThat(partner.myListings()).extracting(m -> m.slug()).containsExactly("vornish-cafe-a");
    }

    @Test
    void partner_cannot_read_or_change_another_organisations_listing_by_passing_its_id() {
        signInAsPartnerOfA();
        Long b = f.cafeB.getId();
        assertThatThrownBy(() -> partner.details(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.history(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.liveNotices(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.confirmStillAccurate(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.publishNotice(b, NoticeRequest.closedOn(today, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeChanges(b, Map.of(ListingField.SUMMARY, "Hijacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.details(-1L)).isInstanceOf(AccessDeniedException.class);

        assertThat(f.reload(f.cafeB).getLastChecked()).isNull();
        assertThat(f.reload(f.cafeB).getExceptions()).isEmpty();
        assertThat(f.reload(f.cafeB).getSummary()).isEqualTo("Evening crisis café");
    }

    @Test
    void partner_cannot_withdraw_another_organisations_notice_or_see_its_revisions() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        var notice = partner.publishNotice(f.cafeB.getId(), NoticeRequest.closedOn(today, null));
        partner.proposeChanges(f.cafeB.getId(), Map.of(ListingField.SUMMARY, "Beta's own words"));

        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.withdrawNotice(notice.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.history(f.cafeB.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(board.liveNotices(f.reload(f.cafeB))).hasSize(1);
    }

    @Test
    void other_roles_cannot_use_the_partner_portal_and_partners_cannot_moderate() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> partner.myListings()).isInstanceOf(AccessDeniedException.class);
        signInAsPartnerOfA();
        assertThatThrownBy(() -> moderation.pending()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.setTrusted(f.orgA.getId(), true)).isInstanceOf(AccessDeniedException.class);
        Staff.signOut();
        assertThatThrownBy(() -> partner.confirmStillAccurate(f.cafeA.getId()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // Revisions and moderation -------------------------------------------------------------------------------------

    @Test
    void an_untrusted_organisations_edit_waits_and_an_admin_approves_it_field_by_field() {
        signInAsPartnerOfA();
        var outcome = partner.proposeChanges(
                f.cafeA.getId(),
                Map.of(
                        ListingField.SUMMARY, "Evening crisis café, no appointment needed",
                        ListingField.PHONE, "024 7696 0000",
                        ListingField.ACCESS, "DROP_IN",
                        ListingField.MIN_AGE, "16"));
        assertThat(outcome).isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(f.reload(f.cafeA).getSummary()).as("not published yet").isEqualTo("Evening crisis café");

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var pending = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .toList();
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.changes())
                .as("the unchanged phone number is left out")
                .containsExactly(
                        new PartnerViews.ChangeRow(
                                "Summary", "Evening crisis café", "Evening crisis café, no appointment needed"),
                        new PartnerViews.ChangeRow("Youngest age", "(not given)", "16"),
                        new PartnerViews.ChangeRow("How to get in", "(not given)", "Drop in")));
        moderation.approve(pending.get(0).id());

        var published = f.reload(f.cafeA);
        assertThat(published.getSummary()).isEqualTo("Evening crisis café, no appointment needed");
        assertThat(published.getMinAge()).isEqualTo(16);
        assertThat(published.getAccess()).containsExactly(AccessMethod.DROP_IN);
        signInAsPartnerOfA();
        assertThat(partner.history(f.cafeA.getId())).singleElement().satisfies(h -> assertThat(h.status())
                .isEqualTo("Approved and published"));
    }

    @Test
    void a_rejected_edit_needs_a_reason_and_the_partner_is_told_it() {
        var editor = Staff.memberOf(AppRoles.PARTNER, f.orgA.getId());
        Staff.signIn(editor);
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£5 a visit"));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long id = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> moderation.reject(id, "  ")).isInstanceOf(UserFacingException.class);
        moderation.reject(id, "Crisis cafés in the partnership are free");

        assertThat(f.reload(f.cafeA).getCost()).isNull();
        assertThat(f.mailTo(editor.email())).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("Crisis cafés in the partnership are free"));
        assertThatThrownBy(() -> moderation.approve(id)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_trusted_organisations_edit_publishes_at_once_and_shows_in_the_history() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);

        signInAsPartnerOfA();
        var outcome = partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.ELIGIBILITY, "Adults 18 and over"));
        assertThat(outcome).isEqualTo(Outcome.PUBLISHED);
        assertThat(f.reload(f.cafeA).getEligibility()).isEqualTo("Adults 18 and over");
        assertThat(partner.history(f.cafeA.getId())).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo("Published at once (trusted organisation)");
            assertThat(h.changes())
                    .containsExactly(new PartnerViews.ChangeRow("Who it is for", "(not given)", "Adults 18 and over"));
        });
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(moderation.pending()).noneMatch(p -> p.listingId().equals(f.cafeA.getId()));
    }

    @Test
    void an_edit_is_checked_field_by_field_and_nothing_changed_is_refused() {
        signInAsPartnerOfA();
        Long id = f.cafeA.getId();
        assertThatThrownBy(() -> partner.proposeChanges(id, Map.of(ListingField.SUMMARY, "")))
                .hasMessage("Enter a summary");
        assertThatThrownBy(() -> partner.proposeChanges(id, Map.of(ListingField.EMAIL, "not an address")))
                .hasMessageContaining("email address");
        assertThatThrownBy(() ->
                        partner.proposeChanges(id, Map.of(ListingField.MIN_AGE, "30", ListingField.MAX_AGE, "18")))
                .hasMessageContaining("youngest age");
        assertThatThrownBy(() -> partner.proposeChanges(id, Map.of(ListingField.SUMMARY, "x".repeat(201))))
                .hasMessageContaining("200 characters");
        assertThatThrownBy(() -> partner.proposeChanges(id, Map.of(ListingField.PHONE, " 024 7696 0000 ")))
                .hasMessage("Nothing has changed");
        assertThat(partner.history(id)).isEmpty();
    }

    @Test
    void delivery_languages_bsl_and_interpreting_are_edited_like_other_details_and_read_as_labels() {
        signInAsPartnerOfA();
        partner.proposeChanges(
                f.cafeA.getId(),
                Map.of(
                        ListingField.DELIVERY, "PHONE,IN_PERSON",
                        ListingField.LANGUAGES, "Polish, Punjabi",
                        ListingField.BSL, "yes"));
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var pending = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(pending.changes())
                .containsExactly(
                        new PartnerViews.ChangeRow("How it is offered", "(not given)", "In person, By phone"),
                        new PartnerViews.ChangeRow("Languages other than English", "(not given)", "Polish, Punjabi"),
                        new PartnerViews.ChangeRow("British Sign Language (BSL) users are supported", "No", "Yes"));
        moderation.approve(pending.id());
        var published = f.reload(f.cafeA);
        assertThat(published.getDelivery())
                .containsExactlyInAnyOrder(
                        uk.nowrongdoor.directory.domain.DeliveryMode.IN_PERSON,
                        uk.nowrongdoor.directory.domain.DeliveryMode.PHONE);
        assertThat(published.getLanguages()).isEqualTo("Polish, Punjabi");
        assertThat(published.isBsl()).isTrue();
        assertThat(published.isInterpreting()).isFalse();

        signInAsPartnerOfA();
        // the name and the timetable have their own ways in
        assertThatThrownBy(() -> partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.NAME, "Renamed")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Name cannot be changed here");
    }
}
