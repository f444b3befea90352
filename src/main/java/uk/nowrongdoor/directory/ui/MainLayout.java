package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * The frame of every public page: the site name, "Need help now?" and "Exit this page" in the same place on every
 * page, and the footer links. The crisis numbers themselves are also in the static page HTML (see CrisisShell).
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public MainLayout(DirectoryService directory) {
        addClassName("nwd-layout");
        var brand = new Anchor("", "No Wrong Door");
        brand.addClassName("nwd-brand");
        var help = new Button("Need help now?", e -> new CrisisDialog(directory).open());
        help.addClassName("nwd-help-button");
        help.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Header(brand, help, QuickExit.button());
        header.addClassName("nwd-header");

        content.addClassName("nwd-content");
        content.setId("main-content");

        var links = new Nav(
                new Anchor("pages/about", "About"),
                new Anchor("pages/privacy", "Privacy"),
                new Anchor("pages/accessibility", "Accessibility"),
                new Anchor("pages/staying-safe-online", "Staying safe online"),
                new Anchor("feedback", "Give feedback or make a complaint"),
                new Anchor("login", "Staff sign in"));
        links.getElement().setAttribute("aria-label", "About this site");
        var footer = new Footer(links);
        footer.addClassName("nwd-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }

    Component content() {
        return content;
    }
}
