package uk.nowrongdoor.operations;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.Listing;

/**
 * Health of the search index ({@code searchIndex}): up when it answers a count, on either backend (the local Lucene
 * index or the OpenSearch cluster). Part of readiness: a node whose search cannot answer takes no traffic.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexHealthIndicator(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public Health health() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            long indexed = Search.session(entityManager)
                    .search(Listing.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return Health.up().withDetail("indexedListings", indexed).build();
        } catch (RuntimeException e) {
            // the type only: a message from the search cluster may quote a query
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
