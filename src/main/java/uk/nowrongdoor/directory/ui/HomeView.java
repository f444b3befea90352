package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.SearchPage;
import uk.nowrongdoor.geo.service.Gazetteer;

/** Search the directory: one box, shortcuts, filters, and result cards that page in as the person asks. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Find mental health support | No Wrong Door")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final DirectoryService directory;
    private final TextField search = new TextField("What are you looking for?");
    private final SearchFilters filters;
    private final NearMe nearMe;
    private final Paragraph count = new Paragraph();
    private final SearchNotes notes;
    private final UnorderedList results = new UnorderedList();
    private final Button more = new Button("Show more results");
    private ListingQuery query = ListingQuery.everything();
    private @Nullable Near near;
    private int shown;

    public HomeView(DirectoryService directory, Gazetteer gazetteer) {
        this.directory = directory;
        nearMe = new NearMe(gazetteer);
        addClassName("nwd-page");
        filters = new SearchFilters(directory.categories(), directory.places());
        notes = new SearchNotes(directory);
        search.setHelperText("Say it your way, for example: can't sleep, carers in Rugby, crisis café");
        search.setMaxLength(ListingQuery.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyPressListener(Key.ENTER, e -> go(filters.query(search.getValue())));
        var submit = new Button("Search", e -> go(filters.query(search.getValue())));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var searchRow = new Div(search, submit);
        searchRow.addClassName("nwd-search-row");
        searchRow.getElement().setAttribute("role", "search");

        filters.addApplyListener(e -> go(filters.query(search.getValue())));
        nearMe.addChangeListener(e -> go(filters.query(search.getValue())));

        count.addClassName("nwd-count");
        count.getElement().setAttribute("role", "status");
        results.addClassName("nwd-results");
        results.getElement().setAttribute("aria-label", "Results");
        more.addClickListener(e -> showMore());

        add(
                new H1("Find mental health support in Coventry and Warwickshire"),
                searchRow,
                nearMe,
                shortcuts(),
                filters,
                count,
                notes,
                results,
                more);
    }

    private static Nav shortcuts() {
        var nav = new Nav();
        nav.addClassName("nwd-shortcuts");
        nav.getElement().setAttribute("aria-label", "Quick searches");
        var crisisTonight = ListingQuery.everything()
                .withCategory(DirectoryService.SAFE_HAVEN)
                .withTimes(Set.of(TimeFilter.OPEN_TONIGHT));
        var talkNow = ListingQuery.everything()
                .withCategory(DirectoryService.TALK_NOW)
                .withTimes(Set.of(TimeFilter.OPEN_NOW));
        nav.add(shortcut("Crisis cafés open tonight", crisisTonight), shortcut("Talk to someone now", talkNow));
        nav.add(shortcut("Carers", ListingQuery.everything().withCategory("carers")));
        nav.add(shortcut("Advocacy", ListingQuery.everything().withCategory("advocacy")));
        nav.add(shortcut("Mind", ListingQuery.everything().withCategory("mind")));
        nav.add(shortcut("Young people", ListingQuery.everything().withCategory("young-people")));
        return nav;
    }

    private static RouterLink shortcut(String text, ListingQuery q) {
        var link = new RouterLink(text, HomeView.class);
        link.setQueryParameters(SearchParameters.toParameters(q));
        link.addClassName("nwd-shortcut");
        return link;
    }

    private void go(ListingQuery q) {
        try {
            near = nearMe.near();
        } catch (UserFacingException e) {
            return; // the postcode field shows why
        }
        UI.getCurrent().navigate(HomeView.class, SearchParameters.toParameters(q));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the point stays in this view, never in the URL
        query = SearchParameters.fromParameters(event.getLocation().getQueryParameters())
                .withNear(near);
        search.setValue(query.text());
        filters.show(query);
        results.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
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
