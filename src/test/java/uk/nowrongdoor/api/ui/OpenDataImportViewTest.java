package uk.nowrongdoor.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.GeoFixture;

class OpenDataImportViewTest extends AbstractUiTest {

    @Autowired
    ListingRepository listings;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GeoFixture geo;

    @Autowired
    uk.nowrongdoor.directory.service.SearchIndexService searchIndex;

    @AfterEach
    void cleanUp() {
        transactions.executeWithoutResult(
                status -> organisations.findBySlug("feed-test-organisation").ifPresent(o -> {
                    listings.deleteAll(listings.findByOrganisationOrderByNameAsc(o));
                    listings.flush();
                    organisations.delete(o);
                }));
        geo.cleanUp();
    }

    private static Path copy(String resource) throws IOException {
        Path file = Files.createTempFile("nwd-import", ".tmp");
        try (var in = OpenDataImportViewTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void an_admin_imports_a_feed_and_sees_each_refused_record() throws IOException {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        _setValue(
                _get(
                        TextField.class,
                        spec -> spec.withLabel("Open Referral UK feed (file path on the server, or URL)")),
                copy("/oruk/feed-sample.json").toString());
        _click(_get(Button.class, spec -> spec.withText("Import feed")));
        String report = _get(OpenDataImportView.class).feedResult.getElement().getTextRecursively();
        assertThat(report)
                .contains("2 services added, 0 updated, 4 refused.")
                .contains("feed-test-no-name: has no name");
    }

    @Test
    void an_admin_imports_the_postcode_directory_from_a_server_path() throws IOException {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("ONS Postcode Directory CSV (path on the server)")),
                copy("/geo/onspd-sample.csv").toString());
        _click(_get(Button.class, spec -> spec.withText("Import postcodes")));
        assertThat(_get(OpenDataImportView.class).onspdResult.getText())
                .isEqualTo("Imported 6 postcodes (4 rows skipped); 3 district centroids updated.");
    }

    @Test
    void a_missing_file_gets_a_message_next_to_the_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        var field = _get(TextField.class, spec -> spec.withLabel("ONS Postcode Directory CSV (path on the server)"));
        _setValue(field, "/no/such/onspd.csv");
        _click(_get(Button.class, spec -> spec.withText("Import postcodes")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("could not be opened");
    }

    @Test
    void an_admin_rebuilds_the_search_index_and_is_told_when_it_is_done() throws InterruptedException {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);

        _click(_get(Button.class, spec -> spec.withText("Rebuild search index")));
        var view = _get(OpenDataImportView.class);
        assertThat(view.indexResult.getText()).isEqualTo("Rebuilding the search index…");
        // the page polls while the rebuild runs in the background; each round trip runs the UI's pending updates
        for (int i = 0; i < 600 && view.indexResult.getText().startsWith("Rebuilding"); i++) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        }

        assertThat(view.indexResult.getText()).matches("Search index rebuilt: \\d+ services\\.");
        assertThat(searchIndex.indexedCount()).isEqualTo(listings.count());
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate(OpenDataImportView.class);
        assertThat(_find(OpenDataImportView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void partners_cannot_open_the_imports() {
        loginAs("partner", AppRoles.PARTNER);
        UI.getCurrent().navigate(OpenDataImportView.class);
        // the error view is shown instead; Karibu reports it when asked for the view's components
        assertThatThrownBy(() -> _find(OpenDataImportView.class)).hasMessageContaining("Access is denied");
    }
}
