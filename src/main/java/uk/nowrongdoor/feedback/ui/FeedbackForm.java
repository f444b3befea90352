package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.AgeBand;
import uk.nowrongdoor.feedback.domain.Disability;
import uk.nowrongdoor.feedback.domain.Ethnicity;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.feedback.service.FeedbackRequest;
import uk.nowrongdoor.feedback.service.FeedbackSubject;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.ui.ErrorSummary;
import uk.nowrongdoor.intake.ui.Honeypot;
import uk.nowrongdoor.intake.ui.InputMode;

/**
 * The feedback form: one page in short sections. It owns its Binder on {@link FeedbackRequest}, fires
 * {@link RiskEvent} the moment risk is indicated and {@link SubmitEvent} when every field is valid.
 */
class FeedbackForm extends Div {

    private final FeedbackRequest bean;
    private final BeanValidationBinder<FeedbackRequest> binder = new BeanValidationBinder<>(FeedbackRequest.class);
    private final ErrorSummary errors = new ErrorSummary();
    private final Button send = new Button("Send");

    FeedbackForm(FeedbackRequest bean, List<FeedbackSubject> subjects, Predicate<String> mentionsRisk) {
        this.bean = bean;
        addClassName("nwd-form");
        binder.setBean(bean);

        var kind = radio("What would you like to tell us?", FeedbackKind.values(), FeedbackKind::label);
        kind.setHelperText("A concern is sorted out informally. A formal complaint is investigated and answered in "
                + "writing. You can change your mind later.");
        var subject = new ComboBox<FeedbackSubject>("Who is it about?");
        subject.setItems(subjects);
        subject.setItemLabelGenerator(FeedbackSubject::label);
        subject.setHelperText("Start typing a service or organisation, or choose \"I am not sure\"");
        var what = new TextArea("What happened?");
        what.setMaxLength(Feedback.WHAT_MAX);
        what.setValueChangeMode(ValueChangeMode.LAZY);
        var when = new TextField("When did it happen? (optional)");
        when.setMaxLength(Feedback.WHEN_MAX);
        when.setHelperText("A date, or roughly, like \"early March\"");
        var outcome = new TextArea("What would you like to happen?");
        outcome.setMaxLength(Feedback.OUTCOME_MAX);
        outcome.setValueChangeMode(ValueChangeMode.LAZY);
        var safe = radio("Are you safe right now? (optional)", SafeNow.values(), SafeNow::label);

        var anonymous = new Checkbox("Send this without my name");
        anonymous.setHelperText("We will not be able to reply to you or send updates by email");
        var name = new TextField("Your name");
        name.setMaxLength(Feedback.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        var email = new EmailField("Email address");
        email.setMaxLength(Feedback.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setHelperText("We send an acknowledgement with your reference number only, never what you wrote");
        var phone = new TextField("Phone number");
        phone.setMaxLength(Feedback.PHONE_MAX);
        phone.setAutocomplete(Autocomplete.TEL);
        InputMode.set(phone, "tel");
        var forOther = new Checkbox("I am telling you this for someone else");
        var consents = new Checkbox("They know and agree to me telling you");

        var gender = radio("Gender (optional)", Gender.values(), Gender::label);
        var age = radio("Age (optional)", AgeBand.values(), AgeBand::label);
        var ethnicity = radio("Ethnic group (optional)", Ethnicity.values(), Ethnicity::label);
        var disability = radio("Do you consider yourself disabled? (optional)", Disability.values(), Disability::label);
        var honeypot = Honeypot.field();

        binder.forField(kind).bind("kind");
        binder.forField(subject).bind("subject");
        binder.forField(what).bind("whatHappened");
        binder.forField(when).bind("whenHappened");
        binder.forField(outcome)
                .withValidator((v, c) -> result(FeedbackRequest.outcomeProblem(kind.getValue(), v)))
                .bind("outcomeWanted");
        binder.forField(safe).bind("safeNow");
        binder.forField(anonymous).bind("anonymous");
        binder.forField(name)
                .withValidator((v, c) -> result(FeedbackRequest.nameProblem(anonymous.getValue(), v)))
                .bind("contactName");
        binder.forField(email)
                .withValidator(
                        (v, c) -> result(FeedbackRequest.contactProblem(anonymous.getValue(), v, phone.getValue())))
                .bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(forOther).bind("forSomeoneElse");
        binder.forField(consents)
                .withValidator((v, c) -> result(FeedbackRequest.consentProblem(forOther.getValue(), v)))
                .bind("personConsents");
        binder.forField(gender).bind("gender");
        binder.forField(age).bind("ageBand");
        binder.forField(ethnicity).bind("ethnicity");
        binder.forField(disability).bind("disability");
        binder.forField(honeypot).bind("website");

        Runnable reveal = () -> {
            outcome.setVisible(kind.getValue() == FeedbackKind.COMPLAINT || kind.getValue() == FeedbackKind.CONCERN);
            name.setVisible(!anonymous.getValue());
            email.setVisible(!anonymous.getValue());
            phone.setVisible(!anonymous.getValue());
            consents.setVisible(forOther.getValue());
        };
        List.<HasValue<?, ?>>of(kind, anonymous, forOther).forEach(f -> f.addValueChangeListener(e -> reveal.run()));
        reveal.run();
        safe.addValueChangeListener(e -> {
            if (e.getValue() == SafeNow.NO) {
                fireEvent(new RiskEvent(this));
            }
        });
        List.of(what, outcome)
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (mentionsRisk.test(e.getValue())) {
                        fireEvent(new RiskEvent(this));
                    }
                }));

