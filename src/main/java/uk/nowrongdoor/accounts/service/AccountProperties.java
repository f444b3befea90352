package uk.nowrongdoor.accounts.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff account settings ({@code nwd.accounts.*}), all documented in README.
 *
 * @param invitationValidity how long an invitation link works
 * @param resetValidity how long a "forgotten password" link works
 * @param firstAdminValidity how long the first admin's link (printed to the log) works
 * @param slowDownAfter failed sign-ins in a row after which each further try waits (30 s, then doubling)
 * @param lockAfter failed sign-ins in a row after which the account is locked
 * @param lockFor how long a locked account stays locked (an admin can unlock it sooner)
 * @param resetsPerHour "forgotten password" emails sent to one address in an hour at most; further requests get the
 *     same answer on screen but send nothing, so the form cannot be used to flood someone's inbox
 */
@ConfigurationProperties("nwd.accounts")
public record AccountProperties(
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue("PT1H") Duration resetValidity,
        @DefaultValue("P1D") Duration firstAdminValidity,
        @DefaultValue("3") int slowDownAfter,
        @DefaultValue("5") int lockAfter,
        @DefaultValue("PT15M") Duration lockFor,
        @DefaultValue("3") int resetsPerHour) {}
