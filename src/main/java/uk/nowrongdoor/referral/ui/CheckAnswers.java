package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.intake.ui.ErrorSummary;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.service.ReferralTarget;
import uk.nowrongdoor.referral.service.SelfReferralRequest;

/** "Check your answers before sending": every answer as plain text with a Change button, then "Accept and send". */
class CheckAnswers extends Div {

    private final ErrorSummary errors = new ErrorSummary();
    private final Button send;

    CheckAnswers(SelfReferralRequest r, ReferralTarget target, IntConsumer change, Runnable onSend) {
        addClassName("nwd-check-answers");
        var list = new DescriptionList();
        row(
                list,
                "Who it is for",
                r.getForWhom() == null ? null : r.getForWhom().label(),
                0,
                change);
        row(
                list,
                "Are you safe right now?",
                r.getSafeNow() == null ? null : r.getSafeNow().label(),
                1,
                change);
        row(list, "Help you would like", r.getHelpWanted(), 2, change);
        row(list, "What to call you", r.getContactName(), 3, change);
        row(
                list,
                "How to contact you",
                r.getContactMethod() == null ? null : r.getContactMethod().label(),
                3,
                change);
        if (r.getContactMethod() == ContactMethod.EMAIL) {
            row(list, "Email address", r.getEmail(), 3, change);
        } else {
            row(list, "Phone number", r.getPhone(), 3, change);
        }
        if (r.getContactMethod() == ContactMethod.PHONE) {
            row(list, "Voicemail", r.isVoicemailOk() ? "Yes" : "No", 3, change);
        }
        row(list, "Say where they are calling from", r.isMaySayWhoCalls() ? "Yes" : "No", 3, change);
        row(list, "Best times", r.getBestTimes(), 3, change);
        row(list, "Pronouns", r.getPronouns(), 4, change);
        row(list, "Communication needs", r.getCommunicationNeeds(), 4, change);
        row(list, "Anything else", r.getAboutMe(), 4, change);
        row(
                list,
                "Sharing with " + target.organisationName(),
                r.isConsentToShare() ? "You agreed" : "Not agreed",
                5,
                change);
        send = new Button("Accept and send", e -> onSend.run());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        add(
                errors,
                new H1("Check your answers before sending"),
                list,
                new Paragraph("By sending this you confirm the answers are correct to the best of your knowledge."),
                send);
    }

    void showProblems(java.util.Collection<String> messages) {
        errors.show(messages);
        send.setEnabled(true);
    }

    private static void row(DescriptionList list, String term, @Nullable String answer, int step, IntConsumer change) {
        var value = new Div(new Paragraph(answer == null ? "Not given" : answer));
        var button = new Button("Change", e -> change.accept(step));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", "Change " + term.toLowerCase(java.util.Locale.UK));
        value.add(button);
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
