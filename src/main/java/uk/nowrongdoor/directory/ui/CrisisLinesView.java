package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.CrisisLineService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * Admins keep the national crisis numbers right: one card per line, saved on its own. Every page, the crisis dialog
 * and the offline card show the change at once.
 */
@Route(value = "admin/crisis-lines", layout = StaffLayout.class)
@PageTitle("Crisis numbers | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class CrisisLinesView extends Main {

    public CrisisLinesView(CrisisLineService service) {
        addClassName("nwd-page");
        add(
                new H1("Crisis numbers"),
                new Paragraph("These numbers are shown on every page, in \"Need help now?\" and on the offline card."
                        + " Check each one on the line's own website before you change it, and say when you did."));
        for (CrisisLine line : service.all()) {
            add(card(service, line));
        }
    }

    private static Div card(CrisisLineService service, CrisisLine line) {
        var card = new Div();
        card.addClassName("nwd-card");
        var name = text("Name", line.getName(), 100);
        var action = text("What to do, with the number as people dial it", line.getAction(), 100);
        var dial = text("Number to dial or text (digits only)", line.getDial(), 15);
        var kind = new Select<CrisisLine.Kind>();
        kind.setLabel("Call or text");
        kind.setItems(CrisisLine.Kind.values());
        kind.setItemLabelGenerator(k -> k == CrisisLine.Kind.CALL ? "Call" : "Text");
        kind.setValue(line.getKind());
        var smsBody = text("Word to text (text lines only)", line.getSmsBody() == null ? "" : line.getSmsBody(), 40);
        var description = new TextArea("Who it is for and when it is open");
        description.setMaxLength(300);
        description.setValue(line.getDescription());
        description.setWidthFull();
        var verifiedOn = new DatePicker("Last checked on the line's own website");
        verifiedOn.setLocale(Locale.UK);
        verifiedOn.setValue(line.getVerifiedOn());
        var status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        Map<String, HasValidation> fields = Map.of(
                "name", name,
                "action", action,
                "dial", dial,
                "smsBody", smsBody,
                "description", description,
                "verifiedOn", verifiedOn);
        var save = new Button("Save " + line.getName(), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                service.change(
                        java.util.Objects.requireNonNull(line.getId()),
                        new CrisisLineService.Change(
                                name.getValue(),
                                action.getValue(),
                                dial.getValue(),
                                kind.getValue(),
                                smsBody.getValue(),
                                description.getValue(),
                                verifiedOn.getValue()));
                status.setText("Saved. Every page and the offline card now show it.");
            } catch (CrisisLineService.InvalidChange invalid) {
                var field = fields.get(invalid.field());
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
                status.setText("Not saved: " + invalid.getMessage());
            } catch (UserFacingException failed) {
                status.setText(failed.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H2(line.getName()));
        List.of(name, action, dial).forEach(card::add);
        card.add(kind, smsBody, description, verifiedOn, save, status);
        return card;
    }

    private static TextField text(String label, String value, int max) {
        var field = new TextField(label);
        field.setMaxLength(max);
        field.setValue(value);
        field.setWidthFull();
        return field;
    }
}
