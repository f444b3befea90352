package uk.nowrongdoor.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.service.SearchIndexService;
import uk.nowrongdoor.imports.service.ImportKind;
import uk.nowrongdoor.imports.service.ImportService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * Admins load the ONS Postcode Directory and Open Referral feeds from an upload or an allowed URL. Imports run in the
 * background; the page polls for their progress, and shows the latest one again when the admin comes back.
 */
@Route(value = "admin/open-data", layout = StaffLayout.class)
@PageTitle("Open data imports | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class OpenDataImportView extends Main {

    final ImportPanel postcodes;
    final ImportPanel feed;
    final Paragraph indexResult = new Paragraph();
    private final ImportService imports;
    private boolean rebuilding;
    private @Nullable Registration polling;

    public OpenDataImportView(
            ImportService imports,
            SearchIndexService searchIndex,
            @Value("${nwd.openreferral.import-source:}") String configuredFeed) {
        this.imports = imports;
        addClassName("nwd-page");
        postcodes = new ImportPanel(
                imports,
                ImportKind.POSTCODES,
                "The ONSPD CSV with columns pcds, lat and long. Only the partnership's postcode areas are kept.",
                ".csv",
                this::refresh);
        feed = new ImportPanel(
                imports,
                ImportKind.OPEN_REFERRAL_FEED,
                "An ORUK 3.0 feed (JSON). Nothing is published at once: new services and changes wait on the"
                        + " moderation screen.",
                ".json",
                this::refresh);
        feed.url.setValue(configuredFeed);
        indexResult.getElement().setAttribute("role", "status");
        add(
                new H1("Open data imports"),
                postcodes,
                feed,
                new H2("Search index"),
                new Paragraph("The index is checked and, when needed, rebuilt at every start. Rebuild it by hand if "
                        + "search results look wrong; search may miss services for a short while."),
                new Button("Rebuild search index", e -> rebuild(searchIndex, e.getSource())),
                indexResult);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    /** Shows each kind's latest import; the page polls while one runs (the app has no server push). */
    void refresh() {
        boolean running = false;
        for (ImportPanel panel : List.of(postcodes, feed)) {
            running |= panel.show(imports.latest(panel.kind));
        }
        boolean poll = running || rebuilding;
        // after the admin has left, a finishing rebuild must not start polling on another page
        getUI().ifPresent(ui -> ui.setPollInterval(poll ? 1000 : -1));
    }

    private void rebuild(SearchIndexService searchIndex, Button button) {
        UI ui = UI.getCurrent();
        try {
            var done = searchIndex.rebuildSearchIndex();
            button.setEnabled(false);
            indexResult.setText("Rebuilding the search index…");
            rebuilding = true;
            ui.setPollInterval(1000);
            done.whenComplete((count, failure) -> ui.access(() -> {
                rebuilding = false;
                refresh();
                button.setEnabled(true);
                indexResult.setText(
                        failure == null
                                ? "Search index rebuilt: " + count + " services."
                                : "Rebuilding the search index failed. The log says why.");
            }));
        } catch (UserFacingException ex) {
            indexResult.setText(ex.getMessage());
        }
    }
}
