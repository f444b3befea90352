package uk.nowrongdoor.partner.service;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When partners are reminded to confirm a listing ({@code nwd.freshness.*}): after {@code firstReminder} and again
 * after {@code secondReminder} without a confirmation. The public page's "over 6 months ago" is
 * {@code Listing.STALE_AFTER_MONTHS}.
 */
@ConfigurationProperties("nwd.freshness")
public record FreshnessProperties(
        @DefaultValue("P5M") Period firstReminder, @DefaultValue("P6M") Period secondReminder) {}
