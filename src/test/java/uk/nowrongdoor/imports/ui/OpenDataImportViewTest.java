package uk.nowrongdoor.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.partner.ui.ModerationView;
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

    private static byte[] resource(String name) throws IOException {
        try (var in = OpenDataImportViewTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Polls as the browser does (a poll event each round trip) until the panel's import has finished. */
    private static String awaitResult(ImportPanel panel) throws InterruptedException {
        var ui = UI.getCurrent();
        for (int i = 0; i < 300 && !panel.status.getText().startsWith("Finished"); i++) {
            Thread.sleep(100);
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            MockVaadin.clientRoundtrip();
        }
        return panel.status.getText();
    }

    @Test
    void an_admin_uploads_a_feed_follows_the_background_import_and_sees_each_refused_record()
            throws IOException, InterruptedException {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        var view = _get(OpenDataImportView.class);

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("upload-open-referral-feed")),
                "feed-sample.json",
                "application/json",
                resource("/oruk/feed-sample.json"));

        assertThat(UI.getCurrent().getPollInterval())
                .as("the page polls while the import runs")
                .isPositive();
        assertThat(awaitResult(view.feed))
                .startsWith("Finished")
                .contains("the uploaded file feed-sample.json, 6 rows read")
                .endsWith("1 new services and 0 changes are waiting for moderation; 0 unchanged, 5 refused.");
        assertThat(view.feed.problems.getElement().getTextRecursively()).contains("feed-test-no-name: has no name");
        assertThat(listings.findBySlug("feed-test-listening-line").orElseThrow().getStatus())
                .as("waiting for moderation, not public")
                .isEqualTo(ListingStatus.INACTIVE);
        MockVaadin.clientRoundtrip();
        assertThat(UI.getCurrent().getPollInterval())
                .as("polling stops when it is done")
                .isNegative();
    }

    @Test
    void an_admin_uploads_the_postcode_directory_and_finds_the_result_again_after_leaving_the_page()
            throws IOException, InterruptedException {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("upload-postcodes")),
                "onspd-sample.csv",
                "text/csv",
                resource("/geo/onspd-sample.csv"));
        assertThat(awaitResult(_get(OpenDataImportView.class).postcodes))
                .endsWith("Imported 6 postcodes (4 rows skipped); 3 district centroids updated.");

        UI.getCurrent().navigate(ModerationView.class);
        UI.getCurrent().navigate(OpenDataImportView.class);

        assertThat(_get(OpenDataImportView.class).postcodes.status.getText())
                .endsWith("Imported 6 postcodes (4 rows skipped); 3 district centroids updated.");
    }

    @Test
    void a_url_that_is_not_allowed_gets_a_message_next_to_the_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OpenDataImportView.class);
        var view = _get(OpenDataImportView.class);
        var field = _get(
                TextField.class,
                spec -> spec.withLabel("Open Referral UK feed URL (from the list of allowed sources)"));
        _setValue(field, "http://127.0.0.1:8080/api/openreferral/services");
        _click(_get(view.feed, Button.class, spec -> spec.withText("Import from URL")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("Imports from a URL are switched off");
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
            MockVaadin.clientRoundtrip();
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
