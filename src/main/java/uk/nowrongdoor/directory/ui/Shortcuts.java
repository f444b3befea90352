package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.service.DirectoryService;

/** The quick searches: links, so they work as bookmarks and with Back. */
class Shortcuts extends Nav {

    Shortcuts() {
        addClassName("nwd-shortcuts");
        getElement().setAttribute("aria-label", "Quick searches");
        var crisisTonight = ListingQuery.everything()
                .withCategory(DirectoryService.SAFE_HAVEN)
                .withTimes(Set.of(TimeFilter.OPEN_TONIGHT));
        var talkNow = ListingQuery.everything()
                .withCategory(DirectoryService.TALK_NOW)
                .withTimes(Set.of(TimeFilter.OPEN_NOW));
        add(shortcut("Crisis cafés open tonight", crisisTonight), shortcut("Talk to someone now", talkNow));
        add(shortcut("Carers", ListingQuery.everything().withCategory("carers")));
        add(shortcut("Advocacy", ListingQuery.everything().withCategory("advocacy")));
        add(shortcut("Mind", ListingQuery.everything().withCategory("mind")));
        add(shortcut("Young people", ListingQuery.everything().withCategory("young-people")));
    }

    private static RouterLink shortcut(String text, ListingQuery q) {
        var link = new RouterLink(text, HomeView.class);
        link.setQueryParameters(SearchParameters.toParameters(q));
        link.addClassName("nwd-shortcut");
        return link;
    }
}
