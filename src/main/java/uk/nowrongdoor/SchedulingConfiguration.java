package uk.nowrongdoor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the referral coordinators' check, retention). Off in tests ({@code nwd.scheduling.enabled=false}),
 * which call the jobs' service methods with a fixed clock, so nothing runs behind a test's back.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "nwd.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
