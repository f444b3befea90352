package uk.nowrongdoor.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import uk.nowrongdoor.api.OpenReferralFeedImport;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.service.SearchIndexService;
import uk.nowrongdoor.geo.service.PostcodeDirectoryImport;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins load the ONS Postcode Directory and Open Referral feeds from files on the server or a feed URL. */
@Route(value = "admin/open-data", layout = StaffLayout.class)
@PageTitle("Open data imports | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class OpenDataImportView extends Main {

    final TextField onspdPath = new TextField("ONS Postcode Directory CSV (path on the server)");
    final TextField feedSource = new TextField("Open Referral UK feed (file path on the server, or URL)");
    final Paragraph onspdResult = new Paragraph();
    final UnorderedList feedResult = new UnorderedList();

    final Paragraph indexResult = new Paragraph();

    public OpenDataImportView(
            PostcodeDirectoryImport postcodeImport,
            OpenReferralFeedImport feedImport,
            SearchIndexService searchIndex,
            @Value("${nwd.openreferral.import-source:}") String configuredFeed) {
        addClassName("nwd-page");
        onspdPath.setWidthFull();
        onspdPath.setHelperText(
                "The ONSPD CSV with columns pcds, lat and long. Only the partnership's postcode areas are kept.");
        feedSource.setWidthFull();
        feedSource.setValue(configuredFeed);
        feedSource.setHelperText("Services are matched on their ids and applied at once: check them afterwards.");
        onspdResult.getElement().setAttribute("role", "status");
        feedResult.getElement().setAttribute("role", "status");

        var importOnspd = new Button("Import postcodes", e -> {
            try {
                var s = postcodeImport.importPostcodeDirectory(onspdPath.getValue());
                onspdPath.setInvalid(false);
                onspdResult.setText("Imported " + s.imported() + " postcodes (" + s.skipped() + " rows skipped); "
                        + s.districts() + " district centroids updated.");
            } catch (UserFacingException ex) {
                onspdPath.setErrorMessage(ex.getMessage());
                onspdPath.setInvalid(true);
            }
        });
        importOnspd.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importFeed = new Button("Import feed", e -> {
            feedResult.removeAll();
            try {
                var r = feedImport.importFeed(feedSource.getValue());
                feedSource.setInvalid(false);
                feedResult.add(new ListItem(r.created() + " services added, " + r.updated() + " updated, "
                        + r.errors().size() + " refused."));
                r.errors().forEach(err -> feedResult.add(new ListItem(err.id() + ": " + err.message())));
            } catch (UserFacingException ex) {
                feedSource.setErrorMessage(ex.getMessage());
                feedSource.setInvalid(true);
            }
        });
        importFeed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(
                new H1("Open data imports"),
                new H2("Postcodes"),
                onspdPath,
                importOnspd,
                onspdResult,
                new H2("Open Referral UK feed"),
                feedSource,
                importFeed,
                feedResult,
                new H2("Search index"),
                new Paragraph("The index is checked and, when needed, rebuilt at every start. Rebuild it by hand if "
                        + "search results look wrong; search may miss services for a short while."),
                new Button("Rebuild search index", e -> rebuild(searchIndex, e.getSource())),
                indexResult);
        indexResult.getElement().setAttribute("role", "status");
    }

    private void rebuild(SearchIndexService searchIndex, Button button) {
        UI ui = UI.getCurrent();
        try {
            var done = searchIndex.rebuildSearchIndex();
            button.setEnabled(false);
            indexResult.setText("Rebuilding the search index…");
            ui.setPollInterval(1000); // no server push: the page asks for news while the rebuild runs
            done.whenComplete((count, failure) -> ui.access(() -> {
                ui.setPollInterval(-1);
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
