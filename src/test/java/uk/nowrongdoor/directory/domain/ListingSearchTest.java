package uk.nowrongdoor.directory.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.testsupport.DirectoryFixtures;

/** Search rules, against fixture listings whose names carry the made-up word "quillow" or "zendral". */
@SpringBootTest
@ActiveProfiles("test")
class ListingSearchTest {

    /** Wednesday 25 November 2026, 10:00 in London. */
    private static final ZonedDateTime WEDNESDAY_MORNING = at("2026-11-25T10:00");

    @Autowired
    ListingRepository listings;

    @Autowired
    ApplicationContext context;

    private DirectoryFixtures fixtures;

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(Application.LONDON);
    }

    @BeforeEach
    void createFixtures() {
        fixtures = new DirectoryFixtures(context);
        fixtures.listing("quillow-cafe", "Quillow Crisis Café", "Evening support", "safe-haven", "rugby", l -> {
            l.getSessions().add(new WeeklySession(Set.of(FRIDAY, SATURDAY), LocalTime.of(18, 0), LocalTime.of(2, 0)));
            l.getAccess().add(AccessMethod.DROP_IN);
            l.getDelivery().add(DeliveryMode.IN_PERSON);
            l.setFree(true);
            l.setAges(18, null);
        });
        fixtures.listing(
                "quillow-carers",
                "Quillow Carers Group",
                "For people caring for a relative",
                "carers",
                "nuneaton",
                l -> {
                    l.getSessions()
                            .add(new WeeklySession(
                                    Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0)));
                    l.getAccess().add(AccessMethod.SELF_REFERRAL);
                    l.getDelivery().add(DeliveryMode.PHONE);
                    l.setFree(false);
                });
        fixtures.listing(
                "quillow-youth",
                "Quillow Youth Drop-in",
                "Somewhere to talk",
                "young-people-drop-in",
                "leamington-spa",
                l -> {
                    l.setAges(11, 25);
                    l.getSessions().add(WeeklySession.allDay(EnumSet.of(SUNDAY)));
                    l.getAccess().add(AccessMethod.DROP_IN);
                });
    }

    @AfterEach
    void removeFixtures() {
        fixtures.cleanUp();
    }

    private List<String> slugs(ListingQuery query, ZonedDateTime now) {
        return listings.search(query, now, 0, 50).listings().stream()
                .map(Listing::getSlug)
                .filter(s -> s.startsWith("quillow") || s.startsWith("zendral"))
                .toList();
    }

    private List<String> slugs(ListingQuery query) {
        return slugs(query, WEDNESDAY_MORNING);
    }

    private static ListingQuery quillow() {
        return ListingQuery.text("quillow");
    }

    @Test
    void english_stemming_finds_caring_from_carers() {
        assertThat(slugs(ListingQuery.text("quillow caring"))).contains("quillow-carers");
    }

    @Test
    void synonym_safe_haven_finds_a_crisis_cafe() {
        assertThat(slugs(ListingQuery.text("quillow safe haven"))).first().isEqualTo("quillow-cafe");
        assertThat(slugs(ListingQuery.text("quillow sanctuary"))).first().isEqualTo("quillow-cafe");
    }

    @Test
    void accents_do_not_matter() {
        assertThat(slugs(ListingQuery.text("quillow cafe"))).first().isEqualTo("quillow-cafe");
    }

    @Test
    void a_typo_still_finds_the_listing() {
        assertThat(slugs(ListingQuery.text("quilow crisiss"))).first().isEqualTo("quillow-cafe");
    }

    @Test
    void query_syntax_typed_by_chance_is_treated_as_words() {
        assertThat(slugs(ListingQuery.text("quillow + \"youth (drop-in")))
                .first()
                .isEqualTo("quillow-youth");
    }

    @Test
    void each_word_is_optional_and_a_listing_matching_more_words_ranks_higher() {
        // "zendral" matches nothing: it does not stop "quillow" finding all three
        assertThat(slugs(ListingQuery.text("quillow zendral")))
                .containsExactlyInAnyOrder("quillow-cafe", "quillow-carers", "quillow-youth");
        // the café matches "quillow", "crisis" and "cafe"; the others only "quillow"
        assertThat(slugs(ListingQuery.text("quillow crisis cafe"))).first().isEqualTo("quillow-cafe");
    }

    @Test
    void a_listing_matching_none_of_the_words_is_not_found() {
        assertThat(slugs(ListingQuery.text("zendral xqvbnm"))).isEmpty();
    }

    @Test
    void name_match_ranks_above_category_match_above_description_match() {
        // "employment" in a name, in a category's name ("Work and employment"), and in a summary
        fixtures.listing("zendral-name", "Zendral Employment Project", "General advice", "carers", "coventry");
        fixtures.listing("zendral-category", "Zendral Hub", "General advice", "employment", "coventry");
        fixtures.listing("zendral-text", "Zendral Centre", "Help with employment", "carers", "coventry");
        assertThat(slugs(ListingQuery.text("employment")))
                .containsExactly("zendral-name", "zendral-category", "zendral-text");
    }

    @Test
    void concept_categories_and_the_crisis_first_rule_reach_the_index() {
        var lowMood = new SearchWords(List.of("quillow"), List.of(), java.util.Map.of("carers", 1f), false);
        assertThat(
                        listings
                                .search(quillow(), lowMood, OpenDataFilter.NONE, WEDNESDAY_MORNING, 0, 50)
                                .listings()
                                .stream()
                                .map(Listing::getSlug)
                                .filter(s -> s.startsWith("quillow")))
                .first()
                .isEqualTo("quillow-carers");
        var risk = new SearchWords(List.of("quillow"), List.of(), java.util.Map.of("carers", 1f), true);
        assertThat(listings.search(quillow(), risk, OpenDataFilter.NONE, WEDNESDAY_MORNING, 0, 50).listings().stream()
                        .map(Listing::getSlug)
                        .filter(s -> s.startsWith("quillow")))
                .first()
                .isEqualTo("quillow-cafe");
    }

    @Test
    void category_filter_includes_sub_categories() {
        assertThat(slugs(quillow().withCategory("young-people"))).containsExactly("quillow-youth");
        assertThat(slugs(quillow().withCategory("crisis"))).containsExactly("quillow-cafe");
    }

    @Test
    void place_filter_includes_places_inside_it() {
        assertThat(slugs(quillow().withPlace("warwickshire")))
                .containsExactlyInAnyOrder("quillow-cafe", "quillow-carers", "quillow-youth");
        assertThat(slugs(quillow().withPlace("nuneaton-and-bedworth"))).containsExactly("quillow-carers");
        assertThat(slugs(quillow().withPlace("coventry"))).isEmpty();
    }

    @Test
    void place_filter_also_finds_services_for_the_whole_area_around_it() {
        fixtures.listing(
                "quillow-helpline", "Quillow Helpline", "Across the area", "talk-now", "coventry-and-warwickshire");
        assertThat(slugs(quillow().withPlace("coventry"))).containsExactly("quillow-helpline");
        assertThat(slugs(quillow().withPlace("rugby"))).containsExactlyInAnyOrder("quillow-cafe", "quillow-helpline");
    }

    @Test
    void age_filter_keeps_services_for_that_age() {
        assertThat(slugs(quillow().withAge(16))).containsExactlyInAnyOrder("quillow-carers", "quillow-youth");
        assertThat(slugs(quillow().withAge(40))).containsExactlyInAnyOrder("quillow-cafe", "quillow-carers");
    }

    @Test
    void access_delivery_and_free_filters_combine() {
        assertThat(slugs(quillow().withAccess(Set.of(AccessMethod.DROP_IN))))
                .containsExactlyInAnyOrder("quillow-cafe", "quillow-youth");
        assertThat(slugs(quillow()
                        .withAccess(Set.of(AccessMethod.DROP_IN))
                        .withDelivery(Set.of(DeliveryMode.IN_PERSON))))
                .containsExactly("quillow-cafe");
        assertThat(slugs(quillow().withFreeOnly(true))).containsExactly("quillow-cafe");
    }

    @Test
    void empty_text_with_a_filter_lists_everything_that_matches() {
        var all = listings.search(ListingQuery.everything().withPlace("nuneaton"), WEDNESDAY_MORNING, 0, 50);
        assertThat(all.listings()).extracting(Listing::getSlug).contains("quillow-carers");
    }

    @Test
    void open_now_uses_the_sessions() {
        var openNow = quillow().withTimes(Set.of(TimeFilter.OPEN_NOW));
        assertThat(slugs(openNow, WEDNESDAY_MORNING)).containsExactly("quillow-carers");
        assertThat(slugs(openNow, at("2026-11-27T19:00"))).containsExactly("quillow-cafe");
        assertThat(slugs(openNow, at("2026-11-29T12:00"))).containsExactly("quillow-youth");
    }

    @Test
    void open_now_after_midnight_counts_the_night_before() {
        var openNow = quillow().withTimes(Set.of(TimeFilter.OPEN_NOW));
        // Saturday 01:30, in Friday night's session
        assertThat(slugs(openNow, at("2026-11-28T01:30"))).containsExactly("quillow-cafe");
        // Sunday 03:00: Saturday night's session has ended; Sunday's all-day drop-in is open
        assertThat(slugs(openNow, at("2026-11-29T03:00"))).containsExactly("quillow-youth");
    }

    @Test
    void open_now_follows_local_time_across_the_clock_change() {
        var openNow = quillow().withTimes(Set.of(TimeFilter.OPEN_NOW));
        // 28 March 2026 is a Saturday; clocks go forward at 01:00 GMT on Sunday 29 March.
        assertThat(slugs(openNow, Instant.parse("2026-03-29T00:30:00Z").atZone(Application.LONDON)))
                .contains("quillow-cafe");
        // 01:30 UTC is 02:30 BST: the 02:00 close has passed
        assertThat(slugs(openNow, Instant.parse("2026-03-29T01:30:00Z").atZone(Application.LONDON)))
                .doesNotContain("quillow-cafe");
    }

    @Test
    void a_closed_date_removes_that_night_including_after_midnight() {
        fixtures.update("quillow-cafe", l -> l.getExceptions()
                .add(SessionException.closedOn(LocalDate.parse("2026-11-27"), "Staff training")));
        var openNow = quillow().withTimes(Set.of(TimeFilter.OPEN_NOW));
        assertThat(slugs(openNow, at("2026-11-27T19:00"))).isEmpty();
        assertThat(slugs(openNow, at("2026-11-28T01:00"))).isEmpty();
        assertThat(slugs(openNow, at("2026-11-28T19:00"))).containsExactly("quillow-cafe");
    }

    @Test
    void an_extra_session_opens_on_its_date() {
        fixtures.update("quillow-cafe", l -> l.getExceptions()
                .add(SessionException.extraSession(
                        LocalDate.parse("2026-11-25"), LocalTime.of(9, 30), LocalTime.of(11, 0), "Extra")));
        assertThat(slugs(quillow().withTimes(Set.of(TimeFilter.OPEN_NOW)), WEDNESDAY_MORNING))
                .containsExactlyInAnyOrder("quillow-cafe", "quillow-carers");
    }

    @Test
    void open_tonight_and_at_the_weekend() {
        assertThat(slugs(quillow().withTimes(Set.of(TimeFilter.OPEN_TONIGHT)), at("2026-11-27T10:00")))
                .containsExactly("quillow-cafe");
        assertThat(slugs(quillow().withTimes(Set.of(TimeFilter.OPEN_TONIGHT)), WEDNESDAY_MORNING))
                .isEmpty();
        assertThat(slugs(quillow().withTimes(Set.of(TimeFilter.OPEN_AT_WEEKEND)), WEDNESDAY_MORNING))
                .containsExactlyInAnyOrder("quillow-cafe", "quillow-youth");
    }

    @Test
    void the_index_agrees_with_opening_hours_at_every_half_hour_of_a_week() {
        var cafe = listings.findBySlug("quillow-cafe").orElseThrow();
        var openNow = ListingQuery.text("quillow crisis").withTimes(Set.of(TimeFilter.OPEN_NOW));
        for (ZonedDateTime t = at("2026-11-23T00:00"); t.isBefore(at("2026-11-30T00:00")); t = t.plusMinutes(30)) {
            boolean indexed = slugs(openNow, t).contains("quillow-cafe");
            assertThat(indexed)
                    .as("open at %s", t)
                    .isEqualTo(cafe.openingHours().isOpenAt(t));
        }
    }

    @Test
    void counts_per_category_and_place_cover_the_whole_result() {
        var hits = listings.search(quillow(), WEDNESDAY_MORNING, 0, 1);
        assertThat(hits.listings()).hasSize(1);
        assertThat(hits.categoryCounts()).containsEntry("crisis", 1L).containsEntry("young-people", 1L);
        assertThat(hits.placeCounts()).containsEntry("warwickshire", 3L).containsEntry("rugby", 1L);
    }

    @Test
    void results_page_with_offset_and_limit() {
        var first = listings.search(quillow(), WEDNESDAY_MORNING, 0, 2);
        var second = listings.search(quillow(), WEDNESDAY_MORNING, 2, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.listings()).hasSize(2);
        assertThat(second.listings()).hasSize(1);
        assertThat(second.listings()).doesNotContainAnyElementsOf(first.listings());
    }

    @Test
    void inactive_listings_are_not_found() {
        fixtures.update("quillow-youth", l -> l.setStatus(ListingStatus.INACTIVE));
        assertThat(slugs(quillow())).doesNotContain("quillow-youth");
    }
}
