package uk.nowrongdoor.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_characters_with_no_composition_rules_are_enough() {
        assertThat(policy.problemWith("plain words!")).isEmpty();
        assertThat(policy.problemWith("eleven char"))
                .hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
    }

    @Test
    void a_password_on_the_ncsc_list_is_refused_whatever_its_case_and_spaces() {
        assertThat(policy.problemWith("Password1234"))
                .hasValueSatisfying(p -> assertThat(p).contains("attackers"));
        assertThat(policy.problemWith(" 1qaz2wsx3edc ")).isPresent();
    }

    @Test
    void the_shipped_list_holds_only_entries_the_length_rule_would_not_already_refuse() {
        assertThat(policy.commonPasswords())
                .hasSizeGreaterThan(1000)
                .allSatisfy(p -> assertThat(p.codePointCount(0, p.length())).isGreaterThanOrEqualTo(12));
    }

    @Test
    void more_than_72_bytes_is_refused_because_bcrypt_would_silently_cut_it() {
        assertThat(policy.problemWith("a".repeat(72))).isEmpty();
        assertThat(policy.problemWith("a".repeat(73))).isPresent();
        assertThat(policy.problemWith("é".repeat(37))).isPresent();
    }

    @Test
    void twelve_spaces_are_not_a_password() {
        assertThat(policy.problemWith(" ".repeat(12))).isPresent();
    }
}
