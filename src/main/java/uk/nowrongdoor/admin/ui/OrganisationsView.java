package uk.nowrongdoor.admin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.admin.service.InvalidField;
import uk.nowrongdoor.admin.service.OrganisationAdminService;
import uk.nowrongdoor.admin.service.OrganisationAdminService.OrganisationRow;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins keep the organisations: public details, trust, and who their partner editors are. */
@Route(value = "admin/organisations", layout = StaffLayout.class)
@PageTitle("Organisations | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class OrganisationsView extends Main {

    private final OrganisationAdminService service;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    public OrganisationsView(OrganisationAdminService service) {
        this.service = service;
        addClassName("nwd-page");
        list.addClassName("nwd-card-list");
        status.getElement().setAttribute("role", "status");
        add(new H1("Organisations"), addForm(), status, list);
        refresh();
    }

    private Details addForm() {
        var form = new OrganisationForm[1];
        form[0] = new OrganisationForm("Add organisation", null, details -> {
            try {
                service.addOrganisation(details);
            } catch (InvalidField invalid) {
                form[0].show(invalid);
                return;
            }
            status.setText(details.name().strip() + " added. It is not trusted and has no partner editors yet.");
            form[0].clear();
            refresh();
        });
        var details = new Details("Add an organisation", form[0]);
        details.setOpened(false);
        return details;
    }

    private void refresh() {
        list.removeAll();
        service.organisations().forEach(o -> list.add(card(o)));
    }

    private Div card(OrganisationRow o) {
        var card = new Div();
        card.addClassNames("nwd-card", "nwd-admin-card");
        card.add(new H2(o.name()));
        card.add(new Paragraph(o.activeListings() + (o.activeListings() == 1 ? " listing" : " listings")
                + " in the directory"
                + (o.otherListings() > 0 ? "; " + o.otherListings() + " withdrawn or waiting for approval" : "")));
        if (o.website() != null) {
            card.add(new Paragraph("Website: " + o.website()));
        }
        var trusted = new Checkbox("Trusted: its partners' edits publish at once", o.trusted());
        trusted.addValueChangeListener(e -> {
            service.setTrusted(o.id(), e.getValue());
            status.setText(o.name() + (e.getValue() ? " is now trusted." : " is no longer trusted."));
        });
        card.add(trusted);
        card.add(new Paragraph(o.partners().isEmpty() ? "No partner editors yet." : "Partner editors:"));
        if (!o.partners().isEmpty()) {
            var partners = new UnorderedList();
            o.partners().forEach(p -> partners.add(new ListItem(p.displayName() + " (" + p.email() + ")")));
            card.add(partners);
        }
        // a link in its own paragraph, not run on from the list above (axe: link-in-text-block)
        card.add(new Paragraph(new Anchor("admin/users", "Add or remove partner editors on the Users screen")));
        var form = new OrganisationForm[1];
        var cardStatus = new Paragraph();
        cardStatus.getElement().setAttribute("role", "status");
        form[0] = new OrganisationForm(
                "Save details of " + o.name(),
                new OrganisationAdminService.Details(o.name(), o.description(), o.website()),
                details -> {
                    try {
                        service.changeDetails(o.id(), details);
                    } catch (InvalidField invalid) {
                        form[0].show(invalid);
                        return;
                    } catch (UserFacingException failed) {
                        cardStatus.setText(failed.getMessage());
                        return;
                    }
                    status.setText("Saved. Search results and the open data feed now show the new details.");
                    refresh();
                });
        var edit = new Details("Edit details of " + o.name(), form[0], cardStatus);
        card.add(edit);
        return card;
    }
}
