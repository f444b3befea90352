package uk.nowrongdoor.directory.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;

/**
 * A benchmark, not a test: it is excluded from {@code ./mvnw verify} and run on its own with
 * {@code ./mvnw test -Pbenchmark}. It writes 50,000 generated listings with JDBC, runs the mass indexer, then times the
 * same searches (text plus category and place filters, top 20 ids and the total) through the Lucene index and as a
 * SQL LIKE scan, and prints p50 and p95 for each and the ratio. It asserts only that both ways find something, so it never times an empty search.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async")
@ActiveProfiles("test")
class SearchBenchmark {

    static final int LISTINGS = 50_000;
    static final int WARM_UP = 50;
    static final int RUNS = 300;
    static final ZonedDateTime NOW = LocalDateTime.parse("2026-11-25T10:00").atZone(Application.LONDON);

    private static final String[] KINDS = {
        "Carers Support Group",
        "Crisis Café",
        "Peer Support Circle",
        "Counselling Service",
        "Advocacy Service",
        "Debt and Benefits Advice",
        "Youth Drop-in",
        "Dementia Café",
        "Recovery College",
        "Housing Advice",
        "Wellbeing Walk",
        "Bereavement Support",
        "Men's Talking Group",
        "Parent and Baby Group",
        "Drug and Alcohol Service",
        "Employment Support",
        "Art for Wellbeing",
        "Listening Service",
        "Anxiety Course",
        "Sleep Clinic"
    };
    private static final String[] SENTENCES = {
        "A friendly group where you can talk to people who understand.",
        "Trained volunteers listen without judging.",
        "Help with forms, bills and money worries.",
        "For people looking after a relative or friend.",
        "Drop in for a cup of tea and a chat.",
        "Support after a hospital stay.",
        "Sessions are led by people with lived experience.",
        "We can help you find somewhere safe to stay.",
        "Free, confidential advice.",
        "Talking therapy for low mood and anxiety.",
        "Activities for older people and their carers.",
        "Young people aged 11 to 25 are welcome."
    };
    private static final String[] QUERIES = {
        "carers",
        "crisis",
        "debt advice",
        "counselling",
        "advocacy",
        "young people drop in",
        "dementia",
        "housing",
        "peer support",
        "listening",
        "money worries",
        "bereavement"
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    private EntityManager indexOnly;

    @Test
    void index_search_against_sql_like_scan() throws InterruptedException {
        long start = System.nanoTime();
        generate();
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Listing.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .startAndWait();
        System.out.printf(
                Locale.ROOT,
                "Generated and indexed %,d listings in %.1f s%n",
                LISTINGS,
                (System.nanoTime() - start) / 1e9);

        // Warwickshire, the places inside it and the whole area around it: what the index's place filter matches
        long[] placeIds = ids("select id from place where slug not in ('coventry','foleshill','tile-hill','longford',"
                + "'moat-house')");
        var random = new Random(7);
        double[] index = new double[RUNS];
        double[] page = new double[RUNS];
        double[] like = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            var query = ListingQuery.text(text).withPlace("warwickshire");
            long t0 = System.nanoTime();
            long indexTotal = indexSearch(query);
            long t1 = System.nanoTime();
            tx.execute(s -> pageSearch(query));
            long t2 = System.nanoTime();
            long likeTotal = likeSearch(text, placeIds);
            long t3 = System.nanoTime();
            if (i >= 0) {
                index[i] = (t1 - t0) / 1e6;
                page[i] = (t2 - t1) / 1e6;
                like[i] = (t3 - t2) / 1e6;
            }
            if (indexTotal == 0 || likeTotal == 0) {
                throw new AssertionError("no results for " + text + ": the benchmark would measure nothing");
            }
        }
        Arrays.sort(index);
        Arrays.sort(page);
        Arrays.sort(like);
        System.out.printf(
                Locale.ROOT,
                "%nSearch benchmark, %,d listings, %d queries (a few words + the Warwickshire place filter)%n",
                LISTINGS,
                RUNS);
        System.out.printf(
                Locale.ROOT,
                "  Lucene index search (top 20 ids + total): p50 %.2f ms, p95 %.2f ms%n",
                pct(index, 50),
                pct(index, 95));
        System.out.printf(
                Locale.ROOT,
                "  Home page search (+ facet counts + 20 entities loaded): p50 %.2f ms, p95 %.2f ms%n",
                pct(page, 50),
                pct(page, 95));
        System.out.printf(
                Locale.ROOT,
                "  SQL LIKE scan (top 20 ids + total): p50 %.2f ms, p95 %.2f ms%n",
                pct(like, 50),
                pct(like, 95));
        System.out.printf(
                Locale.ROOT,
                "  LIKE scan / index search: %.0fx at p50, %.0fx at p95%n%n",
                pct(like, 50) / pct(index, 50),
                pct(like, 95) / pct(index, 95));
    }

    /**
     * The index query alone, like for like with the LIKE scan: the top 20 ids and the total. Projecting ids reads no
     * table, so it needs no transaction; one entity manager serves every run.
     */
    private long indexSearch(ListingQuery query) {
        if (indexOnly == null) {
            indexOnly = entityManager.getEntityManagerFactory().createEntityManager();
        }
        var result = Search.session(indexOnly)
                .search(Listing.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool()
                        .must(ListingSearchRepositoryImpl.predicate(
                                f,
                                query,
                                SearchWords.of(query.text()),
                                NOW,
                                false,
                                List.of("coventry-and-warwickshire"))))
                .sort(f -> f.score().then().field("name_sort"))
                .fetch(0, 20);
        return result.total().hitCount();
    }

    /** What the home page does: also the category and place counts, and the 20 listings loaded as entities. */
    private long pageSearch(ListingQuery query) {
        return new ListingSearchRepositoryImpl(entityManager)
                .search(query, NOW, 0, 20)
                .total();
    }

    /** The same question as plain SQL: every word somewhere in name, summary or description, in the place tree. */
    private long likeSearch(String text, long[] placeIds) {
        var words = Arrays.stream(text.split(" "))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        String wordClause = words.stream()
                .map(w -> "(lower(l.name) like ? or lower(l.summary) like ? or lower(l.description) like ?)")
                .collect(Collectors.joining(" and "));
        String placeIn = Arrays.stream(placeIds).mapToObj(Long::toString).collect(Collectors.joining(","));
        String where = " from listing l where l.status = 'ACTIVE' and " + wordClause
                + " and exists (select 1 from listing_place lp where lp.listing_id = l.id and lp.place_id in ("
                + placeIn + "))";
        var args = new ArrayList<Object>();
        words.forEach(w -> {
            for (int k = 0; k < 3; k++) {
                args.add("%" + w + "%");
            }
        });
        jdbc.queryForList("select l.id" + where + " order by l.name limit 20", Long.class, args.toArray());
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    private void generate() {
        var random = new Random(42);
        jdbc.update("insert into organisation (slug, name) values ('bench-org', 'Benchmark Organisation')");
        Long orgId = jdbc.queryForObject("select id from organisation where slug = 'bench-org'", Long.class);
        long[] categories = ids("select id from category");
        long[] places = ids("select id from place");
        List<String> placeNames = jdbc.queryForList("select name from place", String.class);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < LISTINGS; i++) {
            String name = placeNames.get(random.nextInt(placeNames.size())) + " " + KINDS[random.nextInt(KINDS.length)];
            String summary = SENTENCES[random.nextInt(SENTENCES.length)];
            String description = SENTENCES[random.nextInt(SENTENCES.length)] + " "
                    + SENTENCES[random.nextInt(SENTENCES.length)] + " " + SENTENCES[random.nextInt(SENTENCES.length)];
            rows.add(new Object[] {"bench-" + i, orgId, name, summary, description});
        }
        jdbc.batchUpdate(
                "insert into listing (slug, organisation_id, name, summary, description, status, updated_at)"
                        + " values (?, ?, ?, ?, ?, 'ACTIVE', current_timestamp)",
                rows);
        List<Long> listingIds = jdbc.queryForList("select id from listing where slug like 'bench-%'", Long.class);
        var links = new ArrayList<Object[]>();
        var placeLinks = new ArrayList<Object[]>();
        var sessions = new ArrayList<Object[]>();
        for (Long id : listingIds) {
            links.add(new Object[] {id, categories[random.nextInt(categories.length)]});
            placeLinks.add(new Object[] {id, places[random.nextInt(places.length)]});
            if (random.nextBoolean()) {
                sessions.add(new Object[] {id, "MONDAY,WEDNESDAY,FRIDAY", "10:00:00", "16:00:00"});
            }
        }
        jdbc.batchUpdate("insert into listing_category (listing_id, category_id) values (?, ?)", links);
        jdbc.batchUpdate("insert into listing_place (listing_id, place_id) values (?, ?)", placeLinks);
        jdbc.batchUpdate(
                "insert into weekly_session (listing_id, position, days, opens_at, closes_at)"
                        + " values (?, 0, ?, cast(? as time), cast(? as time))",
                sessions);
    }

    private long[] ids(String sql) {
        return jdbc.queryForList(sql, Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private static double pct(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
