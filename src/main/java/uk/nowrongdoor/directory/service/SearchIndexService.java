package uk.nowrongdoor.directory.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.security.AppRoles;

/**
 * Keeps the listing index in step with the database. On start, an index that is missing, holds a different number of
 * listings than the database, or was built from another mapping (field names, types, analyzers: a fingerprint kept in
 * {@code search_index_state}) is rebuilt with the mass indexer, with progress in the log. Admins can rebuild it too.
 */
@Service
public class SearchIndexService {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);
    static final String INDEX = "listing";
    public static final String ALREADY_RUNNING = "The search index is already being rebuilt. Please wait for it.";

    /** Why a start rebuilt the index, or that it did not need to. */
    public enum Health {
        OK,
        MAPPING_CHANGED,
        MISSING_OR_INCOMPLETE
    }

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    SearchIndexService(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // runs after the ApplicationRunners, so after content/ has been loaded
    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        Health health = check();
        if (health == Health.OK) {
            log.info("Search index is up to date ({} listings)", indexedCount());
            return;
        }
        log.info("Search index {}: rebuilding it", health == Health.MAPPING_CHANGED ? "mapping changed" : "missing");
        rebuild(health == Health.MAPPING_CHANGED).join();
    }

    /** What a start would do now. */
    public Health check() {
        List<String> stored =
                jdbc.queryForList("select fingerprint from search_index_state where name = ?", String.class, INDEX);
        if (stored.isEmpty() || !stored.get(0).equals(fingerprint())) {
            return Health.MAPPING_CHANGED;
        }
        Long rows = jdbc.queryForObject("select count(*) from listing", Long.class);
        return rows != null && rows == indexedCount() ? Health.OK : Health.MISSING_OR_INCOMPLETE;
    }

    /**
     * Rebuilds the listing index in the background; searches may miss listings until it completes. Returns when it
     * has started; the future completes with the number of listings indexed.
     */
    @RolesAllowed(AppRoles.ADMIN)
    public CompletableFuture<Long> rebuildSearchIndex() {
        return rebuild(false);
    }

    public boolean isRebuilding() {
        return running.get();
    }

    public long indexedCount() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(Listing.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private CompletableFuture<Long> rebuild(boolean dropSchema) {
        if (!running.compareAndSet(false, true)) {
            throw new UserFacingException(ALREADY_RUNNING);
        }
        long started = System.nanoTime();
        String fingerprint = fingerprint();
        try {
            // the default monitor logs progress (HSEARCH000030 ... documents indexed) at INFO
            var indexer = Search.mapping(entityManagerFactory)
                    .scope(Listing.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .dropAndCreateSchemaOnStart(dropSchema);
            return indexer.start()
                    .toCompletableFuture()
                    .thenApply(done -> {
                        long count = recordRebuilt(fingerprint);
                        log.info(
                                "Search index rebuilt: {} listings in {} s",
                                count,
                                Duration.ofNanos(System.nanoTime() - started).toSeconds());
                        return count;
                    })
                    .whenComplete((count, failure) -> {
                        running.set(false);
                        if (failure != null) {
                            log.error(
                                    "Rebuilding the search index failed: {}",
                                    failure.getClass().getName());
                        }
                    });
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private long recordRebuilt(String fingerprint) {
        var now = Timestamp.from(clock.instant());
        if (jdbc.update(
                        "update search_index_state set fingerprint = ?, rebuilt_at = ? where name = ?",
                        fingerprint,
                        now,
                        INDEX)
                == 0) {
            jdbc.update(
                    "insert into search_index_state (name, fingerprint, rebuilt_at) values (?, ?, ?)",
                    INDEX,
                    fingerprint,
                    now);
        }
        Long rows = jdbc.queryForObject("select count(*) from listing", Long.class);
        return rows == null ? 0 : rows;
    }

    /**
     * Every index field with its type, analyzer and normalizer, plus the analysis definitions' compiled class: what a
     * rebuild is needed for when it changes. Synonyms apply at query time only and need no rebuild.
     */
    String fingerprint() {
        IndexDescriptor index = Search.mapping(entityManagerFactory)
                .indexedEntity(Listing.class)
                .indexManager()
                .descriptor();
        var lines = new TreeSet<String>();
        for (IndexFieldDescriptor field : index.staticFields()) {
            if (field.isValueField()) {
                var type = field.toValueField().type();
                lines.add(field.absolutePath() + " " + type.dslArgumentClass().getName() + " "
                        + type.analyzerName().orElse("-") + " "
                        + type.searchAnalyzerName().orElse("-") + " "
                        + type.normalizerName().orElse("-") + " " + type.searchable() + type.sortable()
                        + type.projectable() + type.aggregable() + " " + field.multiValued());
            } else {
                lines.add(field.absolutePath() + " object " + field.multiValued());
            }
        }
        try (InputStream analysis = ListingAnalysisConfigurer.class.getResourceAsStream(
                ListingAnalysisConfigurer.class.getSimpleName() + ".class")) {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            if (analysis != null) {
                digest.update(analysis.readAllBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
