package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nowrongdoor.intake.domain.SafeNow;

class RiskScreenTest {

    private final RiskScreen screen = new RiskScreen();

    @Test
    void clear_risk_phrases_are_found_whatever_the_case_punctuation_or_apostrophes() {
        assertThat(screen.mentionsRisk("Some days I want to die.")).isTrue();
        assertThat(screen.mentionsRisk("I CAN’T GO ON like this")).isTrue();
        assertThat(screen.mentionsRisk("thinking about self-harm again")).isTrue();
        assertThat(screen.mentionsRisk(null, "", "I took an overdose last night"))
                .isTrue();
    }

    @Test
    void ordinary_requests_for_help_are_not_flagged() {
        assertThat(screen.mentionsRisk("I feel low and anxious and would like to talk to someone"))
                .isFalse();
        // whole words only: "skill myself" is not "kill myself"
        assertThat(screen.mentionsRisk("I want to skill myself up for work")).isFalse();
    }

    @Test
    void answering_not_safe_indicates_risk_and_rather_not_say_does_not() {
        assertThat(screen.indicatesRisk(SafeNow.NO, "fine")).isTrue();
        assertThat(screen.indicatesRisk(SafeNow.RATHER_NOT_SAY, "fine")).isFalse();
        assertThat(screen.indicatesRisk(null)).isFalse();
    }

    @Test
    void the_phrase_list_is_loaded_from_its_documented_file() {
        assertThat(screen.phrases()).contains("suicidal", "kill myself").doesNotContain("sad");
    }
}
