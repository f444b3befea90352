package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCodesTest {

    private static final String SECRET = "a-configured-secret-of-at-least-32-characters";

    @TempDir
    Path dataDir;

    @Test
    void a_status_code_matches_its_hmac_ignoring_case_and_spaces() {
        var codes = new StatusCodes(SECRET, dataDir.toString());
        String code = codes.newCode();
        String stored = codes.hash(code);

        assertThat(codes.matches(" " + code.toLowerCase() + " ", stored)).isTrue();
        assertThat(codes.matches("WRONG1", stored)).isFalse();
        assertThat(stored).hasSize(64).doesNotContain(code).isNotEqualTo(References.legacyHash(code));
    }

    @Test
    void the_same_code_under_another_secret_does_not_match() {
        String stored = new StatusCodes(SECRET, dataDir.toString()).hash("ABC234");

        assertThat(new StatusCodes(SECRET + "-other", dataDir.toString()).matches("ABC234", stored))
                .isFalse();
    }

    @Test
    void without_a_configured_secret_one_is_made_once_in_the_data_folder_and_survives_a_restart() throws Exception {
        String stored = new StatusCodes("", dataDir.toString()).hash("ABC234");
        Path file = dataDir.resolve(StatusCodes.SECRET_FILE);

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new StatusCodes("", dataDir.toString()).matches("ABC234", stored))
                .as("a second start reads the same secret")
                .isTrue();
    }

    @Test
    void a_configured_secret_shorter_than_32_characters_stops_the_start() {
        assertThatThrownBy(() -> new StatusCodes("short", dataDir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void a_first_release_hash_upgraded_by_the_migration_matches_the_code_people_hold() {
        var codes = new StatusCodes(SECRET, dataDir.toString());

        String upgraded = codes.upgradeLegacy(References.legacyHash("ABC234"));

        assertThat(codes.matches("abc 234", upgraded)).isTrue();
    }
}
