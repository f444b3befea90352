package uk.nowrongdoor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void control_characters_and_direction_overrides_are_removed_but_lines_kept() {
        assertThat(PlainText.clean("a\u0000b\u0007c\r\nd\u202Ee\u2066f\uFEFF")).isEqualTo("abc\ndef");
    }

    @Test
    void markup_and_emoji_are_kept_as_typed() {
        assertThat(PlainText.clean(" <script>alert(1)</script> 👩🏽‍⚕️ "))
                .isEqualTo("<script>alert(1)</script> 👩🏽‍⚕️");
    }

    @Test
    void blank_becomes_null() {
        assertThat(PlainText.clean(" \u0000 \t ")).isNull();
        assertThat(PlainText.isBlank(null)).isTrue();
    }

    @Test
    void lone_surrogates_are_dropped() {
        assertThat(PlainText.clean("a\uD800b")).isEqualTo("ab");
    }
}
