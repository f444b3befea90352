package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingCard;

/** The crisis card: the national numbers as tap-to-call links, and crisis cafés open tonight. Escape closes it. */
public class CrisisDialog extends Dialog {

    public CrisisDialog(DirectoryService directory) {
        addClassName("nwd-crisis-dialog");
        setHeaderTitle("Need help now?");
        getElement().setAttribute("aria-label", "Need help now?");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        add(CrisisCard.of(directory));
        var close = new Button("Close", e -> close());
        getFooter().add(close);
    }

    /** The card's content, also used inline on pages that must show it at once (a form where someone is at risk). */
    public static final class CrisisCard extends Div {

        /** In place of tonight's crisis cafés while the directory is still loading. */
        static final String CAFES_LOADING = "Crisis café times are still loading. Call NHS 111 and choose the mental "
                + "health option: they can tell you what is open near you.";

        private CrisisCard() {}

        public static CrisisCard of(DirectoryService directory) {
            var card = numbers(directory);
            if (!directory.ready()) {
                // an empty café list while loading would not be true
                card.add(new Paragraph(CAFES_LOADING));
                return card;
            }
            card.add(new H2("Crisis cafés open tonight"));
            var cafes = directory.crisisCafesOpenTonight();
            if (cafes.isEmpty()) {
                card.add(new Paragraph("We have no crisis café opening times listed for tonight. Call NHS 111 and "
                        + "choose the mental health option: they can tell you what is open near you."));
            } else {
                var list = new UnorderedList();
                for (ListingCard cafe : cafes) {
                    list.add(new ListItem(
                            new Anchor("listing/" + cafe.slug(), cafe.name()),
                            new Paragraph(cafe.opening().text())));
                }
                card.add(list);
            }
            return card;
        }

        /**
         * The numbers only, without the cafés: while the directory is still loading an empty café list would not be
         * true.
         */
        static CrisisCard numbers(DirectoryService directory) {
            var card = new CrisisCard();
            card.addClassName("nwd-crisis-card");
            card.add(new Paragraph("If you or someone else is in danger right now, call 999 or go to A&E."));
            var lines = new UnorderedList();
            lines.addClassName("nwd-crisis-lines");
            for (CrisisLine line : directory.crisisLines()) {
                var link = new Anchor(line.href(), line.getAction());
                link.addClassName("nwd-crisis-link");
                link.getElement().setAttribute("aria-label", line.getName() + ": " + line.getAction());
                var item = new ListItem(new H3(line.getName()), link, new Paragraph(line.getDescription()));
                lines.add(item);
            }
            card.add(lines);
            return card;
        }
    }
}
