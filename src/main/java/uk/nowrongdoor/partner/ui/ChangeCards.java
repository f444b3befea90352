package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.service.PartnerViews.ChangeRow;

/** A revision as a card: one block per field with what it says now and what it would say (no table on a phone). */
final class ChangeCards {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private ChangeCards() {}

    static Div revision(String heading, List<ChangeRow> rows, @Nullable String reason) {
        var card = new Div(new Paragraph(heading));
        card.addClassName("nwd-card");
        rows.forEach(row -> card.add(change(row)));
        if (reason != null) {
            card.add(new Paragraph("Reason: " + reason));
        }
        return card;
    }

    static Div change(ChangeRow row) {
        var field = new Paragraph(row.field());
        field.addClassName("nwd-fact-label");
        var before = new Paragraph(new Span("Now: "), new Span(row.before()));
        before.addClassName("nwd-change-before");
        var after = new Paragraph(new Span("New: "), new Span(row.after()));
        after.addClassName("nwd-change-after");
        var block = new Div(field, before, after);
        block.addClassName("nwd-change");
        return block;
    }
}
