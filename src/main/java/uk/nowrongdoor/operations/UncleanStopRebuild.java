package uk.nowrongdoor.operations;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default (Lucene index on disk, no outbox) writes a change to the index just after the database commit,
 * so a process killed between the two keeps the change in the database but not in the index. A marker file in the
 * data folder exists while the node runs and is removed when it stops cleanly; when a start finds it, the last run was
 * killed, and the index is rebuilt from the database before the node reports ready. With outbox-polling (the scale
 * profile) the index changes are in the database with the data, so nothing is needed there.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
@ConditionalOnExpression("'${spring.jpa.properties.hibernate.search.backend.type:lucene}' == 'lucene'"
        + " && '${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}' == 'local-filesystem'"
        + " && '${spring.jpa.properties.hibernate.search.coordination.strategy:none}' != 'outbox-polling'")
class UncleanStopRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UncleanStopRebuild.class);
    static final String MARKER = "running";

    private final EntityManagerFactory entityManagerFactory;
    private final Path marker;

    UncleanStopRebuild(EntityManagerFactory entityManagerFactory, @Value("${nwd.data-dir:./data}") Path dataDir) {
        this.entityManagerFactory = entityManagerFactory;
        this.marker = dataDir.resolve(MARKER);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException, IOException {
        if (Files.exists(marker)) {
            log.warn("The last run did not stop cleanly: rebuilding the search index from the database");
            long start = System.nanoTime();
            Search.mapping(entityManagerFactory)
                    .scope(Object.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .startAndWait();
            log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        } else {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "This node is running (removed when it stops cleanly)\n");
        }
    }

    /** Destroyed before the EntityManagerFactory it depends on, so after the web server and its requests stopped. */
    @PreDestroy
    void stoppedCleanly() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
