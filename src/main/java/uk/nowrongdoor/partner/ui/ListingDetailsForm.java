package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.Map;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.partner.domain.ListingField;

/** The core details of a listing, one labelled field per {@link ListingField}, checked as the service checks them. */
class ListingDetailsForm extends Div {

    final Map<ListingField, TextField> lines = new EnumMap<>(ListingField.class);
    final Map<ListingField, TextArea> paragraphs = new EnumMap<>(ListingField.class);
    final CheckboxGroup<AccessMethod> access = new CheckboxGroup<>(ListingField.ACCESS.label());
    final CheckboxGroup<DeliveryMode> delivery = new CheckboxGroup<>(ListingField.DELIVERY.label());
    final Map<ListingField, Checkbox> ticks = new EnumMap<>(ListingField.class);
    final Button save = new Button("Save changes");
    private final Binder<Map<ListingField, String>> binder = new Binder<>();

    ListingDetailsForm(Map<ListingField, String> published) {
        addClassName("nwd-form");
        for (ListingField f : ListingField.values()) {
            if (!f.isDetail()) {
                continue;
            }
            switch (f) {
                case SUMMARY, DESCRIPTION, ELIGIBILITY, COST -> {
                    var area = new TextArea(f.label());
                    paragraphs.put(f, area);
                    bind(f, area);
                    add(area);
                }
                case ACCESS -> {
                    access.setItems(AccessMethod.values());
                    access.setItemLabelGenerator(AccessMethod::label);
                    binder.forField(access)
                            .bind(
                                    m -> ListingField.accessMethods(m.getOrDefault(ListingField.ACCESS, "")),
                                    (m, v) -> m.put(ListingField.ACCESS, ListingField.accessValue(v)));
                    add(access);
                }
                case DELIVERY -> {
                    delivery.setItems(DeliveryMode.values());
                    delivery.setItemLabelGenerator(DeliveryMode::label);
                    binder.forField(delivery)
                            .bind(
                                    m -> ListingField.deliveryModes(m.getOrDefault(ListingField.DELIVERY, "")),
                                    (m, v) -> m.put(ListingField.DELIVERY, ListingField.deliveryValue(v)));
                    add(delivery);
                }
                case BSL, INTERPRETING -> {
                    var box = new Checkbox(f.label());
                    ticks.put(f, box);
                    binder.forField(box)
                            .bind(
                                    m -> ListingField.YES.equals(m.getOrDefault(f, "")),
                                    (m, v) -> m.put(f, v ? ListingField.YES : ""));
                    add(new Div(box));
                }
                default -> {
                    var line = new TextField(f.label());
                    lines.put(f, line);
                    bind(f, line);
                    add(line);
                }
            }
        }
        lines.get(ListingField.PHONE).setAutocomplete(Autocomplete.TEL);
        lines.get(ListingField.TEXT_NUMBER).setAutocomplete(Autocomplete.TEL);
        lines.get(ListingField.EMAIL).setAutocomplete(Autocomplete.EMAIL);
        lines.get(ListingField.WEBSITE).setAutocomplete(Autocomplete.URL);
        for (ListingField age : new ListingField[] {ListingField.MIN_AGE, ListingField.MAX_AGE}) {
            lines.get(age).getElement().setAttribute("inputmode", "numeric");
            lines.get(age).setHelperText("Leave empty for no limit");
        }
        binder.readBean(new EnumMap<>(published));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        add(save);
    }

    private void bind(ListingField f, HasValue<?, String> field) {
        if (field instanceof TextField t) {
            t.setMaxLength(f.maxLength());
            t.setWidthFull();
        } else if (field instanceof TextArea a) {
            a.setMaxLength(f.maxLength());
            a.setWidthFull();
        }
        binder.forField(field)
                .withValidator((v, context) -> {
                    String problem = f.problem(v.strip());
                    return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                })
                .bind(m -> m.getOrDefault(f, ""), (m, v) -> m.put(f, v.strip()));
    }

    private void submit() {
        var values = new EnumMap<ListingField, String>(ListingField.class);
        if (binder.writeBeanIfValid(values)) {
            fireEvent(new SubmitEvent(this, values));
        }
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<ListingDetailsForm> {
        private final Map<ListingField, String> values;

        SubmitEvent(ListingDetailsForm source, Map<ListingField, String> values) {
            super(source, false);
            this.values = Map.copyOf(values);
        }

        Map<ListingField, String> values() {
            return values;
        }
    }
}
