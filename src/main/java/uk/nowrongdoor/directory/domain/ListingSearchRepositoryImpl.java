package uk.nowrongdoor.directory.domain;

import jakarta.persistence.EntityManager;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeWindow;

/**
 * The search queries. Each word is optional: a listing is found when it matches any of them, and the more it matches
 * the higher it ranks. Field boosts put a match in a listing's name above one in its categories, and those above one
 * in its summary or description; when the words find nothing, a fuzzy pass forgives a typo or two.
 */
@org.springframework.transaction.annotation.Transactional(readOnly = true)
class ListingSearchRepositoryImpl implements ListingSearchRepository {

    static final int MAX_FACETS = 200;
    /** The category whose listings come first when a search names a risk to someone's life. */
    static final String CRISIS = "crisis";

    static final String TALK_NOW = "talk-now";
    /** Far above any text score: the crisis options come first whatever else matched. */
    static final float CRISIS_BOOST = 1000f;
    /** About what a word in a category name scores, so a concept's category counts like one more matching word. */
    static final float CONCEPT_BOOST = 3f;
    /** Words a concept adds weigh less than the person's own. */
    static final float EXTRA_WORD_BOOST = 0.5f;

    private static final java.util.Set<String> PLAIN_FIELDS =
            java.util.Set.of("name_plain", "organisation.name_plain", "categoryText_plain", "placeText_plain");
    private static final java.util.Set<String> STEMMED_FIELDS =
            java.util.Set.of("name", "summary", "description", "categoryText", "placeText", "organisation.name");
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> PLACES = AggregationKey.of("places");

    private final EntityManager entityManager;

    ListingSearchRepositoryImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Exact words first (stemmed, with synonyms); only when they find nothing, a second pass that forgives typos.
     * Fuzzy matching on every search would add noise ("cafe" finding "care") and cost.
     */
    @Override
    public Hits search(
            ListingQuery query, SearchWords words, OpenDataFilter filter, ZonedDateTime now, int offset, int limit) {
        return search(query, words, placesAround(query.place()), filter, now, offset, limit);
    }

    @Override
    public Hits search(
            ListingQuery query,
            SearchWords words,
            List<String> placesAround,
            OpenDataFilter filter,
            ZonedDateTime now,
            int offset,
            int limit) {
        Hits hits = run(query, words, placesAround, filter, now, offset, limit, false);
        if (hits.total() == 0 && !words.words().isEmpty()) {
            hits = run(query, words, placesAround, filter, now, offset, limit, true);
        }
        return hits;
    }

