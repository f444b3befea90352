package uk.nowrongdoor.operations;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on one node at a time. Every {@code @Scheduled} method also carries
 * {@code @SchedulerLock(name = "...")} (ScheduledJobsTest checks it): the first node to take the lock row in
 * {@code shedlock} runs the job, the others skip that turn. Lock times come from the database's clock. Tests switch
 * the timer off ({@code nwd.scheduling.enabled=false}) and call the jobs themselves with a fixed clock.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "nwd.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Timer {}
}
