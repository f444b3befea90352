package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.feedback.service.FeedbackRequest;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.service.InvalidSubmissionException;
import uk.nowrongdoor.intake.service.RiskScreen;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.intake.ui.Drafts;
import uk.nowrongdoor.intake.ui.NewScreen;
import uk.nowrongdoor.intake.ui.RiskNotice;

/** Compliments, comments, concerns and complaints about any service in the directory or the partnership. */
@Route(value = "feedback", layout = MainLayout.class)
@PageTitle("Give feedback or make a complaint | No Wrong Door")
@AnonymousAllowed
@JavaScript(Drafts.SCRIPT)
public class FeedbackView extends Main {

    static final String DRAFT_KEY = "nwd-draft-feedback";

    private final FeedbackService feedback;
    private final FeedbackRequest request = new FeedbackRequest();
    private final RiskNotice riskNotice;
    private final FeedbackForm form;

    public FeedbackView(FeedbackService feedback, DirectoryService directory, RiskScreen riskScreen) {
        this.feedback = feedback;
        addClassName("nwd-page");
        riskNotice = new RiskNotice(directory);
        form = new FeedbackForm(request, feedback.subjects(), riskScreen::mentionsRisk);
        form.addRiskListener(e -> riskNotice.show());
        form.addSubmitListener(e -> send(e.request()));
        // keep a draft as the person types, so a dropped connection loses nothing
        form.addChangeListener(() -> Drafts.save(this, DRAFT_KEY, request));
        add(
                new H1("Give feedback or make a complaint"),
                new Paragraph("Tell us what went well, what could be better, or what went wrong, with any service "
                        + "in this directory or with the partnership. It takes about 5 minutes. What you type is "
                        + "kept in this browser tab until you send it; \"Exit this page\" clears it."),
                riskNotice,
                form);
        addAttachListener(e -> Drafts.restore(this, DRAFT_KEY, request, restored -> form.refresh()));
    }

    private void send(FeedbackRequest submitted) {
        Drafts.save(this, DRAFT_KEY, submitted);
        try {
            var receipt = feedback.submitFeedback(submitted, ClientAddress.current());
            Drafts.clear(this, DRAFT_KEY);
            removeAll();
            if (receipt.riskIndicated()) {
                riskNotice.show();
                add(riskNotice);
            }
            add(new FeedbackConfirmation(receipt, submitted.isAnonymous()));
            getUI().ifPresent(ui -> ui.getPage().setTitle("Feedback sent | No Wrong Door"));
            NewScreen.shown(this);
        } catch (InvalidSubmissionException e) {
            form.showProblems(e.problems().values());
        } catch (UserFacingException e) {
            form.showProblems(List.of(e.getMessage()));
        }
    }
}
