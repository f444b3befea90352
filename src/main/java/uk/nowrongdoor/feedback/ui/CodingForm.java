package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.feedback.service.Coding;

/** Codes one item: themes, outcome, dates, well-founded, Ombudsman, notes. Fires a {@link SaveEvent} when valid. */
class CodingForm extends Div {

    static final String YES = "Yes";
    static final String NO = "No";
    static final String UNDECIDED = "Not decided";

    private final Binder<Coding> binder = new BeanValidationBinder<>(Coding.class);
    private Coding coding = new Coding();

    CodingForm() {
        var themes = new MultiSelectComboBox<Theme>("Themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(Theme::label);
        themes.setHelperText("All that apply (NHS KO41a subjects, plus financial issues)");
        var outcome = new Select<Outcome>();
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "Not recorded" : o.label());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Not recorded");
        var acknowledged = datePicker("Date acknowledged");
        var responseDue = datePicker("Response due");
        responseDue.setHelperText("For NHS and social care complaints, the date agreed with the person");
        var responded = datePicker("Date responded");
        var wellFounded = new RadioButtonGroup<String>("Well-founded");
        wellFounded.setItems(YES, NO, UNDECIDED);
        var ombudsman = new Checkbox("Referred to the Ombudsman");
        var notes = new TextArea("Notes");
        notes.setMaxLength(Feedback.NOTES_MAX);
        notes.setHelperText("For the complaints team only. Never sent to the person.");

        binder.forField(themes).bind(Coding::getThemes, Coding::setThemes);
        binder.forField(outcome).bind(Coding::getOutcome, Coding::setOutcome);
        binder.forField(acknowledged).bind(Coding::getAcknowledgedOn, Coding::setAcknowledgedOn);
        binder.forField(responseDue).bind(Coding::getResponseDue, Coding::setResponseDue);
        binder.forField(responded).bind(Coding::getRespondedOn, Coding::setRespondedOn);
        binder.forField(wellFounded)
                .withConverter(
                        s -> YES.equals(s) ? Boolean.TRUE : NO.equals(s) ? Boolean.FALSE : null,
                        b -> b == null ? UNDECIDED : b ? YES : NO)
                .bind(Coding::getWellFounded, Coding::setWellFounded);
        binder.forField(ombudsman).bind(Coding::isReferredToOmbudsman, Coding::setReferredToOmbudsman);
        binder.forField(notes).bind("notes");

        var save = new Button("Save coding", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout =
                new FormLayout(themes, outcome, acknowledged, responseDue, responded, wellFounded, ombudsman, notes);
        layout.setColspan(notes, 2);
        layout.setColspan(themes, 2);
        add(layout, save);
    }

    private static DatePicker datePicker(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        return picker;
    }

    void edit(Coding coding) {
        this.coding = coding;
        binder.readBean(coding);
    }

    private void save() {
        if (binder.writeBeanIfValid(coding)) {
            fireEvent(new SaveEvent(this, coding));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static List<String> wellFoundedChoices() {
        return List.of(YES, NO, UNDECIDED);
    }

    /** The lead saved valid coding. */
    static class SaveEvent extends ComponentEvent<CodingForm> {
        private final Coding coding;

        SaveEvent(CodingForm source, Coding coding) {
            super(source, false);
            this.coding = coding;
        }

        Coding coding() {
            return coding;
        }
    }
}
