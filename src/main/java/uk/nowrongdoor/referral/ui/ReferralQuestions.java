package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.ui.Honeypot;
import uk.nowrongdoor.intake.ui.InputMode;
import uk.nowrongdoor.intake.ui.QuestionPage;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.service.ReferralTarget;
import uk.nowrongdoor.referral.service.SelfReferralRequest;

/**
 * The question pages of the self-referral journey, one topic each. Every field has a visible label and a length cap
 * from the entity; every rule comes from {@link SelfReferralRequest}, which the service checks again.
 */
final class ReferralQuestions {

    private ReferralQuestions() {}

    /** @param textCheck called with free text as it changes, so risk phrases show the crisis card at once */
    static List<QuestionPage<SelfReferralRequest>> pages(
            SelfReferralRequest bean, ReferralTarget target, Runnable riskAnswer, Consumer<String> textCheck) {
        return List.of(
                whoFor(bean),
                safeNow(bean, riskAnswer),
                helpWanted(bean, target, textCheck),
                contact(bean, target),
                aboutMe(bean, textCheck),
                consent(bean, target));
    }

    private static QuestionPage<SelfReferralRequest> page(SelfReferralRequest bean, String question) {
        return new QuestionPage<>(question, SelfReferralRequest.class, bean, "Continue");
    }

    static QuestionPage<SelfReferralRequest> whoFor(SelfReferralRequest bean) {
        var page = page(bean, "Who are you asking for help for?");
        var who = new RadioButtonGroup<ForWhom>("Who is this for?");
        who.setItems(ForWhom.values());
        who.setItemLabelGenerator(ForWhom::label);
        var consents = new Checkbox("They know I am asking and they agree");
        consents.setVisible(bean.getForWhom() == ForWhom.SOMEONE_I_CARE_FOR);
        who.addValueChangeListener(e -> consents.setVisible(e.getValue() == ForWhom.SOMEONE_I_CARE_FOR));
        page.binder().forField(who).bind("forWhom");
        page.binder()
                .forField(consents)
                .withValidator((v, ctx) -> result(SelfReferralRequest.consentProblem(who.getValue(), v)))
                .bind("personConsents");
        return page.with(who, consents);
    }

    static QuestionPage<SelfReferralRequest> safeNow(SelfReferralRequest bean, Runnable riskAnswer) {
        var page = page(bean, "Are you safe right now?");
        var safe = new RadioButtonGroup<SafeNow>("Are you safe right now?");
        safe.setItems(SafeNow.values());
        safe.setItemLabelGenerator(SafeNow::label);
        safe.setHelperText("We ask everyone. If you are not safe, we will show you where to get help straight away.");
        safe.addValueChangeListener(e -> {
            if (e.getValue() == SafeNow.NO) {
                riskAnswer.run();
            }
        });
        page.binder().forField(safe).bind("safeNow");
        return page.with(safe);
    }

    static QuestionPage<SelfReferralRequest> helpWanted(
            SelfReferralRequest bean, ReferralTarget target, Consumer<String> textCheck) {
        var page = page(bean, "What help would you like?");
        var help = new TextArea("In your own words, what help would you like?");
        help.setMaxLength(SelfReferral.HELP_MAX);
        help.setHelperText(target.organisationName() + " will read this. Say as much or as little as you like.");
        help.setValueChangeMode(ValueChangeMode.LAZY);
        help.addValueChangeListener(e -> textCheck.accept(e.getValue()));
        page.binder().forField(help).bind("helpWanted");
        return page.with(help);
    }

