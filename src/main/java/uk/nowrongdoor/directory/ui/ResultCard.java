package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;
import uk.nowrongdoor.directory.service.ListingCard;

/** One search result: a card in a list, whose heading links to the listing. */
class ResultCard extends ListItem {

    ResultCard(ListingCard card) {
        addClassName("nwd-card");
        var title = new H3(new Anchor("listing/" + card.slug(), card.name()));
        title.addClassName("nwd-card-title");
        var organisation = new Paragraph(card.organisation());
        organisation.addClassName("nwd-card-org");
        add(title, organisation, statusTag(card.opening()));
        if (card.distance() != null) {
            var distance = new Paragraph(card.distance() + " away");
            distance.addClassName("nwd-card-distance");
            add(distance);
        }
        if (card.alert() != null) {
            var alert = new Paragraph(card.alert());
            alert.addClassName("nwd-card-alert");
            add(alert);
        }
        add(new Paragraph(card.summary()));
        var facts = new Div();
        facts.addClassName("nwd-card-facts");
        if (!card.places().isEmpty()) {
            facts.add(new Span("Area: " + card.places()));
        }
        if (!card.access().isEmpty()) {
            facts.add(new Span("How to get in: " + card.access()));
        }
        add(facts);
    }

    static Span statusTag(OpeningStatus status) {
        var tag = new Span(status.text());
        tag.addClassName("nwd-status");
        tag.addClassName("nwd-status-" + status.kind().name().toLowerCase(java.util.Locale.ROOT));
        return tag;
    }
}
