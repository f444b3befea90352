package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.base.domain.UserFacingException;

class StatusLookupLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T19:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final StatusLookupLimiter limiter =
            new StatusLookupLimiter(new StatusLookupProperties(true, 10, 5, Duration.ofMinutes(15), 10000), clock);

    private Optional<String> wrong(String client, String reference) {
        return limiter.check(client, reference, Optional::empty);
    }

    private Optional<String> right(String client, String reference) {
        return limiter.check(client, reference, () -> Optional.of("found"));
    }

    @Test
    void five_wrong_codes_for_a_reference_from_different_addresses_pause_it_and_the_message_says_for_how_long() {
        for (int i = 0; i < 5; i++) {
            assertThat(wrong("192.0.2." + i, "NWD-R-AAAA-BBBB")).isEmpty();
        }

        assertThatThrownBy(() -> right("192.0.2.99", "nwd-r-aaaa-bbbb"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("too many tries")
                .hasMessageContaining("try again in 15 minutes");
        assertThat(right("192.0.2.99", "NWD-R-CCCC-DDDD"))
                .as("other references still work")
                .contains("found");
    }

    @Test
    void ten_wrong_pairs_from_one_address_pause_that_address_only() {
        for (int i = 0; i < 10; i++) {
            wrong("192.0.2.1", "NWD-R-AAAA-000" + i);
        }

        assertThatThrownBy(() -> right("192.0.2.1", "NWD-R-FRESH-REF")).isInstanceOf(UserFacingException.class);
        assertThat(right("192.0.2.2", "NWD-R-FRESH-REF")).contains("found");
    }

    @Test
    void right_answers_never_count_against_anyone() {
        for (int i = 0; i < 50; i++) {
            assertThat(right("192.0.2.1", "NWD-R-AAAA-BBBB")).contains("found");
        }
    }

    @Test
    void a_paused_reference_can_be_checked_again_once_the_period_has_passed() {
        for (int i = 0; i < 5; i++) {
            wrong("192.0.2." + i, "NWD-R-AAAA-BBBB");
        }
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> right("192.0.2.9", "NWD-R-AAAA-BBBB")).isInstanceOf(UserFacingException.class);

        clock.advance(Duration.ofMinutes(2));
        // tokens refill evenly: one try back every 3 minutes
        assertThat(right("192.0.2.9", "NWD-R-AAAA-BBBB")).contains("found");
    }
}
