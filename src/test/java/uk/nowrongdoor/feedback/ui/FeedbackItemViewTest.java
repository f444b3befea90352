package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

class FeedbackItemViewTest extends AbstractUiTest {

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository feedback;

    @AfterEach
    void cleanUp() {
        fixtures.forgetAll();
    }

    private long org(String slug) {
        return fixtures.organisationId(slug);
    }

    private String text() {
        return _get(FeedbackItemView.class).getElement().getTextRecursively();
    }

    @Test
    void a_lead_codes_an_urgent_complaint_sends_the_acknowledgement_and_the_clock_stops() {
        long id = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, true);
        loginAs(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(FeedbackFixtures.CWPT)));
        UI.getCurrent().navigate(FeedbackItemView.class, id);
        assertThat(text()).contains("Nobody called me back", "Acknowledge by", "Safeguarding decision due");

        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Themes")), Set.of(Theme.APPOINTMENTS));
        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(Select.class, spec -> spec.withLabel("Outcome"));
        _setValue(outcome, Outcome.ONGOING);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes")), "Called the team");
        _click(_get(Button.class, spec -> spec.withText("Save coding")));
        assertThat(text())
                .contains("Themes: not recorded → Appointments", "Outcome: not recorded → Ongoing / suspended");

        _click(_get(Button.class, spec -> spec.withText("Send the acknowledgement")));
        assertThat(text())
                .contains("Acknowledged on", "Acknowledgement email sent")
                .doesNotContain("Acknowledge by");
        assertThat(feedback.findById(id).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.ACKNOWLEDGED);
        assertThat(feedback.findById(id).orElseThrow().getNotes()).isEqualTo("Called the team");
    }

    @Test
    void a_safeguarding_item_cannot_close_until_the_decision_and_the_persons_wishes_are_recorded() {
        long id = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.CONCERN, true);
        loginAs(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(FeedbackFixtures.CWPT)));
        UI.getCurrent().navigate(FeedbackItemView.class, id);

        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(text()).contains("Record the safeguarding decision and whether the person's wishes were asked");
        _click(_get(Button.class, spec -> spec.withText("Record the decision")));
        assertThat(text()).contains("Write down the safeguarding decision.");
        assertThat(feedback.findById(id).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.RECEIVED);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Safeguarding decision")), "Referred to the team");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("The person's wishes were asked")), true);
        _click(_get(Button.class, spec -> spec.withText("Record the decision")));
        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(feedback.findById(id).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void a_lead_of_another_organisation_is_refused_the_item() {
        long id = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, false);
        loginAs(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(FeedbackFixtures.CCC)));
        assertThatThrownBy(() -> {
                    UI.getCurrent().navigate(FeedbackItemView.class, id);
                    _get(FeedbackItemView.class);
                })
                .hasStackTraceContaining("Not a lead for this feedback's organisation");
    }

    @Test
    void partners_are_refused_and_anonymous_visitors_are_sent_to_sign_in() {
        long id = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, false);
        UI.getCurrent().navigate(FeedbackItemView.class, id);
        assertThat(_find(LoginView.class)).hasSize(1);
        loginAs(Staff.memberOf(AppRoles.PARTNER, org(FeedbackFixtures.CWPT)));
        UI.getCurrent().navigate(FeedbackItemView.class, id);
        assertThatThrownBy(() -> _find(FeedbackItemView.class)).hasMessageContaining("Access is denied");
    }
}
