package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.OrganisationPolicyRepository;
import uk.nowrongdoor.feedback.service.TriageSettings;
import uk.nowrongdoor.intake.domain.BankHolidayRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class TriageSettingsViewTest extends AbstractUiTest {

    static final LocalDate ONE_OFF = LocalDate.of(2028, 6, 5);

    @Autowired
    TriageSettings settings;

    @Autowired
    OrganisationPolicyRepository policies;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    BankHolidayRepository holidays;

    @AfterEach
    void cleanUp() {
        policies.deleteAll();
        holidays.findAll().stream().filter(h -> h.getDay().equals(ONE_OFF)).forEach(holidays::delete);
    }

    @Test
    void an_admin_chooses_a_councils_procedure_and_adds_a_bank_holiday() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(TriageSettingsView.class);
        @SuppressWarnings("unchecked")
        Select<ComplaintsPolicy> council = _get(Select.class, spec -> spec.withLabel("Coventry City Council"));
        assertThat(council.getValue()).isEqualTo(ComplaintsPolicy.NHS_2009);
        _setValue(council, ComplaintsPolicy.COUNCIL_CORPORATE);
        long ccc =
                organisations.findBySlug("coventry-city-council").orElseThrow().getId();
        assertThat(settings.policyOf(ccc)).isEqualTo(ComplaintsPolicy.COUNCIL_CORPORATE);

        assertThat(_get(TriageSettingsView.class).getElement().getTextRecursively())
                .contains(
                        "Friday 25 December 2026: Christmas Day",
                        "Monday 28 December 2026: Boxing Day (substitute day)");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), ONE_OFF);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Extra bank holiday");
        _click(_get(Button.class, spec -> spec.withText("Add bank holiday")));
        assertThat(_get(TriageSettingsView.class).getElement().getTextRecursively())
                .contains("Monday 5 June 2028: Extra bank holiday");
    }

    @Test
    void the_final_response_template_cannot_lose_the_ombudsman() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(TriageSettingsView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Final response: message")), "We are done.");
        _click(_get(Button.class, spec -> spec.withText("Save final response template")));
        assertThat(_get(TriageSettingsView.class).getElement().getTextRecursively())
                .contains("The final response must keep {ombudsman}");
    }

    @Test
    void leads_are_refused_and_anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate(TriageSettingsView.class);
        assertThat(_find(LoginView.class)).hasSize(1);
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(TriageSettingsView.class);
        assertThatThrownBy(() -> _find(TriageSettingsView.class)).hasMessageContaining("Access is denied");
    }
}
