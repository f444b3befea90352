package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.shared.Registration;

/**
 * One GOV.UK question page: the question as the heading, its fields, an error summary and "Continue". It owns a
 * Binder on the shared form bean and fires {@link ContinueEvent} only when its own fields are valid.
 */
public class QuestionPage<T> extends Div {

    private final String question;
    private final BeanValidationBinder<T> binder;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div body = new Div();
    private final Button continueButton;

    public QuestionPage(String question, Class<T> beanType, T bean, String continueLabel) {
        this.question = question;
        addClassName("nwd-question");
        binder = new BeanValidationBinder<>(beanType);
        binder.setBean(bean);
        continueButton = new Button(continueLabel, e -> tryContinue());
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClassName("nwd-continue");
        add(errors, new H1(question), body, continueButton);
    }

    public String question() {
        return question;
    }

    public Binder<T> binder() {
        return binder;
    }

    public QuestionPage<T> with(com.vaadin.flow.component.Component... components) {
        body.add(components);
        return this;
    }

    public void showProblems(java.util.Collection<String> messages) {
        errors.show(messages);
    }

    void tryContinue() {
        var status = binder.validate();
        if (status.isOk()) {
            errors.hide();
            fireEvent(new ContinueEvent(this));
            return;
        }
        errors.show(status.getFieldValidationErrors().stream()
                .map(BindingValidationStatus::getMessage)
                .flatMap(java.util.Optional::stream)
                .toList());
        status.getFieldValidationErrors().stream()
                .findFirst()
                .map(s -> s.getField())
                .filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }

    /** Re-reads the bean into the fields, after a draft was restored. */
    public void refresh() {
        binder.refreshFields();
        binder.getFields().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
    }

    public Registration addContinueListener(ComponentEventListener<ContinueEvent> listener) {
        return addListener(ContinueEvent.class, listener);
    }

    public static class ContinueEvent extends ComponentEvent<QuestionPage<?>> {
        public ContinueEvent(QuestionPage<?> source) {
            super(source, false);
        }
    }
}
