package uk.nowrongdoor.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.SelfReferralReception;
import uk.nowrongdoor.referral.domain.ReferralEvent;
import uk.nowrongdoor.referral.domain.ReferralEventKind;
import uk.nowrongdoor.referral.domain.ReferralEventRepository;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;

/**
 * No wrong door: the form is offered only where someone receives it, and nothing sits unseen. A referral nobody has
 * opened where it is within its time limit goes to the coordinators' queue, and they are told.
 */
@Service
@Transactional
public class ReferralRouting implements SelfReferralReception {

    private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);

    private final SelfReferralRepository referrals;
    private final ReferralEventRepository events;
    private final StaffDirectory staff;
    private final ReferralNotifier notifier;
    private final TimeLimits limits;

    ReferralRouting(
            SelfReferralRepository referrals,
            ReferralEventRepository events,
            StaffDirectory staff,
            ReferralNotifier notifier,
            TimeLimits limits) {
        this.referrals = referrals;
        this.events = events;
        this.staff = staff;
        this.notifier = notifier;
        this.limits = limits;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean offersSelfReferral(Listing listing) {
        return listing.isAcceptsSelfReferral()
                && staff.hasReceivingTeam(listing.getOrganisation().getId());
    }

    /**
     * Sends every referral past its time limit with no owner to the coordinators, and tells them once (no personal
     * details). Called by {@link ReferralJobs} with the application clock; tests pass a fixed one.
     *
     * @return how many referrals were sent
     */
    public int sendOverdueToCoordinators(Clock clock) {
        Instant now = clock.instant();
        var sent = new ArrayList<Long>();
        for (SelfReferral referral : referrals.unopenedArrivedBy(now.minus(limits.shortestLimit()))) {
            if (!limits.coordinatorsDeadline(referral).isAfter(now)) {
                referral.sendToCoordinators(now);
                events.save(new ReferralEvent(
                                referral, now, ReferralEventKind.SENT_TO_COORDINATORS, null, ReferralEvent.AUTOMATIC)
                        .note(referral.isUrgent() ? "Urgent and not opened in time" : "Not opened in time"));
                sent.add(referral.getId());
            }
        }
        notifier.waitingForCoordinators(List.copyOf(sent));
        if (!sent.isEmpty()) {
            log.info("Sent {} unopened referral(s) to the coordinators' queue", sent.size());
        }
        return sent.size();
    }
}
