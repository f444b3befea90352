package uk.nowrongdoor.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.admin.service.InvalidField;
import uk.nowrongdoor.admin.service.OrganisationAdminService;
import uk.nowrongdoor.admin.service.OrganisationAdminService.Details;
import uk.nowrongdoor.directory.domain.Organisation;

/** An organisation's public details: what the Open Referral feed publishes. Refusals show next to their field. */
class OrganisationForm extends Div {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description (what the organisation does)");
    final TextField website = new TextField("Website (a full address starting with https://)");
    final Button save;
    private final Map<String, HasValidation> fields =
            Map.of("name", name, "description", description, "website", website);

    OrganisationForm(String saveLabel, @Nullable Details current, Consumer<Details> onSave) {
        name.setMaxLength(Organisation.NAME_MAX);
        name.setRequired(true);
        description.setMaxLength(Organisation.DESCRIPTION_MAX);
        website.setMaxLength(OrganisationAdminService.WEBSITE_MAX);
        website.getElement().setAttribute("autocomplete", "url");
        for (var f : new com.vaadin.flow.component.HasSize[] {name, description, website}) {
            f.setWidthFull();
        }
        if (current != null) {
            name.setValue(current.name());
            description.setValue(current.description() == null ? "" : current.description());
            website.setValue(current.website() == null ? "" : current.website());
        }
        save = new Button(saveLabel, e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            onSave.accept(new Details(name.getValue(), description.getValue(), website.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, description, website, save);
    }

    /** Shows a refusal next to its field. */
    void show(InvalidField invalid) {
        var field = fields.getOrDefault(invalid.field(), name);
        field.setErrorMessage(invalid.getMessage());
        field.setInvalid(true);
    }

    void clear() {
        name.clear();
        description.clear();
        website.clear();
    }
}
