package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.DirectoryFixtures;
import uk.nowrongdoor.testsupport.ReceivingTeams;

class ListingViewTest extends AbstractUiTest {

    private DirectoryFixtures fixtures;

    @BeforeEach
    void setUpFixtures() {
        fixtures = new DirectoryFixtures(context);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.cleanUp();
    }

    private String pageText() {
        return _get(ListingView.class).getElement().getTextRecursively();
    }

    @Test
    void seeded_listing_shows_tap_to_call_and_not_yet_checked_warning() {
        UI.getCurrent().navigate("listing/ccc-adult-social-care-direct");
        assertThat(_get(H1.class).getText()).startsWith("Adult Social Care Direct");
        var call = _get(Anchor.class, spec -> spec.withText("Call 024 7683 3003"));
        assertThat(call.getHref()).isEqualTo("tel:02476833003");
        assertThat(pageText()).contains("have not yet been checked by the service");
    }

    @Test
    void description_keeps_paragraphs_but_not_source_line_wrapping() {
        fixtures.listing(
                "plinth-text",
                "Plinth Text",
                "Text",
                "wellbeing",
                "rugby",
                l -> l.setDescription("First line\nwraps here.\n\nSecond paragraph."));
        UI.getCurrent().navigate("listing/plinth-text");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("First line wraps here.", "Second paragraph.");
    }

    @Test
    void unknown_details_say_ask_the_service() {
        fixtures.listing("plinth-bare", "Plinth Bare Listing", "Nothing known", "wellbeing", "rugby");
        UI.getCurrent().navigate("listing/plinth-bare");
        assertThat(pageText())
                .contains("Opening times: ask the service")
                .contains("Languages: Ask the service")
                .contains("We do not have contact details for this service yet");
    }

    @Test
    void weekly_timetable_and_dated_closure_are_shown() {
        fixtures.listing("plinth-cafe", "Plinth Café", "Evenings", "safe-haven", "rugby", l -> {
            l.getSessions()
                    .add(new WeeklySession(
                            Set.of(java.time.DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.of(23, 0)));
            l.getExceptions()
                    .add(uk.nowrongdoor.directory.domain.SessionException.closedOn(
                            LocalDate.now().plusDays(3), "Staff training"));
        });
        UI.getCurrent().navigate("listing/plinth-cafe");
        assertThat(pageText())
                .contains("Friday: 18:00 to 23:00")
                .contains("Monday: Closed")
                .contains("Closed (Staff training)");
    }

    @Test
    void sensitive_venue_shows_only_its_area_and_outward_code() {
        fixtures.listing("plinth-refuge", "Plinth Refuge", "Safe housing", "housing", "coventry", l -> {
            var location = l.addLocation();
            location.setName("The Secret House");
            location.setAddress("1 Hidden Street");
            location.setPostcode("CV1 2AB");
            location.setSensitive(true);
        });
        UI.getCurrent().navigate("listing/plinth-refuge");
        assertThat(pageText())
                .doesNotContain("Hidden Street")
                .doesNotContain("Secret House")
                .contains("(CV1)");
    }

    @Test
    void a_team_base_is_named_as_not_open_to_the_public_with_no_address_or_directions() {
        fixtures.listing("plinth-team", "Plinth Team", "A team", "crisis-team", "rugby", l -> {
            var location = l.addLocation();
            location.setName("Plinth Team Office");
            location.setAddress("2 Office Road, Rugby");
            location.setType(uk.nowrongdoor.directory.domain.LocationType.TEAM_BASE);
        });
        UI.getCurrent().navigate("listing/plinth-team");
        assertThat(pageText())
                .contains("Plinth Team Office")
                .contains("Team base, not open to the public")
                .doesNotContain("2 Office Road");
        assertThat(_find(Anchor.class, spec -> spec.withText("Get directions (opens your map app)")))
                .isEmpty();
    }

    @Test
    void address_offers_directions_in_the_phones_map_app() {
        fixtures.listing("plinth-hall", "Plinth Hall", "A hall", "wellbeing", "rugby", l -> {
            var location = l.addLocation();
            location.setAddress("1 Main Street, Rugby");
            location.setPostcode("CV21 1AA");
        });
        UI.getCurrent().navigate("listing/plinth-hall");
        var directions = _get(Anchor.class, spec -> spec.withText("Get directions (opens your map app)"));
        assertThat(directions.getHref()).startsWith("geo:0,0?q=1%20Main%20Street");
    }

    @Test
    void details_checked_more_than_six_months_ago_carry_a_warning() {
        fixtures.listing(
                "plinth-old",
                "Plinth Old",
                "Old",
                "wellbeing",
                "rugby",
                l -> l.setLastChecked(LocalDate.now().minusMonths(7)));
        UI.getCurrent().navigate("listing/plinth-old");
        assertThat(_find(Div.class, spec -> spec.withClasses("nwd-warning")))
                .singleElement()
                .extracting(d -> d.getElement().getTextRecursively())
                .asString()
                .contains("more than 6 months ago");
    }

    @Test
    void alert_shows_as_a_banner_until_it_expires() {
        fixtures.listing(
                "plinth-alert",
                "Plinth Alert",
                "Alert",
                "wellbeing",
                "rugby",
                l -> l.setAlert(
                        "Closed tonight because of flooding", LocalDate.now().plusDays(1)));
        fixtures.listing(
                "plinth-expired",
                "Plinth Expired",
                "Alert",
                "wellbeing",
                "rugby",
                l -> l.setAlert("Old news", LocalDate.now().minusDays(1)));
        UI.getCurrent().navigate("listing/plinth-alert");
        assertThat(_get(Div.class, spec -> spec.withClasses("nwd-alert"))
                        .getElement()
                        .getTextRecursively())
                .contains("Closed tonight because of flooding");
        UI.getCurrent().navigate("listing/plinth-expired");
        assertThat(_find(Div.class, spec -> spec.withClasses("nwd-alert"))).isEmpty();
    }

    @Test
    void self_referral_link_only_where_the_service_accepts_it_and_someone_receives_it() {
        fixtures.listing("plinth-yes", "Plinth Yes", "Yes", "wellbeing", "rugby", l -> l.setAcceptsSelfReferral(true));
        UI.getCurrent().navigate("listing/plinth-yes");
        // accepts self-referral, but no one at its organisation receives referrals here: its contacts are the way in
        assertThat(_find(Anchor.class, spec -> spec.withText("Ask this service for help (refer yourself)")))
                .isEmpty();
        try {
            ReceivingTeams.ensure(context, "test-fixture-org");
            UI.getCurrent().navigate("listing/plinth-yes");
            assertThat(_get(Anchor.class, spec -> spec.withText("Ask this service for help (refer yourself)"))
                            .getHref())
                    .isEqualTo("refer/plinth-yes");
            UI.getCurrent().navigate("listing/ccc-adult-social-care-direct");
            assertThat(_find(Anchor.class, spec -> spec.withText("Ask this service for help (refer yourself)")))
                    .isEmpty();
        } finally {
            ReceivingTeams.remove(context, "test-fixture-org");
        }
    }

    private static void assertNotFound(String route) {
        UI.getCurrent().navigate(route);
        assertThat(_find(ListingView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("We could not find that page");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Need help now?"));
    }

    @Test
    void unknown_listing_is_not_found() {
        assertNotFound("listing/no-such-listing");
    }

    @Test
    void inactive_listing_is_not_found() {
        fixtures.listing(
                "plinth-gone", "Plinth Gone", "Gone", "wellbeing", "rugby", l -> l.setStatus(ListingStatus.INACTIVE));
        assertNotFound("listing/plinth-gone");
    }
}
