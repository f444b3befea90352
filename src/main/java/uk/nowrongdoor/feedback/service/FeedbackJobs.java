package uk.nowrongdoor.feedback.service;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The feedback feature's scheduled work (off in tests, which call the service with a fixed clock). */
@Component
class FeedbackJobs {

    private final FeedbackRetention retention;
    private final Clock clock;

    FeedbackJobs(FeedbackRetention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${nwd.feedback.retention-cron:0 45 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "feedback-retention")
    void anonymiseExpired() {
        retention.anonymiseExpired(clock);
    }
}
