package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.referral.service.ReferralCard;

/** One referral in the inbox: a card (phones), with urgent and overdue said in words and shown with a border. */
class ReferralCardView extends Div {

    ReferralCardView(ReferralCard card) {
        addClassNames("nwd-card", "nwd-referral-card");
        var link = new RouterLink(
                "Referral " + card.reference(), ReferralDetailView.class, new RouteParameters("id", "" + card.id()));
        var title = new H3(link);
        title.addClassName("nwd-card-title");
        var tags = new Div();
        if (card.urgent()) {
            tags.add(tag("Urgent", "nwd-tag-urgent"));
        }
        if (card.overdue()) {
            addClassName("nwd-overdue");
            tags.add(tag("Overdue", "nwd-tag-overdue"));
        }
        tags.add(tag(card.status().label(), "nwd-tag-status"));
        if (card.withCoordinators()) {
            tags.add(tag("With the coordinators", "nwd-tag-coordinators"));
        }
        add(
                title,
                tags,
                new Paragraph("For " + card.where()
                        + (card.where().equals(card.organisationName()) ? "" : " (" + card.organisationName() + ")")),
                new Paragraph("Arrived " + Waited.WHEN.format(card.submittedAt().atZone(Application.LONDON)) + ": "
                        + Waited.words(card.waited()) + " ago. First contact target "
                        + Waited.words(card.firstContactTarget())
                        + (card.overdue() ? ": overdue." : ".")));
        if (card.ownerName() != null) {
            add(new Paragraph("Opened by " + card.ownerName()));
        }
    }

    static Span tag(String text, String className) {
        var span = new Span(text);
        span.addClassNames("nwd-tag", className);
        return span;
    }
}
