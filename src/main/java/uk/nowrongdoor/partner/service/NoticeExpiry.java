package uk.nowrongdoor.partner.service;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.partner.domain.ListingNotice;
import uk.nowrongdoor.partner.domain.ListingNoticeRepository;

/**
 * Ends notices whose time is up. The public page already hides an expired notice by its expiry time; this also takes
 * its closure or extra session off the timetable, so the listing and the index hold no stale exceptions.
 */
@Service
public class NoticeExpiry {

    private final ListingNoticeRepository notices;
    private final Clock clock;

    NoticeExpiry(ListingNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Runs every few minutes ({@code nwd.partner.notice-sweep}). Returns nothing: ShedLock refuses to lock a method
     * that returns a primitive, so the job would never run.
     */
    @Scheduled(fixedDelayString = "${nwd.partner.notice-sweep:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "notice-expiry")
    @Transactional
    public void endExpiredNotices() {
        endExpiredNotices(clock.instant());
    }

    /** Ends the notices that had expired by {@code now}. */
    @Transactional
    public int endExpiredNotices(Instant now) {
        var expired = notices.findExpiredButNotEnded(now);
        for (ListingNotice n : expired) {
            PartnerListingService.end(n, n.getExpiresAt());
        }
        return expired.size();
    }
}
