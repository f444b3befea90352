package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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

class FeedbackQueueViewTest extends AbstractUiTest {

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

    private long cwpt() {
        return fixtures.organisationId(FeedbackFixtures.CWPT);
    }

    private String reference(long id) {
        return feedback.findById(id).orElseThrow().getReference();
    }

    @Test
    void the_lead_sees_risk_first_as_cards_and_can_filter_to_safeguarding() {
        long plain = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, false);
        long risky = fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.CONCERN, true);
        fixtures.send(FeedbackFixtures.CCC, FeedbackKind.COMPLAINT, false);
        loginAs(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, cwpt()));
        UI.getCurrent().navigate(FeedbackQueueView.class);

        var cards = _find(Div.class, spec -> spec.withClasses("nwd-card"));
        assertThat(cards).hasSize(2);
        assertThat(_find(H2.class))
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactly(reference(risky) + ": A concern", reference(plain) + ": A formal complaint");
        assertThat(cards.get(0).getElement().getTextRecursively())
                .contains("Risk indicated", "Safeguarding decision needed", "Safeguarding decision by");
        assertThat(cards.get(1).getElement().getTextRecursively()).contains("Acknowledge by", "working days left");
        assertThat(_get(FeedbackQueueView.class).getElement().getTextRecursively())
                .doesNotContain("Nobody called me back");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Safeguarding only")), true);
        assertThat(_find(H2.class))
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactly(reference(risky) + ": A concern");
    }

    @Test
    void filters_that_match_nothing_say_so() {
        fixtures.send(FeedbackFixtures.CWPT, FeedbackKind.COMPLAINT, false);
        loginAs(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, cwpt()));
        UI.getCurrent().navigate(FeedbackQueueView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Overdue only")), true);
        assertThat(_find(Div.class, spec -> spec.withClasses("nwd-card"))).isEmpty();
        assertThat(_get(FeedbackQueueView.class).getElement().getTextRecursively())
                .contains("Nothing matches these filters.");
    }

    @Test
    void partners_are_refused_the_queue() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, cwpt()));
        UI.getCurrent().navigate(FeedbackQueueView.class);
        assertThatThrownBy(() -> _find(FeedbackQueueView.class)).hasMessageContaining("Access is denied");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/feedback");
        assertThat(_find(FeedbackQueueView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
