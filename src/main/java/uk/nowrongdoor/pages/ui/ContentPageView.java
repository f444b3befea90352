package uk.nowrongdoor.pages.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.pages.service.PageService;

/** About, privacy notice, accessibility statement and the other markdown pages. */
@Route(value = "pages", layout = MainLayout.class)
@AnonymousAllowed
public class ContentPageView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PageService pages;
    private String title = "No Wrong Door";

    public ContentPageView(PageService pages) {
        this.pages = pages;
        addClassNames("nwd-page", "nwd-prose");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        var found = pages.find(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such page");
            return;
        }
        var page = found.get();
        title = page.title() + " | No Wrong Door";
        removeAll();
        if (!page.missing().isEmpty()) {
            var warning = new Paragraph(
                    "This page is not finished: the organisation running this site has not yet" + " given "
                            + String.join(", ", page.missing()) + ". Until it does, ask through the feedback form.");
            warning.addClassName("nwd-warning");
            warning.getElement().setAttribute("role", "note");
            add(warning);
        }
        add(new Html("<div>" + page.html() + "</div>"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