    @Override
    public IndexVocabulary vocabulary(java.util.Collection<String> words) {
        var mapping = Search.mapping(entityManager.getEntityManagerFactory());
        var analyzer = mapping.indexedEntity(Listing.class)
                .indexManager()
                .unwrap(org.hibernate.search.backend.lucene.index.LuceneIndexManager.class)
                .indexingAnalyzer();
        var known = new java.util.HashSet<String>();
        var nameWords = new java.util.HashMap<String, Integer>();
        try (var reader = mapping.scope(Listing.class)
                .extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                .openIndexReader()) {
            for (String word : words) {
                if (isKnown(reader, analyzer, word)) {
                    known.add(word);
                }
            }
            if (known.size() < words.size()) {
                for (String field : PLAIN_FIELDS) {
                    eachTerm(reader, field, (term, docs) -> nameWords.merge(term, docs, Math::max));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new IndexVocabulary(known, nameWords);
    }

    private static boolean isKnown(
            org.apache.lucene.index.IndexReader reader, org.apache.lucene.analysis.Analyzer analyzer, String word)
            throws java.io.IOException {
        for (String field : PLAIN_FIELDS) {
            if (reader.docFreq(new org.apache.lucene.index.Term(field, word)) > 0) {
                return true;
            }
        }
        for (String field : STEMMED_FIELDS) {
            for (String stem : analyze(analyzer, field, word)) {
                if (reader.docFreq(new org.apache.lucene.index.Term(field, stem)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> analyze(org.apache.lucene.analysis.Analyzer analyzer, String field, String text)
            throws java.io.IOException {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static void eachTerm(
            org.apache.lucene.index.IndexReader reader, String field, java.util.function.ObjIntConsumer<String> action)
            throws java.io.IOException {
        var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        var iterator = terms.iterator();
        for (var term = iterator.next(); term != null; term = iterator.next()) {
            action.accept(term.utf8ToString(), iterator.docFreq());
        }
    }

    private Hits run(
            ListingQuery query,
            SearchWords words,
            List<String> placesAround,
            OpenDataFilter filter,
            ZonedDateTime now,
            int offset,
            int limit,
            boolean fuzzy) {
        var result = Search.session(entityManager)
                .search(Listing.class)
                .where(f -> f.bool()
                        .must(predicate(f, query, words, now, fuzzy, placesAround))
                        .filter(openData(f, filter)))
                .sort(f -> query.near() != null && !words.crisisFirst()
                        ? f.distance(
                                        "point",
                                        query.near().latitude(),
                                        query.near().longitude())
                                .mode(SortMode.MIN)
                                .missing()
                                .last()
                                .then()
                                .field("name_sort")
                        : words.isEmpty()
                                ? f.field("name_sort")
                                : f.score().then().field("name_sort"))
                .aggregation(
                        CATEGORIES,
                        f -> f.terms().field("category", String.class).maxTermCount(MAX_FACETS))
                .aggregation(PLACES, f -> f.terms().field("place", String.class).maxTermCount(MAX_FACETS))
                .fetch(offset, limit);
        return new Hits(
                result.hits(),
                result.total().hitCount(),
                new LinkedHashMap<>(result.aggregation(CATEGORIES)),
                new LinkedHashMap<>(result.aggregation(PLACES)));
    }

    /** The places that contain the given one: a service for all of them serves it too. */
    private List<String> placesAround(@org.jspecify.annotations.Nullable String slug) {
        if (slug == null) {
            return List.of();
        }
        return entityManager
                .createQuery("select p from Place p where p.slug = :slug", Place.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(p -> p.selfAndAncestors().stream()
                        .skip(1)
                        .map(Place::getSlug)
                        .toList())
                .orElse(List.of());
    }

    static SearchPredicate predicate(
            SearchPredicateFactory f,
            ListingQuery q,
            SearchWords words,
            ZonedDateTime now,
            boolean fuzzy,
            List<String> placesAround) {
        BooleanPredicateClausesStep<?> bool =
                f.bool().filter(f.match().field("status").matching(ListingStatus.ACTIVE));
        if (!words.isEmpty()) {
            bool.must(relevance(f, words, fuzzy));
        }
        if (q.category() != null) {
            bool.filter(f.match().field("category").matching(q.category()));
        }
        if (q.place() != null) {
            var inOrAround = f.bool().should(f.match().field("place").matching(q.place()));
            if (!placesAround.isEmpty()) {
                inOrAround.should(f.terms().field("servedPlace").matchingAny(placesAround));
            }
            bool.filter(inOrAround);
        }
        if (q.age() != null) {
            bool.filter(f.range().field("minAge").atMost(q.age()));
            bool.filter(f.range().field("maxAge").atLeast(q.age()));
        }
        if (!q.access().isEmpty()) {
            bool.filter(f.terms().field("access").matchingAny(List.copyOf(q.access())));
        }
        if (!q.delivery().isEmpty()) {
            bool.filter(f.terms().field("delivery").matchingAny(List.copyOf(q.delivery())));
        }
        if (q.freeOnly()) {
            bool.filter(f.match().field("free").matching(true));
        }
        for (TimeFilter time : q.times()) {
            bool.filter(openDuring(f, OpeningHours.windowsFor(time, now)));
        }
        if (q.near() != null && q.near().withinMetres() != null) {
            bool.filter(f.spatial()
                    .within()
                    .field("point")
                    .circle(q.near().latitude(), q.near().longitude(), q.near().withinMetres(), DistanceUnit.METERS));
        }
        return bool.toPredicate();
    }

    static SearchPredicate openData(SearchPredicateFactory f, OpenDataFilter o) {
        BooleanPredicateClausesStep<?> bool = f.bool().must(f.matchAll());
        if (o.organisationId() != null) {
            bool.filter(f.match().field("organisationId").matching(o.organisationId()));
        }
        if (o.modifiedAfter() != null) {
            bool.filter(f.range().field("updatedAt").greaterThan(o.modifiedAfter()));
        }
        if (o.minimumAge() != null) {
            bool.filter(f.range().field("maxAge").atLeast(o.minimumAge()));
        }
        if (o.maximumAge() != null) {
            bool.filter(f.range().field("minAge").atMost(o.maximumAge()));
        }
        if (o.day() != null) {
            int start = (o.day().getValue() - 1) * WeeklySession.MINUTES_PER_DAY;
            // a session that starts on the day; its after-midnight part belongs to the day before
            bool.filter(f.nested("openIntervals")
                    .add(f.match().field("openIntervals.spill").matching(false))
                    .add(f.range().field("openIntervals.start").lessThan(start + WeeklySession.MINUTES_PER_DAY))
                    .add(f.range().field("openIntervals.end").greaterThan(start)));
        }
        return bool.toPredicate();
    }

    /**
     * Any of the parts, each scored on its own so that a listing matching more of them ranks higher; one matching
     * none is not found (a boolean of only "should" clauses needs one of them).
     */
    static SearchPredicate relevance(SearchPredicateFactory f, SearchWords words, boolean fuzzy) {
        var any = f.bool();
        int clauses = 0;
        for (String word : words.words()) {
            String escaped = escape(word);
            if (!escaped.isEmpty()) {
                any.should(fuzzy ? fuzzyQuery(f, fuzzy(escaped)) : textQuery(f, escaped));
                clauses++;
            }
        }
        for (String word : words.extraWords()) {
            String escaped = escape(word);
            if (!escaped.isEmpty()) {
                any.should(textQuery(f, escaped).boost(EXTRA_WORD_BOOST));
                clauses++;
            }
        }
        for (var category : words.categories().entrySet()) {
            any.should(f.match()
                    .field("category")
                    .matching(category.getKey())
                    .constantScore()
                    .boost(CONCEPT_BOOST * category.getValue()));
            clauses++;
        }
        if (words.crisisFirst()) {
            any.should(
                    f.match().field("category").matching(CRISIS).constantScore().boost(CRISIS_BOOST));
            // the lines open now, day and night, before the teams that need a referral or an appointment
            any.should(f.match()
                    .field("category")
                    .matching(TALK_NOW)
                    .constantScore()
                    .boost(CRISIS_BOOST / 10));
            clauses++;
        }
        if (clauses == 0) {
            return f.matchNone().toPredicate();
        }
        return any.minimumShouldMatchNumber(1).toPredicate();
    }

    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> textQuery(
            SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("name")
                .boost(4)
                .field("organisation.name")
                .boost(2)
                .field("categoryText")
                .boost(2)
                .field("placeText")
                .boost(1.5f)
                .fields("summary", "description")
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
    }

    /** The typo-forgiving pass, on unstemmed copies of the short fields: fuzzy terms skip the stemmer. */
    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> fuzzyQuery(
            SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("name_plain")
                .boost(4)
                .field("organisation.name_plain")
                .boost(2)
                .field("categoryText_plain")
                .boost(2)
                .field("placeText_plain")
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
    }

    /** True when the listing is open at some moment of any of the windows. */
    static SearchPredicate openDuring(SearchPredicateFactory f, List<TimeWindow> windows) {
        var any = f.bool();
        for (TimeWindow w : windows) {
            any.should(f.nested("openIntervals")
                    .add(f.range().field("openIntervals.start").lessThan(w.weekTo()))
                    .add(f.range().field("openIntervals.end").greaterThan(w.weekFrom()))
                    .add(f.bool()
                            .should(sessionRunsOn(f, false, w.date()))
                            .should(sessionRunsOn(f, true, w.date().minusDays(1)))));
            any.should(f.nested("extraOpenings")
                    .add(f.match().field("extraOpenings.date").matching(w.date()))
                    .add(f.range().field("extraOpenings.start").lessThan(w.to()))
                    .add(f.range().field("extraOpenings.end").greaterThan(w.from())));
        }
        return any.toPredicate();
    }

    /** The interval's session started on {@code day}: valid then, and not closed that day. */
    private static SearchPredicate sessionRunsOn(SearchPredicateFactory f, boolean spill, java.time.LocalDate day) {
        return f.bool()
                .must(f.match().field("openIntervals.spill").matching(spill))
                .must(f.range().field("openIntervals.validFrom").atMost(day))
                .must(f.range().field("openIntervals.validTo").atLeast(day))
                .mustNot(f.match().field("openIntervals.closedDates").matching(day))
                .toPredicate();
    }

    /** Treats the person's words as words: no query syntax, so "+" or quotes typed by chance cannot break a search. */
    static String escape(String text) {
        return words(text).stream().reduce((a, b) -> a + " " + b).orElse("");
    }

    /**
     * Each word with an edit distance that suits its length, so "samaritens" still finds Samaritans. Short words
     * get none: "cafe" one letter from "care" would find carers.
     */
    static String fuzzy(String text) {
        var terms = new ArrayList<String>();
        for (String word : words(text)) {
            int distance = word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
            terms.add(distance == 0 ? word : word + "~" + distance);
        }
        return String.join(" ", terms);
    }

    private static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (String part : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}']+")) {
            String word = part.replace("'", "");
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }
}
