package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.partner.domain.EditSuggestionRepository;
import uk.nowrongdoor.partner.domain.SuggestionReason;
import uk.nowrongdoor.partner.domain.SuggestionStatus;
import uk.nowrongdoor.partner.service.SuggestionService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

/** The public "Suggest an edit" form and the partners' suggestions screen. */
class SuggestEditViewTest extends PartnerUiTest {

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<SuggestionReason> reason() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("What is wrong?"));
    }

    @Test
    void a_visitor_suggests_an_edit_from_the_listing_page_and_the_partner_sees_it() {
        UI.getCurrent().navigate("listing/vornish-cafe-a");
        var link = _get(Anchor.class, spec -> spec.withText("Suggest an edit to this page"));
        UI.getCurrent().navigate(link.getHref());
        _setValue(reason(), SuggestionReason.OUT_OF_DATE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What should it say? (optional)")), "Now opens at 19:00");
        _click(_get(Button.class, spec -> spec.withText("Send suggestion")));
        assertThat(_get(SuggestEditView.class).getElement().getTextRecursively())
                .contains("Thank you.");

        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate(SuggestionsView.class);
        assertThat(_get(SuggestionsView.class).getElement().getTextRecursively())
                .contains("Something is out of date", "Vornish Alpha Crisis Café", "They wrote: Now opens at 19:00");
        @SuppressWarnings("unchecked")
        Select<SuggestionStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        _setValue(status, SuggestionStatus.IN_HAND);
        assertThat(context.getBean(EditSuggestionRepository.class).findAll())
                .filteredOn(s -> s.getListing().getId().equals(f.cafeA.getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.getStatus()).isEqualTo(SuggestionStatus.IN_HAND));
    }

    @Test
    void past_the_hourly_allowance_the_form_says_so_next_to_the_button_and_nothing_is_stored() {
        var limiter = context.getBean(SubmissionRateLimiter.class);
        limiter.reset();
        for (int i = 0; i < 5; i++) {
            limiter.consume(ClientAddress.current(), SuggestionService.RATE_LIMITED_FORM);
        }
        UI.getCurrent().navigate("suggest-edit/vornish-cafe-a");
        _setValue(reason(), SuggestionReason.OUT_OF_DATE);
        _click(_get(Button.class, spec -> spec.withText("Send suggestion")));
        assertThat(_get(Paragraph.class, spec -> spec.withText(SubmissionRateLimiter.TOO_MANY))
                        .getElement()
                        .getAttribute("role"))
                .isEqualTo("alert");
        assertThat(context.getBean(EditSuggestionRepository.class).findAll())
                .noneMatch(s -> s.getListing().getId().equals(f.cafeA.getId()));
        limiter.reset();
    }

    @Test
    void a_suggestion_without_a_reason_is_not_sent() {
        UI.getCurrent().navigate("suggest-edit/vornish-cafe-a");
        _click(_get(Button.class, spec -> spec.withText("Send suggestion")));
        assertThat(reason().isInvalid()).isTrue();
        assertThat(reason().getErrorMessage()).isEqualTo("Choose what is wrong");
        assertThat(context.getBean(EditSuggestionRepository.class).findAll())
                .noneMatch(s -> s.getListing().getId().equals(f.cafeA.getId()));
    }

    @Test
    void a_partner_of_another_organisation_does_not_see_the_suggestion() {
        UI.getCurrent().navigate("suggest-edit/vornish-cafe-a");
        _setValue(reason(), SuggestionReason.CLOSED);
        _click(_get(Button.class, spec -> spec.withText("Send suggestion")));
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        UI.getCurrent().navigate(SuggestionsView.class);
        assertThat(_get(SuggestionsView.class).getElement().getTextRecursively())
                .contains("No one has suggested an edit.");
    }

    @Test
    void suggestions_are_for_signed_in_partners_and_admins_only() {
        UI.getCurrent().navigate("partner/suggestions");
        _get(LoginView.class);
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate("partner/suggestions");
        assertThatThrownBy(() -> _find(SuggestionsView.class)).hasMessageContaining("AccessDenied");
    }
}
