package uk.nowrongdoor.referral.service;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The referral routing rules and retention ({@code nwd.referral.*}, documented in the README).
 *
 * @param unopenedWorkingDays a referral not opened where it is within this many working days goes to the coordinators
 * @param urgentUnopenedLimit the same for a referral flagged urgent
 * @param firstContactTarget how soon the person should hear from the service, from when they sent it
 * @param retention how long a closed referral and its history are kept (the privacy notice says 2 years)
 */
@ConfigurationProperties("nwd.referral")
public record ReferralProperties(
        @DefaultValue("1") int unopenedWorkingDays,
        @DefaultValue("PT4H") Duration urgentUnopenedLimit,
        @DefaultValue("PT24H") Duration firstContactTarget,
        @DefaultValue("P2Y") Period retention) {

    /** "24 hours", "2 days": the target in the words the confirmation page uses. */
    public String firstContactTargetInWords() {
        long hours = firstContactTarget.toHours();
        if (hours % 24 == 0 && hours > 24) {
            return (hours / 24) + " days";
        }
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    public String unopenedLimitInWords() {
        return unopenedWorkingDays == 1 ? "1 working day" : unopenedWorkingDays + " working days";
    }
}
