package uk.nowrongdoor.referral.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.intake.service.BankHolidays;
import uk.nowrongdoor.referral.domain.ReferralStatus;
import uk.nowrongdoor.referral.domain.SelfReferral;

/** When an unopened referral goes to the coordinators, and whether the first contact is overdue. */
@Component
class TimeLimits {

    private final ReferralProperties properties;
    private final BankHolidays bankHolidays;

    TimeLimits(ReferralProperties properties, BankHolidays bankHolidays) {
        this.properties = properties;
        this.bankHolidays = bankHolidays;
    }

    /**
     * Urgent: a fixed number of hours. Otherwise the same time of day, a number of working days later (UK time),
     * skipping weekends and the bank holidays an admin keeps (the same calendar the complaints clocks use).
     */
    Instant coordinatorsDeadline(SelfReferral referral) {
        if (referral.isUrgent()) {
            return referral.getRoutedAt().plus(properties.urgentUnopenedLimit());
        }
        ZonedDateTime arrived = referral.getRoutedAt().atZone(Application.LONDON);
        return arrived.with(bankHolidays.plusWorkingDays(arrived.toLocalDate(), properties.unopenedWorkingDays()))
                .toInstant();
    }

    /** The shortest limit there is: nothing that arrived after now minus this can be due yet. */
    Duration shortestLimit() {
        Duration oneDay = Duration.ofDays(1);
        return properties.urgentUnopenedLimit().compareTo(oneDay) < 0 ? properties.urgentUnopenedLimit() : oneDay;
    }

    Duration firstContactTarget() {
        return properties.firstContactTarget();
    }

    /** Not yet contacted (nor accepted or closed) and the person has waited longer than the target. */
    boolean firstContactOverdue(SelfReferral referral, Instant now) {
        boolean waiting = referral.getStatus() == ReferralStatus.NEW
                || referral.getStatus() == ReferralStatus.OPENED
                || referral.getStatus() == ReferralStatus.REDIRECTED;
        return waiting && Duration.between(referral.getSubmittedAt(), now).compareTo(firstContactTarget()) > 0;
    }
}
