package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.partner.domain.SuggestionStatus;
import uk.nowrongdoor.partner.service.SuggestionService;
import uk.nowrongdoor.partner.service.SuggestionService.SuggestionCard;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Public edit suggestions: a partner sees their organisations' ones, an admin sees all; both set the status. */
@Route(value = "partner/suggestions", layout = StaffLayout.class)
@PageTitle("Edit suggestions | No Wrong Door")
@RolesAllowed({AppRoles.PARTNER, AppRoles.ADMIN})
public class SuggestionsView extends Main {

    public SuggestionsView(SuggestionService suggestions) {
        addClassName("nwd-page");
        var list = new Div();
        list.addClassName("nwd-card-list");
        add(new H1("Edit suggestions"), list);
        var found = suggestions.forMe();
        if (found.isEmpty()) {
            list.add(new Paragraph("No one has suggested an edit."));
        }
        found.forEach(s -> list.add(card(s, suggestions)));
    }

    private static Div card(SuggestionCard s, SuggestionService suggestions) {
        var card = new Div(
                new H2(s.reason().label()),
                new Anchor("listing/" + s.listingSlug(), s.listingName()),
                new Paragraph(s.organisationName() + ", "
                        + ChangeCards.WHEN.format(s.createdAt().atZone(Application.LONDON))));
        card.addClassName("nwd-card");
        if (s.details() != null) {
            card.add(new Paragraph("They wrote: " + s.details()));
        }
        card.add(new Paragraph(s.contact() == null ? "No reply wanted." : "Reply to: " + s.contact()));
        var status = new Select<SuggestionStatus>();
        status.setLabel("Status");
        status.setItems(SuggestionStatus.values());
        status.setItemLabelGenerator(SuggestionStatus::label);
        status.setValue(s.status());
        status.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                suggestions.setStatus(s.id(), e.getValue());
                Notification.show("Status: " + e.getValue().label());
            }
        });
        card.add(status);
        return card;
    }
}
