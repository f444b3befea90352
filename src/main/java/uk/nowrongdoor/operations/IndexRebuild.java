package uk.nowrongdoor.operations;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database at start when {@code nwd.search.rebuild-on-start=true}: after a
 * database restore, or when pointing a deployment at a new OpenSearch cluster. The node is not ready until it is done.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "nwd.search.rebuild-on-start", havingValue = "true")
class IndexRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;

    IndexRebuild(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Object.class)
                .massIndexer()
                .dropAndCreateSchemaOnStart(true)
                .startAndWait();
        log.info("Search index rebuilt from the database in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
