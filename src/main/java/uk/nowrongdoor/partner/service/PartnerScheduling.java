package uk.nowrongdoor.partner.service;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches on the scheduled jobs (notice expiry). Tests switch it off ({@code nwd.scheduling.enabled=false}) and call
 * the jobs themselves with a fixed clock.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "nwd.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class PartnerScheduling {}
