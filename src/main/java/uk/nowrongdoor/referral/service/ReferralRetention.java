package uk.nowrongdoor.referral.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.referral.domain.ReferralEventRepository;
import uk.nowrongdoor.referral.domain.RetentionRun;
import uk.nowrongdoor.referral.domain.RetentionRunRepository;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.security.AppRoles;

/**
 * Deletes closed referrals and their history once the retention period the privacy notice states has passed since
 * they were closed ({@code nwd.referral.retention}, 2 years), and records each run (counts only).
 */
@Service
@Transactional
public class ReferralRetention {

    private static final Logger log = LoggerFactory.getLogger(ReferralRetention.class);

    private final SelfReferralRepository referrals;
    private final ReferralEventRepository events;
    private final RetentionRunRepository runs;
    private final ReferralProperties properties;

    ReferralRetention(
            SelfReferralRepository referrals,
            ReferralEventRepository events,
            RetentionRunRepository runs,
            ReferralProperties properties) {
        this.referrals = referrals;
        this.events = events;
        this.runs = runs;
        this.properties = properties;
    }

    /** Called by {@link ReferralJobs} with the application clock; tests pass a fixed one. */
    public RetentionRun deleteExpired(Clock clock) {
        Instant now = clock.instant();
        Instant cutoff = ZonedDateTime.ofInstant(now, Application.LONDON)
                .minus(properties.retention())
                .toInstant();
        List<Long> expired = referrals.closedBefore(cutoff);
        int eventsDeleted = expired.isEmpty() ? 0 : events.deleteByReferralIds(expired);
        int referralsDeleted = expired.isEmpty() ? 0 : referrals.deleteByIds(expired);
        log.info(
                "Retention: deleted {} closed referral(s) and {} history line(s) closed before {}",
                referralsDeleted,
                eventsDeleted,
                cutoff);
        return runs.save(new RetentionRun(now, cutoff, referralsDeleted, eventsDeleted));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<RetentionRun> recentRuns() {
        return runs.findTop20ByOrderByRanAtDesc();
    }
}
