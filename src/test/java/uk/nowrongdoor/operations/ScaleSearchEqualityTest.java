package uk.nowrongdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.testsupport.ScaleOut;

/**
 * The same content loaded into two fresh nodes, the embedded default (H2 and Lucene) and the scale profile (PostgreSQL
 * and OpenSearch through the Elasticsearch backend), answers every query and filter below with the same listings in
 * the same order, the same total and the same category and place counts. This proves the two analysis configurers
 * agree and that migrations, mappings and content loading work on PostgreSQL.
 */
class ScaleSearchEqualityTest {

    /** Wednesday 25 November 2026, 19:30 in London, as the browser tests. */
    private static final ZonedDateTime NOW =
            LocalDateTime.parse("2026-11-25T19:30").atZone(Application.LONDON);

    private static ConfigurableApplicationContext lucene;
    private static ConfigurableApplicationContext openSearch;

    @BeforeAll
    static void start_both_nodes() {
        lucene = start(Map.of(), "test");
        var scale = new LinkedHashMap<String, Object>(ScaleOut.newNode());
        // this test compares answers, so it indexes at commit as the Lucene node does; TwoNodesTest covers the outbox
        scale.put("spring.jpa.properties.hibernate.search.coordination.strategy", "none");
        openSearch = start(scale, "test", "scale");
        // fresh indexes on both, so deleted documents left by the first-start updates weigh on neither score
        reindex(lucene);
        reindex(openSearch);
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        var all = new LinkedHashMap<String, Object>(properties);
        all.put("server.port", 0);
        return ScaleOut.app().profiles(profiles).run(ScaleOut.arguments(all));
    }

