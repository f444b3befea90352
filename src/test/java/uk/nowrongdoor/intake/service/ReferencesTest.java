package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void references_have_the_documented_shape_and_do_not_repeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String ref = References.newReference('R');
            assertThat(ref).matches("NWD-R-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
            seen.add(ref);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void three_working_days_skip_the_weekend() {
        // Thursday 26 November 2026 -> Tuesday 1 December
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
        // Monday -> Thursday
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
