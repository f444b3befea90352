package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.service.DirectoryReadiness;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.SearchPage;
import uk.nowrongdoor.geo.service.Gazetteer;

/**
 * Search the directory: one box, shortcuts, the Refine panel, and result cards that page in as the person asks. After a
 * search the answer starts on the first screen of a phone and focus moves to the result count. While the directory is
 * still loading it says so, with the crisis numbers, instead of searching an index that is not filled yet.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Find mental health support | No Wrong Door")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    /** Back to the top, where the search box, the crisis numbers and the count are, then focus on the count. */
    private static final String FOCUS_COUNT = "window.scrollTo(0, 0); this.focus({preventScroll: true});";

    private final DirectoryService directory;
    private final DirectoryReadiness readiness;
    private final WhenReady whenReady;
    private final SearchBox search;
    private final SearchFilters filters;
    private final NearMe nearMe;
    private final Refine refine;
    private final H2 count = new H2();
    private final SearchNotes notes;
    private final UnorderedList results = new UnorderedList();
    private final Button more = new Button("Show more results");
    private final Shortcuts shortcuts = new Shortcuts();
    private final Div shortcutsAbove = new Div();
    private final Div shortcutsBelow = new Div();
    private ListingQuery query = ListingQuery.everything();
    private @Nullable Near near;
    private boolean searchedHere;
    private int shown;

    public HomeView(DirectoryService directory, Gazetteer gazetteer, DirectoryReadiness readiness) {
        this.directory = directory;
        this.readiness = readiness;
        this.whenReady = new WhenReady(readiness);
        addDetachListener(e -> whenReady.cancel());
        nearMe = new NearMe(gazetteer);
        addClassNames("nwd-page", "nwd-home");
        filters = new SearchFilters(directory.categories(), directory.places());
        refine = new Refine(nearMe, filters);
        notes = new SearchNotes(directory);
        search = new SearchBox(this::searchNow);

        filters.addApplyListener(e -> searchNow());
        nearMe.addChangeListener(e -> searchNow());

        count.addClassName("nwd-count");
        // a heading to move focus to, and still a polite live region for a count that changes in place
        count.getElement().setAttribute("tabindex", "-1");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("aria-atomic", "true");
        results.addClassName("nwd-results");
        results.getElement().setAttribute("aria-label", "Results");
        more.addClickListener(e -> showMore());
        var answer = new Section(count, notes, results, more, shortcutsBelow);
        answer.addClassName("nwd-answer");
        var body = new Div(refine, answer);
        body.addClassName("nwd-home-body");

        add(new H1("Find mental health support in Coventry and Warwickshire"), shortcutsAbove, search, body);
    }

    private void searchNow() {
        go(filters.query(search.getValue()));
    }

    private void go(ListingQuery q) {
        try {
            near = nearMe.near();
        } catch (UserFacingException e) {
            refine.setOpen(true);
            return; // the postcode field shows why
        }
        refine.setOpen(false);
        searchedHere = true;
        UI.getCurrent().navigate(HomeView.class, SearchParameters.toParameters(q));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the point stays in this view, never in the URL
        query = SearchParameters.fromParameters(event.getLocation().getQueryParameters())
                .withNear(near);
        boolean empty = query.equals(ListingQuery.everything());
        search.setValue(query.text());
        filters.show(query);
        refine.show(query, nearMe.summary());
        // on the empty page the shortcuts are a way to start; after a search they are other things to try
        (empty ? shortcutsAbove : shortcutsBelow).add(shortcuts);
        whenReady.cancel();
        searchAgain();
        if (searchedHere || (event.getTrigger() == NavigationTrigger.ROUTER_LINK && !empty)) {
            count.getElement().executeJs(FOCUS_COUNT);
        }
        searchedHere = false;
    }

    private void searchAgain() {
        results.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        if (!readiness.ready()) {
            // no search: an index still filling would answer "no services found", which would not be true
            notes.showLoading();
            count.setText(DirectoryReadiness.LOADING_MESSAGE);
            more.setVisible(false);
            whenReady.await(this::searchAgain);
            return;
        }
        SearchPage page = directory.search(query, shown, PAGE_SIZE);
        if (shown == 0) {
            notes.show(page, query);
        }
        page.cards().forEach(card -> results.add(new ResultCard(card)));
        shown += page.cards().size();
        filters.showCounts(page.categoryCounts(), page.placeCounts());
        count.setText(countText(page.total()));
        more.setVisible(shown < page.total());
    }

    static String countText(long total) {
        if (total == 0) {
            return "No services found for those words. Below are other ways to get help; you can also try other "
                    + "words or clear the filters. If you need help now, use \"Need help now?\" at the top of the page.";
        }
        return total == 1 ? "1 service found" : total + " services found";
    }
}
