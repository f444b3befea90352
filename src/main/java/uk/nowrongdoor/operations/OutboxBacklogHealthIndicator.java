package uk.nowrongdoor.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index changes written by every node and not yet applied to the search index ({@code outboxBacklog}), with
 * outbox-polling coordination only. Down when the oldest has waited longer than {@code nwd.health.outbox-max-delay}:
 * searches then miss recent edits, and the event processors (one per node) need looking at.
 */
@Component
@ConditionalOnProperty(name = OutboxBacklogHealthIndicator.COORDINATION, havingValue = "outbox-polling")
class OutboxBacklogHealthIndicator implements HealthIndicator {

    static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxDelay;

    OutboxBacklogHealthIndicator(
            JdbcTemplate jdbc, Clock clock, @Value("${nwd.health.outbox-max-delay:PT5M}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxDelay = maxDelay;
    }

    /** Events waiting to be applied to the index. */
    long pending() {
        Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Health health() {
        long pending = pending();
        Timestamp oldest = jdbc.queryForObject("select min(process_after) from hsearch_outbox_event", Timestamp.class);
        Duration waited = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
        var health = waited.compareTo(maxDelay) > 0 ? Health.down() : Health.up();
        return health.withDetail("pendingEvents", pending)
                .withDetail("oldestWaitingSeconds", Math.max(0, waited.toSeconds()))
                .build();
    }
}
