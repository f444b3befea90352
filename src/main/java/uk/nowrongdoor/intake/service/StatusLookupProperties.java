package uk.nowrongdoor.intake.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nwd.status-lookup.*}: how many wrong reference-and-code pairs are allowed per client and per reference in a
 * period. A person who mistypes a few times is not stopped; a script trying codes is.
 */
@ConfigurationProperties("nwd.status-lookup")
public record StatusLookupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") int failuresPerClient,
        @DefaultValue("5") int failuresPerReference,
        @DefaultValue("PT15M") Duration period,
        @DefaultValue("10000") int maxRemembered) {}