    static QuestionPage<SelfReferralRequest> contact(SelfReferralRequest bean, ReferralTarget target) {
        var page = page(bean, "How should the service contact you?");
        var name = new TextField("What should they call you?");
        name.setMaxLength(SelfReferral.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        var method = new RadioButtonGroup<ContactMethod>("How should they contact you?");
        method.setItems(ContactMethod.values());
        method.setItemLabelGenerator(ContactMethod::label);
        var phone = new TextField("Phone number");
        phone.setMaxLength(SelfReferral.PHONE_MAX);
        phone.setAutocomplete(Autocomplete.TEL);
        InputMode.set(phone, "tel");
        var email = new EmailField("Email address");
        email.setMaxLength(SelfReferral.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        var voicemail = new Checkbox("They can leave a voicemail");
        var sayWho = new Checkbox("They can say they are calling from " + target.organisationName());
        var times = new TextField("When is it safe and convenient to contact you? (optional)");
        times.setMaxLength(SelfReferral.BEST_TIMES_MAX);
        times.setHelperText("For example, weekday mornings, or not after 6pm");
        Runnable reveal = () -> {
            ContactMethod m = method.getValue();
            phone.setVisible(m == ContactMethod.PHONE || m == ContactMethod.TEXT);
            email.setVisible(m == ContactMethod.EMAIL);
            voicemail.setVisible(m == ContactMethod.PHONE);
        };
        method.addValueChangeListener(e -> reveal.run());
        page.binder().forField(name).bind("contactName");
        page.binder().forField(method).bind("contactMethod");
        page.binder()
                .forField(phone)
                .withValidator((v, ctx) -> result(SelfReferralRequest.phoneProblem(method.getValue(), v)))
                .bind("phone");
        page.binder()
                .forField(email)
                .withValidator((v, ctx) -> result(SelfReferralRequest.emailProblem(method.getValue(), v)))
                .bind("email");
        page.binder().forField(voicemail).bind("voicemailOk");
        page.binder().forField(sayWho).bind("maySayWhoCalls");
        page.binder().forField(times).bind("bestTimes");
        reveal.run();
        return page.with(name, method, phone, email, voicemail, sayWho, times);
    }

    static QuestionPage<SelfReferralRequest> aboutMe(SelfReferralRequest bean, Consumer<String> textCheck) {
        var page = page(bean, "About you (optional)");
        var intro = new Paragraph("Tell it once: anything here goes to the service with your request, so they do "
                + "not need to ask again. You can leave all of it blank.");
        var pronouns = new TextField("Your pronouns (optional)");
        pronouns.setMaxLength(SelfReferral.PRONOUNS_MAX);
        var needs = new TextField("Anything that helps you communicate (optional)");
        needs.setHelperText("For example, an interpreter, British Sign Language, large print or extra time");
        needs.setMaxLength(SelfReferral.NEEDS_MAX);
        var about = new TextArea("Anything else you want them to know (optional)");
        about.setMaxLength(SelfReferral.ABOUT_MAX);
        about.setValueChangeMode(ValueChangeMode.LAZY);
        about.addValueChangeListener(e -> textCheck.accept(e.getValue()));
        page.binder().forField(pronouns).bind("pronouns");
        page.binder().forField(needs).bind("communicationNeeds");
        page.binder().forField(about).bind("aboutMe");
        return page.with(intro, pronouns, needs, about);
    }

    static QuestionPage<SelfReferralRequest> consent(SelfReferralRequest bean, ReferralTarget target) {
        var page = page(bean, "Sharing your answers");
        var what = new Paragraph("We will send your answers to " + target.organisationName()
                + " so they can help you. We keep them for 2 years after your request is closed, then delete them. "
                + "We only share them with anyone else if we must, to keep you or another person safe.");
        var privacy = new Anchor("pages/privacy", "Read our privacy notice");
        var agree = new Checkbox("I agree that you can send my answers to " + target.organisationName());
        var honeypot = Honeypot.field();
        page.binder().forField(agree).bind("consentToShare");
        page.binder().forField(honeypot).bind("website");
        return page.with(what, new Paragraph(privacy), agree, honeypot);
    }

    private static ValidationResult result(@org.jspecify.annotations.Nullable String problem) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
    }
}
