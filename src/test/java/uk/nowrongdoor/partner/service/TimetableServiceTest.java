package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.partner.service.PartnerViews.ChangeRow;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** Weekly sessions and dated changes through the revision and moderation path. */
class TimetableServiceTest extends PartnerServiceTest {

    @Autowired
    ListingRevisionRepository revisions;

    private LocalDate today;
    private LocalDate nextTuesday;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(Application.LONDON);
        nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    private static SessionDraft tuesdayMorning() {
        return SessionDraft.of(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0));
    }

    private List<SessionDraft> publishedPlus(SessionDraft extra) {
        var list = new ArrayList<>(partner.timetable(f.cafeA.getId()).sessions());
        list.add(extra);
        return list;
    }

    private boolean openNowFound(String slug, ZonedDateTime at) {
        var query = ListingQuery.everything().withCategory("safe-haven").withTimes(Set.of(TimeFilter.OPEN_NOW));
        return found(query, at, slug);
    }

    @Test
    void a_new_weekly_session_waits_shows_as_a_difference_and_after_approval_the_listing_is_open_then() {
        ZonedDateTime tuesdayEleven = nextTuesday.atTime(11, 0).atZone(Application.LONDON);
        assertThat(f.reload(f.cafeA).openingHours().isOpenAt(tuesdayEleven)).isFalse();

        signInAsPartnerOfA();
        assertThat(partner.proposeTimetable(f.cafeA.getId(), publishedPlus(tuesdayMorning()), List.of()))
                .isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(f.reload(f.cafeA).getSessions()).as("not published yet").hasSize(1);
        assertThat(partner.timetable(f.cafeA.getId()).pendingTimetableChanges()).isEqualTo(1);

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var pending = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .toList();
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.changes())
                .containsExactly(new ChangeRow(
                        "Weekly sessions",
                        "Every day 18:00 to 23:00",
                        "Every day 18:00 to 23:00; Tuesday 10:00 to 12:00")));
        moderation.approve(pending.get(0).id());

        var status = f.reload(f.cafeA).openingHours().statusAt(tuesdayEleven);
        assertThat(status.open()).isTrue();
        assertThat(status.text()).isEqualTo("Open now until 12:00");
        assertThat(openNowFound("vornish-cafe-a", tuesdayEleven)).isTrue();
        assertThat(openNowFound("vornish-cafe-b", tuesdayEleven)).isFalse();
    }

    @Test
    void a_trusted_organisations_timetable_publishes_at_once_and_a_dated_closure_closes_that_day() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        signInAsPartnerOfA();
        var closure = ExceptionDraft.closedOn(nextTuesday, "Staff training");
        assertThat(partner.proposeTimetable(
                        f.cafeA.getId(), partner.timetable(f.cafeA.getId()).sessions(), List.of(closure)))
                .isEqualTo(Outcome.PUBLISHED);

        assertThat(f.reload(f.cafeA)
                        .openingHours()
                        .isOpenAt(nextTuesday.atTime(19, 0).atZone(Application.LONDON)))
                .isFalse();
        assertThat(partner.timetable(f.cafeA.getId()).upcoming()).containsExactly(closure);
        assertThat(partner.history(f.cafeA.getId())).singleElement().satisfies(h -> assertThat(h.status())
                .isEqualTo("Published at once (trusted organisation)"));
    }

    @Test
    void partner_cannot_read_or_change_another_organisations_sessions_by_passing_its_id() {
        signInAsPartnerOfA();
        Long b = f.cafeB.getId();
        assertThatThrownBy(() -> partner.timetable(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeTimetable(b, List.of(tuesdayMorning()), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeTimetable(b, List.of(), List.of(ExceptionDraft.closedOn(today, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.reload(f.cafeB).getSessions()).hasSize(1);
        assertThat(f.reload(f.cafeB).getExceptions()).isEmpty();
        assertThat(revisions.findHistory(b)).isEmpty();
    }

    @Test
    void an_end_before_the_start_an_overlap_a_past_date_or_no_change_is_refused() {
        signInAsPartnerOfA();
        Long a = f.cafeA.getId();
        var backwards = new SessionDraft(
                EnumSet.of(DayOfWeek.TUESDAY), false, LocalTime.of(12, 0), LocalTime.of(10, 0), false, null, null);
        assertThatThrownBy(() -> partner.proposeTimetable(a, publishedPlus(backwards), List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("The end time must be after the start time");
        var overlapping = SessionDraft.of(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(23, 30));
        assertThatThrownBy(() -> partner.proposeTimetable(a, publishedPlus(overlapping), List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Every day 18:00 to 23:00 overlaps Friday 22:00 to 23:30");
        assertThatThrownBy(() -> partner.proposeTimetable(
                        a, partner.timetable(a).sessions(), List.of(ExceptionDraft.closedOn(today.minusDays(1), null))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Choose a date from today");
        assertThatThrownBy(
                        () -> partner.proposeTimetable(a, partner.timetable(a).sessions(), List.of()))
                .hasMessage("Nothing has changed");
        assertThat(revisions.findHistory(a)).isEmpty();
    }

    @Test
    void approving_dated_changes_keeps_a_closure_a_notice_added_meanwhile() {
        signInAsPartnerOfA();
        Long a = f.cafeA.getId();
        var extra = ExceptionDraft.extraSession(nextTuesday, LocalTime.of(10, 0), LocalTime.of(12, 0), "Coffee");
        partner.proposeTimetable(a, partner.timetable(a).sessions(), List.of(extra));
        partner.publishNotice(a, NoticeRequest.closedOn(today, "Heating broken"));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.approve(moderation.pending().stream()
                .filter(p -> p.listingId().equals(a))
                .findFirst()
                .orElseThrow()
                .id());
        assertThat(f.reload(f.cafeA).getExceptions())
                .extracting(e -> e.getDate())
                .containsExactlyInAnyOrder(today, nextTuesday);
    }
}
