package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

class FeedbackRightsViewTest extends AbstractUiTest {

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

    private String text() {
        return _get(FeedbackRightsView.class).getElement().getTextRecursively();
    }

    private String emailOf(long id) {
        return feedback.findById(id).orElseThrow().getEmail();
    }

    @Test
    void an_admin_finds_a_persons_feedback_downloads_it_and_erases_the_compliment_but_not_the_open_complaint() {
        long compliment = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLIMENT, false);
        String email = emailOf(compliment);
        var complaint = feedback.findById(fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, false))
                .orElseThrow();
        complaint.fromNamed("Sam", email, null);
        feedback.save(complaint);
        String reference = feedback.findById(compliment).orElseThrow().getReference();
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(FeedbackRightsView.class);
        assertThat(text()).contains("can be erased only once it is closed and 12 months have passed");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Email address or feedback reference")), email);
        _click(_get(Button.class, spec -> spec.withText("Find")));
        assertThat(text())
                .contains(
                        "2 item(s) held",
                        "A formal complaint",
                        "Cannot be erased yet: a formal complaint must be closed");
        assertThat(_find(Button.class, spec -> spec.withText("Erase " + complaint.getReference())))
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Prepare the download")));
        assertThat(_get(Anchor.class, spec -> spec.withText("Download everything held (JSON)"))
                        .getHref())
                .isNotEmpty();

        _click(_get(Button.class, spec -> spec.withText("Erase " + reference)));
        assertThat(text()).contains(reference + " was erased.");
        assertThat(emailOf(compliment)).isNull();
        assertThat(emailOf(complaint.getId())).isEqualTo(email);
    }

    @Test
    void an_empty_search_shows_what_to_type_next_to_the_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(FeedbackRightsView.class);
        _click(_get(Button.class, spec -> spec.withText("Find")));
        var field = _get(TextField.class, spec -> spec.withLabel("Email address or feedback reference"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Type the person's email address or a feedback reference.");
    }

    @Test
    void complaints_leads_and_partners_are_refused_and_anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("admin/feedback-rights");
        assertThat(_find(LoginView.class)).hasSize(1);
        long org = fixtures.organisationId(FeedbackFixtures.CWPT);
        for (String role : new String[] {AppRoles.COMPLAINTS_LEAD, AppRoles.PARTNER}) {
            loginAs(Staff.memberOf(role, org));
            UI.getCurrent().navigate("admin/feedback-rights");
            assertThatThrownBy(() -> _find(FeedbackRightsView.class)).hasMessageContaining("Access is denied");
        }
    }
}
