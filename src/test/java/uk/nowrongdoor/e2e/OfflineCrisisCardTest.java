package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryService;

/** The installable app: a web manifest, and a service worker that shows the crisis card when there is no signal. */
class OfflineCrisisCardTest extends BrowserTest {

    @Autowired
    DirectoryService directory;

    @Test
    void home_page_links_a_manifest_that_makes_the_site_installable() {
        open("/");
        String href = page.locator("link[rel=manifest]").getAttribute("href");
        var response = page.request().get(url(href));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/manifest+json");
        JsonObject manifest = JsonParser.parseString(response.text()).getAsJsonObject();
        assertThat(manifest.get("name").getAsString()).startsWith("No Wrong Door");
        assertThat(manifest.get("start_url").getAsString()).isEqualTo("/");
        assertThat(manifest.get("display").getAsString()).isEqualTo("standalone");
        var sizes = new ArrayList<String>();
        for (var icon : manifest.getAsJsonArray("icons")) {
            String src = icon.getAsJsonObject().get("src").getAsString();
            assertThat(page.request().get(url(src)).status()).as(src).isEqualTo(200);
            sizes.add(icon.getAsJsonObject().get("sizes").getAsString());
        }
        assertThat(sizes).contains("192x192", "512x512");
    }

    @Test
    void without_a_signal_any_page_shows_the_offline_crisis_card_with_tap_to_call_links() {
        context.close();
        context = phoneWithServiceWorkers();
        page = context.newPage();
        open("/");
        page.waitForFunction("async () => { await navigator.serviceWorker.ready;"
                + " return !!(await caches.match('/offline.html')); }");

        context.setOffline(true);
        page.navigate(url("/listing/" + FIXTURE_SLUG));

        assertThat(page).hasTitle("You are offline: crisis numbers | No Wrong Door");
        for (CrisisLine line : directory.crisisLines()) {
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Page.GetByRoleOptions()
                                    .setName(line.getAction())
                                    .setExact(true)))
                    .hasAttribute("href", line.href());
        }
        screenshot("offline-crisis-card");
        context.setOffline(false);
    }

    @Test
    void offline_card_has_exactly_the_crisis_numbers_the_site_shows() {
        page.navigate(url("/offline.html"));
        List<String> offline = page.locator("a.call").all().stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        List<String> site =
                directory.crisisLines().stream().map(CrisisLine::href).toList();
        assertThat(offline)
                .as("the offline card is written from the crisis lines in the database")
                .containsExactlyElementsOf(site);
        assertThat(page.locator("a.call").first()).isVisible();
        assertThat(page.locator("a.call")).hasCount(site.size());
        assertThat(page.locator("main")
                        .getByRole(AriaRole.LINK)
                        .filter(new Locator.FilterOptions().setHasText("Try again")))
                .hasAttribute("href", "/");
    }
}
