package uk.nowrongdoor.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.nowrongdoor.Application;

/**
 * A clock that tests move by hand, in UK time. Import {@link Config} in a {@code @SpringBootTest} to make it the
 * application's clock (all classes importing it share one Spring context).
 */
public final class TestClock extends Clock {

    /** A Wednesday evening in November, like the browser tests. */
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 25, 19, 30, 0, 0, Application.LONDON);

    private volatile Instant now = START.toInstant();

    public void set(Instant instant) {
        now = instant;
    }

    public void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = START.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return Application.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
