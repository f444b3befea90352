package uk.nowrongdoor.intake.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nwd.rate-limit.*}: how many anonymous forms one client may send in a period. Generous enough for a person
 * who sends a referral and a complaint and then corrects something; tight enough to stop a script.
 */
@ConfigurationProperties("nwd.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int capacity,
        @DefaultValue("PT1H") Duration period,
        @DefaultValue("10000") int maxClients) {}
