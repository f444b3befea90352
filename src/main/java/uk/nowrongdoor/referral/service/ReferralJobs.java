package uk.nowrongdoor.referral.service;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The referral feature's scheduled work (scheduling is switched on by {@code SchedulingConfiguration} unless
 * {@code nwd.scheduling.enabled=false}, as in tests, which call the services with a fixed clock instead).
 */
@Component
class ReferralJobs {

    private final ReferralRouting routing;
    private final ReferralRetention retention;
    private final Clock clock;

    ReferralJobs(ReferralRouting routing, ReferralRetention retention, Clock clock) {
        this.routing = routing;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nwd.referral.check-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "referral-routing")
    void sendOverdueToCoordinators() {
        routing.sendOverdueToCoordinators(clock);
    }

    @Scheduled(cron = "${nwd.referral.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "referral-retention")
    void deleteExpired() {
        retention.deleteExpired(clock);
    }
}
