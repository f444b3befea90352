package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.ui.StatusLookupForm;
import uk.nowrongdoor.intake.ui.StatusResult;

/** Check feedback's progress with its reference and status code. */
@Route(value = FeedbackService.STATUS_PATH, layout = MainLayout.class)
@PageTitle("Check your feedback | No Wrong Door")
@AnonymousAllowed
public class FeedbackStatusView extends Main implements BeforeEnterObserver {

    private final FeedbackService feedback;
    private final StatusLookupForm form = new StatusLookupForm();
    private final StatusResult result = new StatusResult();

    public FeedbackStatusView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("nwd-page");
        form.addLookupListener(e -> result.show(feedback.checkStatus(e.reference(), e.code())));
        add(
                new H1("Check your feedback"),
                new Paragraph("Enter the reference number and status code you were shown when you sent it."),
                form,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String ref = params.getSingleParameter("ref").orElse("");
        String code = params.getSingleParameter("code").orElse("");
        form.prefill(ref, code);
        if (!ref.isBlank() && !code.isBlank()) {
            result.show(feedback.checkStatus(ref, code));
        }
    }
}
