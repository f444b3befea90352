package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "What is near me" on a phone, against the shipped gazetteer: by postcode district, by the phone's location, and a
 * postcode the app does not know.
 */
class NearMeJourneysTest extends BrowserTest {

    private static final Pattern MILES = Pattern.compile("(?:About )?(\\d+(?:\\.\\d)?) miles? away");

    @Test
    void a_postcode_district_lists_the_nearest_services_first_with_their_distance() {
        open("/");
        openRefine();
        page.getByLabel("Postcode (optional)").fill("CV34");
        button("Search").tap();
        var first = cards().first();
        // the NHS teams in Warwick are team bases, not places to go, so they are not "near"; the nearest place to visit
        // is Rise's centre in Leamington Spa, placed by its town's centre and so shown as approximate
        assertThat(first).containsText("About 2.2 miles away");
        assertThat(first).containsText("Leamington Spa");
        assertNearestFirst();
        assertThat(page.url()).doesNotContain("CV34").doesNotContainIgnoringCase("postcode");
        // the Refine row folds again and says what the search used, on this screen only
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Refine"))))
                .containsText("Near CV34");
        screenshot("near-me-postcode");
    }

    @Test
    void use_my_location_sorts_the_results_from_the_phones_position() {
        context.grantPermissions(List.of("geolocation"));
        // Stratford-upon-Avon town centre
        context.setGeolocation(new Geolocation(52.1917, -1.7073));
        open("/");
        openRefine();
        button("Use my location").tap();
        assertThat(page.locator(".nwd-near-status")).hasText("Showing services nearest to your location.");
        assertThat(cards().first()).containsText("Stratford");
        // approximate: the seed knows these services only as "in Stratford-upon-Avon", so they sit on CV37's centroid
        assertThat(distance(cards().first().innerText())).isLessThan(2.0);
        assertThat(cards().first()).containsText("About ");
        assertNearestFirst();
        screenshot("near-me-location");
    }

    @Test
    void a_postcode_the_app_does_not_know_gets_a_message_next_to_the_field() {
        open("/");
        openRefine();
        var field = page.getByLabel("Postcode (optional)");
        field.fill("TR1 1AA");
        button("Search").tap();
        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("We don't know where TR1 1AA is yet");
        assertThat(field).hasAttribute("aria-invalid", "true");
        field.fill("not a postcode");
        button("Search").tap();
        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("That doesn't look like a postcode");
        screenshot("near-me-unknown-postcode");
    }

    /** On a phone, near me is folded into the "Refine" row until tapped. */
    private void openRefine() {
        var refine = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Refine")));
        refine.tap();
        assertThat(refine).hasAttribute("aria-expanded", "true");
    }

    /** Cards with a distance come first, each no nearer than the one before. */
    private void assertNearestFirst() {
        var texts = cards().allInnerTexts();
        var miles = new ArrayList<Double>();
        boolean seenWithout = false;
        for (String text : texts) {
            Double distance = distance(text);
            if (distance == null) {
                seenWithout = true;
            } else {
                assertThat(seenWithout)
                        .as("a card with a distance after one without: " + text)
                        .isFalse();
                miles.add(distance);
            }
        }
        assertThat(miles).hasSizeGreaterThan(3).isSorted();
    }

    private static Double distance(String card) {
        if (card.contains("Under a mile away") || card.contains("less than 0.1 miles away")) {
            return 0.0;
        }
        Matcher m = MILES.matcher(card);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private Locator cards() {
        return page.locator(".nwd-results .nwd-card");
    }
}
