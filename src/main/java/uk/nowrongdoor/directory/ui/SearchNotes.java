package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingCard;
import uk.nowrongdoor.directory.service.SearchPage;
import uk.nowrongdoor.directory.ui.CrisisDialog.CrisisCard;

/**
 * What goes above the result cards: the crisis card first when the words named a risk to someone's life, the place
 * read from the words, a "did you mean", and, when nothing matched, the nearest useful things instead of an empty page.
 */
class SearchNotes extends Div {

    private final DirectoryService directory;

    SearchNotes(DirectoryService directory) {
        this.directory = directory;
        addClassName("nwd-search-notes");
    }

    void show(SearchPage page, ListingQuery query) {
        removeAll();
        var understood = page.understanding();
        if (understood.crisisFirst() || page.fallback() != null) {
            add(helpRightNow(CrisisCard.of(directory)));
        }
        if (understood.placeName() != null && query.place() == null) {
            add(new Paragraph("Showing services in " + understood.placeName()
                    + ", and services that cover the whole area around it."));
        }
        if (understood.didYouMean() != null) {
            var link = new RouterLink(understood.didYouMean(), HomeView.class);
            link.setQueryParameters(SearchParameters.toParameters(query.withText(understood.didYouMean())));
            var p = new Paragraph(new Span("Did you mean "), link, new Span("?"));
            p.addClassName("nwd-did-you-mean");
            add(p);
        }
        var fallback = page.fallback();
        if (fallback != null) {
            var nearest = new Div();
            nearest.addClassName("nwd-fallback");
            nearest.add(new H2("These may help"));
            if (!fallback.closestCategories().isEmpty()) {
                var links = new UnorderedList();
                links.addClassName("nwd-fallback-categories");
                for (var c : fallback.closestCategories()) {
                    var link = new RouterLink(c.name(), HomeView.class);
                    link.setQueryParameters(SearchParameters.toParameters(
                            ListingQuery.everything().withCategory(c.slug())));
                    links.add(new ListItem(link));
                }
                nearest.add(new Paragraph("Types of support close to what you asked for:"), links);
            }
            cards(nearest, "Services in " + understood.placeName(), fallback.inThePlace());
            cards(nearest, "Talk to someone now", fallback.talkNow());
            add(nearest);
        }
    }

    /** While the directory is loading: no search was made, so only the crisis numbers. */
    void showLoading() {
        removeAll();
        add(helpRightNow(CrisisCard.numbers(directory)));
    }

    private static Div helpRightNow(CrisisCard card) {
        var crisis = new Div(new H2("Help right now"), card);
        crisis.addClassName("nwd-crisis-first");
        crisis.getElement().setAttribute("role", "region");
        crisis.getElement().setAttribute("aria-label", "Help right now");
        return crisis;
    }

    private static void cards(Div into, String heading, List<ListingCard> cards) {
        if (cards.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("nwd-fallback-results");
        list.getElement().setAttribute("aria-label", heading);
        cards.forEach(card -> list.add(new ResultCard(card)));
        into.add(new H2(heading), list);
    }
}
