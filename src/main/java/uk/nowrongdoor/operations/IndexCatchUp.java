package uk.nowrongdoor.operations;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With outbox-polling coordination the index follows the database a moment later, so after first-start loading (the
 * other start-up runners) this waits, up to {@code nwd.startup.index-wait}, until the outbox is empty. Spring Boot
 * reports the node ready only after every runner, so a load balancer sends no searches to a node whose index would
 * still answer "nothing found". The embedded default indexes at commit and never waits.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IndexCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

    private final ObjectProvider<OutboxBacklogHealthIndicator> outbox;
    private final Duration wait;

    IndexCatchUp(
            ObjectProvider<OutboxBacklogHealthIndicator> outbox,
            @Value("${nwd.startup.index-wait:PT2M}") Duration wait) {
        this.outbox = outbox;
        this.wait = wait;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        var backlog = outbox.getIfAvailable();
        if (backlog == null) {
            return;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        long pending;
        while ((pending = backlog.pending()) > 0) {
            if (System.nanoTime() > deadline) {
                log.warn("{} index changes still waiting after {}; starting anyway", pending, wait);
                return;
            }
            Thread.sleep(200);
        }
    }
}