        var equality = new Details(
                "Equality questions (optional)",
                new Div(
                        new Paragraph("These help us check that everyone is treated fairly. Your answers are kept "
                                + "apart from what you told us above and are only ever counted, never read with "
                                + "your feedback. You can skip any or all of them."),
                        gender,
                        age,
                        ethnicity,
                        disability));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        add(
                errors,
                kind,
                subject,
                new H2("What happened"),
                new Paragraph("For NHS and council services, a complaint should normally be made within 12 months of "
                        + "what happened, or of finding out about it. If it is later, tell us anyway: there may be a "
                        + "good reason to look into it. We acknowledge complaints within 3 working days."),
                what,
                when,
                outcome,
                safe,
                new H2("About you"),
                anonymous,
                name,
                email,
                phone,
                forOther,
                consents,
                equality,
                honeypot,
                send);
    }

    void submit() {
        var status = binder.validate();
        if (!status.isOk()) {
            errors.show(status.getFieldValidationErrors().stream()
                    .map(BindingValidationStatus::getMessage)
                    .flatMap(Optional::stream)
                    .toList());
            return;
        }
        errors.hide();
        fireEvent(new SubmitEvent(this, bean));
    }

    void showProblems(Collection<String> messages) {
        errors.show(messages);
    }

    /** Called whenever an answer changes (to keep the browser draft current). */
    Registration addChangeListener(Runnable listener) {
        return binder.addValueChangeListener(e -> listener.run());
    }

    void refresh() {
        binder.refreshFields();
    }

    private static <T> RadioButtonGroup<T> radio(String label, T[] items, Function<T, String> caption) {
        var group = new RadioButtonGroup<T>(label);
        group.setItems(items);
        group.setItemLabelGenerator(caption::apply);
        return group;
    }

    private static ValidationResult result(@Nullable String problem) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    Registration addRiskListener(ComponentEventListener<RiskEvent> listener) {
        return addListener(RiskEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<FeedbackForm> {
        private final FeedbackRequest request;

        SubmitEvent(FeedbackForm source, FeedbackRequest request) {
            super(source, false);
            this.request = request;
        }

        FeedbackRequest request() {
            return request;
        }
    }

    static class RiskEvent extends ComponentEvent<FeedbackForm> {
        RiskEvent(FeedbackForm source) {
            super(source, false);
        }
    }
}
