package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.ui.StatusPage;

/** Check feedback's progress with its reference and status code. */
@Route(value = FeedbackService.STATUS_PATH, layout = MainLayout.class)
@PageTitle("Check your feedback | No Wrong Door")
@AnonymousAllowed
public class FeedbackStatusView extends StatusPage {

    public FeedbackStatusView(FeedbackService feedback) {
        super(
                "Check your feedback",
                "Enter the reference number and status code you were shown when you sent it.",
                feedback::checkStatus);
    }
}
