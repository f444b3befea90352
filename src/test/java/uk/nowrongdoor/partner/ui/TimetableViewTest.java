package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

/** The opening-times editor on a phone: session cards, the add forms, and the way to moderation. */
class TimetableViewTest extends PartnerUiTest {

    private void openTimetableAsPartnerOfA() {
        openFromMyListingsAsPartnerOfA("Opening times", "partner/timetable/");
    }

    private static String text() {
        return _get(TimetableView.class).getElement().getTextRecursively();
    }

    private static TimePicker time(String label) {
        return _get(TimePicker.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static void addSession(DayOfWeek day, LocalTime starts, LocalTime ends) {
        click("Add a session");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Days")), Set.of(day));
        _setValue(time("Starts"), starts);
        _setValue(time("Ends"), ends);
        click("Add this session");
    }

    private long pendingRevisions() {
        return context.getBean(ListingRevisionRepository.class).findHistory(f.cafeA.getId()).stream()
                .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                .count();
    }

    @Test
    void a_partner_adds_a_weekly_session_as_a_card_and_an_admin_approves_the_difference() {
        openTimetableAsPartnerOfA();
        assertThat(text()).contains("Every day 18:00 to 23:00");
        addSession(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(text()).contains("Tuesday 10:00 to 12:00", "Not sent yet");
        assertThat(pendingRevisions())
                .as("nothing sent before the partner says so")
                .isZero();
        click("Send for approval");
        assertThat(text()).contains("Sent. An admin will check these opening times");
        assertThat(pendingRevisions()).isEqualTo(1);
        assertThat(f.reload(f.cafeA).getSessions()).hasSize(1);

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(_get(ModerationView.class).getElement().getTextRecursively())
                .contains(
                        "Weekly sessions",
                        "Now: Every day 18:00 to 23:00",
                        "New: Every day 18:00 to 23:00; Tuesday 10:00 to 12:00");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve the change to Vornish Alpha Crisis Café")));
        assertThat(f.reload(f.cafeA).getSessions()).hasSize(2);
    }

    @Test
    void a_trusted_partner_closes_on_a_date_and_removes_a_session_and_it_publishes_at_once() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        context.getBean(ModerationService.class).setTrusted(f.orgA.getId(), true);
        Staff.signOut();
        openTimetableAsPartnerOfA();
        LocalDate date = LocalDate.now(Application.LONDON).plusDays(10);
        click("Add a closure or extra session");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), date);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> what = _get(RadioButtonGroup.class, spec -> spec.withLabel("What happens that day?"));
        _setValue(what, ExceptionForm.CLOSED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Note (optional)")), "Staff training");
        click("Add this date");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Every day 18:00 to 23:00")));
        addSession(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(23, 0));
        click("Send for approval");

        assertThat(text()).contains("Saved and published.", "Closed on ", "(Staff training)");
        var published = f.reload(f.cafeA);
        assertThat(published.getExceptions()).singleElement().satisfies(e -> assertThat(e.getDate())
                .isEqualTo(date));
        assertThat(ListingField.SESSIONS.display(ListingField.SESSIONS.read(published)))
                .isEqualTo("Friday 22:00 to 23:00");
    }

    @Test
    void an_end_before_the_start_or_an_overlap_shows_its_message_next_to_the_field() {
        openTimetableAsPartnerOfA();
        addSession(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(10, 0));
        assertThat(time("Ends").isInvalid()).isTrue();
        assertThat(time("Ends").getErrorMessage()).startsWith("The end time must be after the start time");
        assertThat(text()).doesNotContain("Tuesday 12:00");

        _setValue(time("Starts"), LocalTime.of(22, 0));
        _setValue(time("Ends"), LocalTime.of(23, 30));
        click("Add this session");
        assertThat(time("Starts").getErrorMessage()).startsWith("This overlaps Every day 18:00 to 23:00");
        assertThat(pendingRevisions()).isZero();
    }

    @Test
    void a_partner_cannot_open_another_organisations_opening_times_by_its_id() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate(TimetableView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(TimetableView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_and_a_coordinator_is_refused() {
        UI.getCurrent().navigate("partner/timetable/" + f.cafeA.getId());
        _get(LoginView.class);
        assertThat(_find(TimetableView.class)).isEmpty();
        loginAs("coordinator", AppRoles.COORDINATOR);
        UI.getCurrent().navigate("partner/timetable/" + f.cafeA.getId());
        assertThatThrownBy(() -> _find(TimetableView.class)).hasMessageContaining("AccessDenied");
    }
}