    private static void reindex(ConfigurableApplicationContext context) {
        try {
            Search.mapping(context.getBean(EntityManagerFactory.class))
                    .scope(Listing.class)
                    .massIndexer()
                    .dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(1)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop_both_nodes() {
        if (openSearch != null) {
            openSearch.close();
        }
        if (lucene != null) {
            lucene.close();
        }
    }

    /** What a search answered, by slug so that database ids do not matter. */
    record Answer(List<String> slugs, long total, Map<String, Long> categories, Map<String, Long> places) {}

    private static Answer ask(ConfigurableApplicationContext node, ListingQuery query) {
        var hits = node.getBean(ListingRepository.class).search(query, NOW, 0, 100);
        return new Answer(
                hits.listings().stream().map(Listing::getSlug).toList(),
                hits.total(),
                new TreeMap<>(hits.categoryCounts()),
                new TreeMap<>(hits.placeCounts()));
    }

    static List<ListingQuery> queries() {
        var queries = new ArrayList<ListingQuery>();
        for (String text : List.of(
                "",
                "crisis cafe",
                "Café",
                "safe haven",
                "sanctuary",
                "carers",
                "caring for my mum",
                "looking after someone",
                "samaritans",
                "samaritens",
                "quilow crisiss",
                "counselling",
                "talking therapy",
                "young people",
                "teenager",
                "debt",
                "money worries",
                "advocacy",
                "autism",
                "eating disorder",
                "bereavement",
                "suicidal thoughts",
                "someone to talk to",
                "talk",
                "helpline",
                "drugs and alcohol",
                "homeless",
                "older people",
                "dementia",
                "peer support group",
                "mind",
                "women's",
                "sexual violence",
                "job",
                "nhs 111",
                "coventry",
                "Leamington",
                "text",
                "\"crisis\" + (cafe")) {
            queries.add(ListingQuery.text(text));
        }
        for (String category :
                List.of("crisis", "safe-haven", "talk-now", "carers", "young-people", "advocacy", "money")) {
            queries.add(ListingQuery.everything().withCategory(category));
        }
        for (String place : List.of("coventry", "warwickshire", "nuneaton", "rugby", "leamington-spa", "foleshill")) {
            queries.add(ListingQuery.everything().withPlace(place));
        }
        for (TimeFilter time : TimeFilter.values()) {
            queries.add(ListingQuery.everything().withTimes(Set.of(time)));
        }
        queries.add(ListingQuery.everything().withAge(15));
        queries.add(ListingQuery.everything().withAge(70));
        queries.add(ListingQuery.everything().withFreeOnly(true));
        queries.add(ListingQuery.everything().withAccess(Set.of(AccessMethod.DROP_IN)));
        queries.add(ListingQuery.everything().withAccess(Set.of(AccessMethod.SELF_REFERRAL)));
        queries.add(ListingQuery.everything().withDelivery(Set.of(DeliveryMode.PHONE, DeliveryMode.TEXT)));
        // Warwick (CV34): nearest first, then within 10 miles
        queries.add(ListingQuery.everything().withNear(Near.point(52.2819, -1.5849)));
        queries.add(ListingQuery.text("support")
                .withNear(Near.point(52.2819, -1.5849).withinMiles(10)));
        queries.add(ListingQuery.text("support")
                .withPlace("coventry")
                .withTimes(Set.of(TimeFilter.OPEN_NOW))
                .withFreeOnly(true));
        queries.add(ListingQuery.text("crisis").withCategory("crisis").withAge(30));
        return queries;
    }

    /**
     * Where the backends knowingly differ. A synonym of several words ("older people" for "dementia") is searched as a
     * phrase by OpenSearch (simple_query_string's auto_generate_synonyms_phrase_query) but as words anywhere in the
     * field by Lucene's query parser, so OpenSearch finds a subset: the same listings less those that have the words
     * apart, in the same order. Hibernate Search 7.2 exposes neither switch.
     */
    static final Set<String> PHRASE_SYNONYMS_ON_OPENSEARCH_ONLY = Set.of("dementia");

    /**
     * The one synonym group with a several-word entry that changes ranking: "talk, listen, helpline, someone to talk
     * to". A query with any of its words is expanded with the phrase, which OpenSearch searches as a phrase
     * (simple_query_string's auto_generate_synonyms_phrase_query, as for "dementia" above) and Lucene's simple query
     * parser does not, so the scores, and with them the order below the first result, differ. What the test holds for these:
     * the same listings, the same first result, the same total and the same category and place counts (run of 30
     * November 2026: "talk" ranks shout-text-85258 second on Lucene and fourth on OpenSearch). Making the order equal
     * would need either the phrase switch (Hibernate Search 7.2 exposes none for either backend) or dropping "someone
     * to talk to" from the synonyms, which would change the embedded default's ranking that ListingSearchTest pins,
     * for the sake of the optional backend: not done.
     */
    static final Set<String> SAME_LISTINGS_OTHER_ORDER = Set.of("someone to talk to", "talk", "helpline");

    @Test
    void opensearch_answers_every_query_and_filter_as_lucene_does() {
        var lists = queries();
        int withResults = 0;
        var differing = new ArrayList<String>();
        for (ListingQuery query : lists) {
            Answer expected = ask(lucene, query);
            Answer actual = ask(openSearch, query);
            if (expected.total() > 0) {
                withResults++;
            }
            if (actual.equals(expected)) {
                continue;
            }
            differing.add(query.text());
            System.out.println("Known difference: " + query + "\n  lucene:     " + expected.slugs() + "\n  opensearch: "
                    + actual.slugs());
            if (PHRASE_SYNONYMS_ON_OPENSEARCH_ONLY.contains(query.text())) {
                assertThat(actual.slugs()).as(query.toString()).isNotEmpty();
                assertThat(actual.slugs())
                        .as(query.toString())
                        .isEqualTo(expected.slugs().stream()
                                .filter(actual.slugs()::contains)
                                .toList());
            } else if (SAME_LISTINGS_OTHER_ORDER.contains(query.text())) {
                assertThat(actual.slugs()).as(query.toString()).containsExactlyInAnyOrderElementsOf(expected.slugs());
                assertThat(actual.slugs())
                        .as(query.toString())
                        .startsWith(expected.slugs().get(0));
                assertThat(actual.total()).as(query.toString()).isEqualTo(expected.total());
                assertThat(actual.categories()).as(query.toString()).isEqualTo(expected.categories());
                assertThat(actual.places()).as(query.toString()).isEqualTo(expected.places());
            } else {
                System.out.println("Differs: " + query + "\n  lucene:     " + expected + "\n  opensearch: " + actual);
            }
        }
        var known = new java.util.HashSet<>(PHRASE_SYNONYMS_ON_OPENSEARCH_ONLY);
        known.addAll(SAME_LISTINGS_OTHER_ORDER);
        assertThat(differing).as("queries answered differently").isSubsetOf(known);
        // the comparison means something only if most queries find listings
        assertThat(withResults).isGreaterThan(lists.size() * 3 / 4);
    }

    @Test
    void both_nodes_loaded_the_whole_directory() {
        long listings = lucene.getBean(ListingRepository.class).count();
        assertThat(listings).isGreaterThan(50);
        assertThat(openSearch.getBean(ListingRepository.class).count()).isEqualTo(listings);
        assertThat(ask(openSearch, ListingQuery.everything()).total())
                .isEqualTo(ask(lucene, ListingQuery.everything()).total());
    }
}
