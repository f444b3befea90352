package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.Application;

/** One published change as a card (when, what, was, became, by whom), shared by the history screens. */
final class HistoryCards {

    private HistoryCards() {}

    static Div change(
            Instant when,
            @Nullable Component about,
            String field,
            @Nullable String from,
            @Nullable String to,
            String byLine) {
        var at = new Paragraph(ChangeCards.WHEN.format(when.atZone(Application.LONDON)));
        at.addClassName("nwd-fact-label");
        var card = new Div(at);
        if (about != null) {
            card.add(about);
        }
        var what = new Paragraph(field);
        what.addClassName("nwd-fact-label");
        card.add(what);
        // an addition has nothing before it, a removal nothing after it: say only what there is
        boolean added = field.equals("Listing added") || (from == null && field.endsWith(" added"));
        boolean removed = to == null && field.endsWith(" removed");
        if (!added) {
            var before = new Paragraph(new Span(removed ? "Removed: " : "Was: "), new Span(shown(from)));
            before.addClassName("nwd-change-before");
            card.add(before);
        }
        if (!removed) {
            var after = new Paragraph(new Span(added ? "Added: " : "Became: "), new Span(shown(to)));
            after.addClassName("nwd-change-after");
            card.add(after);
        }
        card.add(new Paragraph(byLine));
        card.addClassName("nwd-card");
        card.addClassName("nwd-change");
        return card;
    }

    private static String shown(@Nullable String value) {
        return value == null ? "(not given)" : value;
    }
}
