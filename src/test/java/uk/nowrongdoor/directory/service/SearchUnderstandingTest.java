package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpenDataFilter;
import uk.nowrongdoor.testsupport.DirectoryFixtures;

/**
 * The search as the home page and the API call it, words read first: fixture listings carry the made-up word
 * "quillow"; the concept and risk rules are checked against the seed content, as people would meet them.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchUnderstandingTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    OpenDataService openData;

    @Autowired
    ApplicationContext context;

    private DirectoryFixtures fixtures;

    @BeforeEach
    void createFixtures() {
        fixtures = new DirectoryFixtures(context);
        fixtures.listing("quillow-rugby", "Quillow Rugby Group", "Peer support in Rugby", "peer-support", "rugby");
        fixtures.listing(
                "quillow-county", "Quillow Countywide", "For all of Warwickshire", "peer-support", "warwickshire");
        fixtures.listing(
                "quillow-coventry", "Quillow Coventry Group", "Peer support in Coventry", "peer-support", "coventry");
    }

    @AfterEach
    void removeFixtures() {
        fixtures.cleanUp();
    }

    private SearchPage search(String text) {
        return directory.search(ListingQuery.text(text), 0, 20);
    }

    private static List<String> slugs(SearchPage page) {
        return page.cards().stream().map(ListingCard::slug).toList();
    }

    private static List<String> quillow(SearchPage page) {
        return slugs(page).stream().filter(s -> s.startsWith("quillow")).toList();
    }

    @Test
    void a_place_in_the_words_keeps_services_covering_the_whole_area_around_it() {
        var page = search("quillow group in Rugby");
        assertThat(quillow(page)).containsExactlyInAnyOrder("quillow-rugby", "quillow-county");
        assertThat(page.understanding().placeName()).isEqualTo("Rugby town");
        // and the area-wide seed services for the same place are kept too
        assertThat(slugs(search("samaritans rugby"))).contains("samaritans-helpline");
    }

    @Test
    void filler_words_never_make_a_search_fail() {
        assertThat(quillow(search("I need some help with quillow please"))).hasSize(3);
        assertThat(search("please can you help me").total()).isPositive();
    }

    @Test
    void a_listing_matching_more_of_the_words_ranks_above_one_matching_fewer() {
        assertThat(quillow(search("quillow countywide"))).first().isEqualTo("quillow-county");
        assertThat(quillow(search("quillow countywide"))).hasSize(3);
    }

    @Test
    void a_feeling_finds_the_service_that_helps_though_its_listing_never_names_the_feeling() {
        assertThat(slugs(search("panic attacks")).subList(0, 3)).contains("cwpt-talking-therapies");
        assertThat(slugs(search("hearing voices")).get(0)).isEqualTo("cwpt-early-intervention-psychosis");
        assertThat(slugs(search("my dad has dementia what can I do")).subList(0, 5))
                .contains("cwpt-memory-dementia-coventry");
    }

    @Test
    void words_naming_a_risk_put_the_crisis_services_first_whatever_else_matched() {
        var page = search("quillow group suicidal");
        assertThat(page.understanding().crisisFirst()).isTrue();
        var crisis =
                directory
                        .search(ListingQuery.everything().withCategory("crisis"), 0, DirectoryService.MAX_PAGE)
                        .cards()
                        .stream()
                        .map(ListingCard::slug)
                        .toList();
        assertThat(slugs(page).subList(0, crisis.size())).containsExactlyInAnyOrderElementsOf(crisis);
        assertThat(slugs(page)).contains("quillow-rugby");
        assertThat(slugs(page).get(0)).isIn("samaritans-helpline", "shout-text-85258", "nhs-111-mental-health-option");
    }

    @Test
    void nothing_matched_offers_services_in_the_place_named_and_ways_to_talk_now() {
        var page = search("xqzvbnmw in Rugby");
        assertThat(page.total()).isZero();
        assertThat(page.fallback()).isNotNull();
        assertThat(page.fallback().inThePlace())
                .extracting(ListingCard::slug)
                .isNotEmpty()
                .doesNotContain("quillow-coventry");
        assertThat(page.fallback().talkNow()).extracting(ListingCard::slug).contains("samaritans-helpline");
    }

    @Test
    void nothing_matched_offers_the_categories_closest_to_the_words() {
        // no work service in Rugby at all, so nothing can match; "drinking" is about drugs and alcohol
        var page = directory.search(
                ListingQuery.text("drinking").withPlace("rugby").withCategory("employment"), 0, 20);
        assertThat(page.total()).isZero();
        assertThat(page.fallback().closestCategories())
                .extracting(SearchPage.CategoryChoice::slug)
                .contains("drugs-alcohol");
    }

    @Test
    void a_misspelt_word_gets_a_did_you_mean_from_the_index_words() {
        assertThat(search("samaritens").understanding().didYouMean()).isEqualTo("samaritans");
        assertThat(search("quilow").understanding().didYouMean()).isEqualTo("quillow");
        assertThat(search("carers").understanding().didYouMean()).isNull();
    }

    @Test
    void the_open_referral_api_and_the_home_page_give_the_same_first_results() {
        for (String text : List.of("panic attacks", "help for carers in Bedworth", "I feel suicidal", "quillow")) {
            var api = openData.findListings(ListingQuery.text(text), OpenDataFilter.NONE, 0, 5).listings().stream()
                    .map(Listing::getSlug)
                    .toList();
            assertThat(api).as(text).isEqualTo(slugs(directory.search(ListingQuery.text(text), 0, 5)));
        }
    }
}
