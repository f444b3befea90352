package uk.nowrongdoor.directory.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nowrongdoor.Application;

/**
 * A benchmark, not a test: it is excluded from {@code ./mvnw verify} and run on its own with
 * {@code ./mvnw test -Pbenchmark}. It runs on the production configuration (no test profile: H2 in a file with
 * {@code WRITE_DELAY=0}, the Lucene index on disk, both in a fresh folder under {@code target/}), writes 50,000
 * generated listings with JDBC, runs the mass indexer, then times queries typed the way people type them, read by the
 * same query understanding as the home page (places, filler, concepts), three ways: the index query alone (top 20 ids
 * and the total), the whole home-page search, and a SQL LIKE scan for the same meaningful words and place. It prints
 * p50 and p95 for each and the ratio, and asserts only that every way finds something, so it never times an empty
 * search.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"nwd.dev-accounts=false", "vaadin.launch-browser=false"})
class SearchBenchmark {

    /**
     * 50,000, or {@code -Dnwd.bench.listings=2000} for a quick check that it runs. {@code -Dnwd.bench.reuse=<folder>}
     * runs the queries again on the data a previous run left in that folder under {@code target/}, without generating
     * or indexing: for trying a change to the query, not to the index.
     */
    static final int LISTINGS = Integer.getInteger("nwd.bench.listings", 50_000);

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
    /** As people type them: a place in the words, filler, feelings that concepts turn into services. */
    private static final String[] QUERIES = {
        "carers",
        "crisis cafe",
        "debt advice",
        "counselling in rugby",
        "advocacy",
        "young people drop in nuneaton",
        "my dad has dementia what can i do",
        "housing help leamington",
        "peer support",
        "someone to listen",
        "money worries",
        "bereavement support warwick",
        "help for carers in bedworth",
        "low mood"
    };

    @DynamicPropertySource
    static void freshDataFolder(DynamicPropertyRegistry registry) throws java.io.IOException {
        java.nio.file.Path target = java.nio.file.Path.of("target");
        java.nio.file.Files.createDirectories(target);
        String reuse = System.getProperty("nwd.bench.reuse");
        String dir = reuse != null
                ? reuse
                : java.nio.file.Files.createTempDirectory(target, "benchmark-data-")
                        .toAbsolutePath()
                        .toString();
        registry.add("nwd.data-dir", () -> dir);
    }

    @Autowired
    uk.nowrongdoor.directory.service.DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private EntityManager indexOnly;

    @Test
    void index_search_against_sql_like_scan() throws InterruptedException {
        long start = System.nanoTime();
        if (System.getProperty("nwd.bench.reuse") == null) {
            generate();
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(Listing.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
        }
        System.out.printf(
                Locale.ROOT,
                "%s %,d listings in %.1f s%n",
                System.getProperty("nwd.bench.reuse") == null ? "Generated and indexed" : "Reused",
                LISTINGS,
                (System.nanoTime() - start) / 1e9);

        var tree = new PlaceTree(jdbc);
        var random = new Random(7);
        double[] index = new double[RUNS];
        double[] page = new double[RUNS];
        double[] like = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            var typed = ListingQuery.text(text);
            long t0 = System.nanoTime();
            var reading = directory.read(typed);
            long indexTotal = indexSearch(reading.query(), reading.words(), tree);
            long t1 = System.nanoTime();
            long pageTotal = directory.search(typed, 0, 20).total();
            long t2 = System.nanoTime();
            long likeTotal = likeSearch(
                    reading.words().words(), tree.inOrAround(reading.query().place()));
            long t3 = System.nanoTime();
            if (i >= 0) {
                index[i] = (t1 - t0) / 1e6;
                page[i] = (t2 - t1) / 1e6;
                like[i] = (t3 - t2) / 1e6;
            }
            if (indexTotal == 0 || pageTotal == 0 || likeTotal == 0) {
                throw new AssertionError("no results for " + text + " (index " + indexTotal + ", page " + pageTotal
                        + ", LIKE " + likeTotal + "): the benchmark would measure nothing");
            }
        }
        Arrays.sort(index);
        Arrays.sort(page);
        Arrays.sort(like);
        System.out.printf(
                Locale.ROOT,
                "%nSearch benchmark, production configuration, %,d listings, %d queries as people type them%n",
                LISTINGS,
                RUNS);
        System.out.printf(
                Locale.ROOT,
                "  Query understanding + Lucene index search (top 20 ids + total): p50 %.2f ms, p95 %.2f ms%n",
                pct(index, 50),
                pct(index, 95));
        System.out.printf(
                Locale.ROOT,
                "  Home page search (DirectoryService.search: + facets, 20 listings, cards): p50 %.2f ms, p95 %.2f ms%n",
                pct(page, 50),
                pct(page, 95));
        System.out.printf(
                Locale.ROOT,
                "  SQL LIKE scan, any meaningful word (top 20 ids + total): p50 %.2f ms, p95 %.2f ms%n",
                pct(like, 50),
                pct(like, 95));
        System.out.printf(
                Locale.ROOT,
                "  LIKE scan / index search: %.0fx at p50, %.0fx at p95%n%n",
                pct(like, 50) / pct(index, 50),
                pct(like, 95) / pct(index, 95));
        perQuery(tree);
    }

    /** Each query on its own: its p50 and p95 over 40 runs, its total and the Lucene clauses it became. */
    private void perQuery(PlaceTree tree) {
        System.out.printf(Locale.ROOT, "Per query (40 runs each):%n");
        for (String text : QUERIES) {
            var reading = directory.read(ListingQuery.text(text));
            double[] times = new double[40];
            long total = 0;
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                total = indexSearch(reading.query(), reading.words(), tree);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "  %-36s p50 %6.2f ms  p95 %6.2f ms  %,7d found  words %s extra %s categories %s%n",
                    text,
                    pct(times, 50),
                    pct(times, 95),
                    total,
                    reading.words().words(),
                    reading.words().extraWords(),
                    reading.words().categories().keySet());
            if (Boolean.getBoolean("nwd.bench.show-queries")) {
                System.out.println("    "
                        + indexQuery(reading.query(), reading.words(), tree).queryString());
            }
        }
    }

    /**
     * The index query alone, like for like with the LIKE scan: the top 20 ids and the total, for the words as read.
     * Projecting ids reads no table, so it needs no transaction; one entity manager serves every run.
     */
    private long indexSearch(ListingQuery query, SearchWords words, PlaceTree tree) {
        return indexQuery(query, words, tree).fetch(0, 20).total().hitCount();
    }

    private org.hibernate.search.engine.search.query.SearchQuery<Long> indexQuery(
            ListingQuery query, SearchWords words, PlaceTree tree) {
        if (indexOnly == null) {
            indexOnly = entityManager.getEntityManagerFactory().createEntityManager();
        }
        return Search.session(indexOnly)
                .search(Listing.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool()
                        .must(ListingSearchRepositoryImpl.predicate(
                                f, query, words, NOW, false, tree.aroundSlugs(query.place()))))
                .sort(f -> f.score().then().field("name_sort"))
                .toQuery();
    }

    /**
     * The same question as plain SQL: any of the meaningful words somewhere in name, summary or description, in the
     * place or a place around it.
     */
    private long likeSearch(List<String> words, Set<Long> placeIds) {
        String wordClause = words.stream()
                .map(w -> "(lower(l.name) like ? or lower(l.summary) like ? or lower(l.description) like ?)")
                .collect(Collectors.joining(" or "));
        String where = " from listing l where l.status = 'ACTIVE'"
                + (words.isEmpty() ? "" : " and (" + wordClause + ")")
                + (placeIds.isEmpty()
                        ? ""
                        : " and exists (select 1 from listing_place lp where lp.listing_id = l.id and lp.place_id in ("
                                + placeIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "))");
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

    /** The place tree, read once: a place's own subtree and the places around it (whose services cover it too). */
    private static final class PlaceTree {
        private final Map<Long, Long> parent = new HashMap<>();
        private final Map<String, Long> idBySlug = new HashMap<>();
        private final Map<Long, String> slugById = new HashMap<>();

        PlaceTree(JdbcTemplate jdbc) {
            jdbc.query("select id, parent_id, slug from place", rs -> {
                long id = rs.getLong(1);
                long p = rs.getLong(2);
                if (!rs.wasNull()) {
                    parent.put(id, p);
                }
                idBySlug.put(rs.getString(3), id);
                slugById.put(id, rs.getString(3));
            });
        }

        List<String> aroundSlugs(String slug) {
            var result = new ArrayList<String>();
            Long id = slug == null ? null : idBySlug.get(slug);
            for (Long p = id == null ? null : parent.get(id); p != null; p = parent.get(p)) {
                result.add(slugById.get(p));
            }
            return result;
        }

        Set<Long> inOrAround(String slug) {
            var result = new HashSet<Long>();
            Long id = slug == null ? null : idBySlug.get(slug);
            if (id == null) {
                return result;
            }
            aroundSlugs(slug).forEach(s -> result.add(idBySlug.get(s)));
            for (Long candidate : slugById.keySet()) {
                for (Long p = candidate; p != null; p = parent.get(p)) {
                    if (p.equals(id)) {
                        result.add(candidate);
                        break;
                    }
                }
            }
            return result;
        }
    }

    private void generate() {
        var random = new Random(42);
        jdbc.update(
                "insert into organisation (slug, name, uuid) values ('bench-org', 'Benchmark Organisation', random_uuid())");
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
                "insert into listing (slug, organisation_id, name, summary, description, status, updated_at, uuid)"
                        + " values (?, ?, ?, ?, ?, 'ACTIVE', current_timestamp, random_uuid())",
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
