package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class EqualityReportViewTest extends AbstractUiTest {

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    EqualityMonitoringRepository equality;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        equality.deleteAll();
    }

    @Test
    void the_complaints_lead_sees_counts_only_with_prefer_not_to_say_apart_from_skipped() {
        var request = FeedbackFixtures.anonymousCompliment();
        request.setGender(Gender.PREFER_NOT_TO_SAY);
        service.submitFeedback(request, "192.0.2.70");
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(EqualityReportView.class);
        String text = _get(EqualityReportView.class).getElement().getTextRecursively();
        assertThat(text)
                .as("one person is a number under 5")
                .contains("<5 people answered", "Prefer not to say: <5", "Not answered: <5")
                .doesNotContain(": 1");
        assertThat(text)
                .doesNotContain(
                        "crisis café", FeedbackFixtures.anonymousCompliment().getWhatHappened());
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/equality");
        _get(LoginView.class);
        assertThat(_find(EqualityReportView.class)).isEmpty();
    }
}
