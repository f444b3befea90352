package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.LocationDraft.Part;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;

/**
 * One location, one field under another (a phone's width): what kind of place it is, then its address, then what
 * helps people get there. Each problem shows next to its field.
 */
class LocationForm extends DraftForm<LocationDraft> {

    /** The form bean. */
    static class Bean {
        LocationType type = LocationType.VENUE;
        String name = "";
        String line1 = "";
        String line2 = "";
        String line3 = "";

        @Nullable
        Choice town;

        String postcode = "";
        String accessibility = "";
        String howToFind = "";
        boolean sensitive;
    }

    final RadioButtonGroup<LocationType> type = new RadioButtonGroup<>("What kind of place is it?");
    final TextField name = new TextField("Name of the place (optional)");
    final TextField line1 = new TextField("Address line 1");
    final TextField line2 = new TextField("Address line 2 (optional)");
    final TextField line3 = new TextField("Address line 3 (optional)");
    final ComboBox<Choice> town = new ComboBox<>("Town or area");
    final TextField postcode = new TextField("Postcode");
    final TextArea accessibility = new TextArea("Accessibility (optional)");
    final TextArea howToFind = new TextArea("How to find us (optional)");
    final Checkbox sensitive =
            new Checkbox("Sensitive address (a refuge, say): the public never sees its name, street or exact point");
    private final Binder<Bean> binder = new Binder<>();
    private final @Nullable LocationDraft editing;

    LocationForm(@Nullable LocationDraft editing, List<Choice> towns) {
        super(editing == null ? "Add this location" : "Save this location");
        this.editing = editing;
        type.setItems(LocationType.values());
        type.setItemLabelGenerator(LocationType::label);
        town.setItems(towns);
        town.setItemLabelGenerator(Choice::name);
        town.setHelperText("Used for \"near me\" when there is no postcode");
        postcode.getElement().setAttribute("autocomplete", "postal-code");
        postcode.setHelperText("A full postcode, like CV1 2AB");
        line1.getElement().setAttribute("autocomplete", "address-line1");
        line2.getElement().setAttribute("autocomplete", "address-line2");
        line3.getElement().setAttribute("autocomplete", "address-line3");
        name.setMaxLength(LocationDraft.NAME_MAX);
        for (TextField f : new TextField[] {line1, line2, line3}) {
            f.setMaxLength(LocationDraft.ADDRESS_MAX);
        }
        accessibility.setMaxLength(LocationDraft.TEXT_MAX);
        accessibility.setHelperText("Step-free access, accessible toilet, hearing loop, quiet room");
        howToFind.setMaxLength(LocationDraft.TEXT_MAX);
        howToFind.setHelperText("Which door, which floor, what to look for");
        for (TextField f : new TextField[] {name, line1, line2, line3, postcode}) {
            f.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        binder.forField(type).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(name)
                .withValidator(v -> problem(Part.NAME) == null, v -> problem(Part.NAME))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(line1)
                .withValidator(v -> problem(Part.ADDRESS) == null, v -> problem(Part.ADDRESS))
                .bind(b -> b.line1, (b, v) -> b.line1 = v);
        binder.forField(line2).bind(b -> b.line2, (b, v) -> b.line2 = v);
        binder.forField(line3).bind(b -> b.line3, (b, v) -> b.line3 = v);
        binder.forField(town)
                .withValidator(v -> problem(Part.TOWN) == null, v -> problem(Part.TOWN))
                .bind(b -> b.town, (b, v) -> b.town = v);
        binder.forField(postcode)
                .withValidator(v -> problem(Part.POSTCODE) == null, v -> problem(Part.POSTCODE))
                .bind(b -> b.postcode, (b, v) -> b.postcode = v);
        binder.forField(accessibility)
                .withValidator(v -> problem(Part.ACCESSIBILITY) == null, v -> problem(Part.ACCESSIBILITY))
                .bind(b -> b.accessibility, (b, v) -> b.accessibility = v);
        binder.forField(howToFind)
                .withValidator(v -> problem(Part.HOW_TO_FIND) == null, v -> problem(Part.HOW_TO_FIND))
                .bind(b -> b.howToFind, (b, v) -> b.howToFind = v);
        binder.forField(sensitive)
                .withValidator(v -> problem(Part.SENSITIVE) == null, v -> problem(Part.SENSITIVE))
                .bind(b -> b.sensitive, (b, v) -> b.sensitive = v);
        binder.readBean(bean(editing, towns));
        type.addValueChangeListener(e -> showAddress());
        add(
                new H3(editing == null ? "Add a location" : "Change this location"),
                type,
                name,
                line1,
                line2,
                line3,
                town,
                postcode,
                accessibility,
                howToFind,
                sensitive,
                actions);
        showAddress();
    }

    private static Bean bean(@Nullable LocationDraft d, List<Choice> towns) {
        var b = new Bean();
        if (d == null) {
            return b;
        }
        b.type = d.type();
        b.name = d.name();
        var lines = d.addressLines();
        b.line1 = lines.size() > 0 ? lines.get(0) : "";
        b.line2 = lines.size() > 1 ? lines.get(1) : "";
        // an older address with more parts keeps them all in the last line
        b.line3 = lines.size() > 2 ? String.join(", ", lines.subList(2, lines.size())) : "";
        b.town = towns.stream()
                .filter(t -> t.slug().equals(d.town()))
                .findFirst()
                .orElse(null);
        b.postcode = d.postcode();
        b.accessibility = d.accessibility();
        b.howToFind = d.howToFind();
        b.sensitive = d.sensitive();
        return b;
    }

    /** An online-only location has no address to give. */
    private void showAddress() {
        boolean place = type.getValue() != LocationType.ONLINE;
        for (var f : List.of(line1, line2, line3, postcode)) {
            f.setVisible(place);
        }
        town.setVisible(place);
        sensitive.setVisible(place);
    }

    /** The location as the fields say now, keeping its id. */
    LocationDraft draft() {
        boolean place = type.getValue() != LocationType.ONLINE;
        var lines = new ArrayList<String>();
        if (place) {
            lines.add(line1.getValue());
            lines.add(line2.getValue());
            lines.add(line3.getValue());
        }
        Choice t = town.getValue();
        return new LocationDraft(
                editing == null ? null : editing.uuid(),
                type.getValue() == null ? LocationType.VENUE : type.getValue(),
                name.getValue(),
                lines,
                place && t != null ? t.slug() : "",
                place ? postcode.getValue() : "",
                accessibility.getValue(),
                howToFind.getValue(),
                place && sensitive.getValue());
    }

    private @Nullable String problem(Part part) {
        var problem = draft().problem();
        return problem != null && problem.part() == part ? problem.message() : null;
    }

    @Override
    boolean valid() {
        return binder.writeBeanIfValid(new Bean());
    }
}
