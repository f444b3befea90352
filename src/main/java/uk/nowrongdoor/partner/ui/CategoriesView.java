package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews.CategoryDetails;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** The categories a listing is found under: one group of checkboxes per top-level category, stacked for a phone. */
@Route(value = "partner/categories", layout = StaffLayout.class)
@PageTitle("Categories | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class CategoriesView extends Main implements HasUrlParameter<Long> {

    private final PartnerListingService partner;
    private final List<CheckboxGroup<Choice>> groups = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private Long listingId = 0L;

    public CategoriesView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        CategoryDetails details = OwnListing.read(event, () -> partner.categories(id));
        if (details == null) {
            return;
        }
        listingId = id;
        removeAll();
        groups.clear();
        var list = new Div();
        list.addClassName("nwd-card-list");
        for (var g : details.groups()) {
            var box = new CheckboxGroup<Choice>(g.name());
            box.setItems(g.choices());
            // the top-level category itself reads as the general choice of its group
            box.setItemLabelGenerator(c ->
                    c.equals(g.choices().get(0)) && g.choices().size() > 1 ? c.name() + " (in general)" : c.name());
            box.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            box.setValue(new HashSet<>(g.choices().stream()
                    .filter(c -> details.chosen().contains(c.slug()))
                    .toList()));
            box.addValueChangeListener(e -> status.setText(""));
            groups.add(box);
            var card = new Div(box);
            card.addClassName("nwd-card");
            list.add(card);
        }
        var send = new Button("Send for approval", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Categories: " + details.name()),
                new Paragraph("People find the listing when they browse or filter by any of these. Choose every one "
                        + "that fits, and at least one. A partnership admin checks changes before they are "
                        + "published, unless your organisation is trusted to publish at once."),
                list,
                status,
                send);
        if (details.pendingCategoryChanges() > 0) {
            status.setText("A change to the categories is already waiting for an admin.");
        }
    }

    private void send() {
        var slugs = new HashSet<String>();
        groups.forEach(g -> g.getValue().forEach(c -> slugs.add(c.slug())));
        try {
            Outcome outcome = partner.proposeCategories(listingId, slugs);
            status.setText(
                    outcome == Outcome.PUBLISHED
                            ? "Saved and published."
                            : "Sent. An admin will check these categories before they are published.");
        } catch (UserFacingException ex) {
            status.setText(ex.getMessage());
        }
    }
}
