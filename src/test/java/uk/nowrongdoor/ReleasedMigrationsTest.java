package uk.nowrongdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Flyway migration that has reached main is never edited again: a database made before the edit would refuse to
 * start (Flyway's checksum no longer matches). Change the schema with a new migration instead. When a new migration
 * is merged to main, add its checksum here (the failure message prints it).
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** SHA-256 of each released file, line endings normalised to LF (so a Windows checkout does not fail). */
    private static final Map<String, String> RELEASED = Map.ofEntries(
            Map.entry("V1__directory.sql", "6a3212c5b7f2e15e3037f8d797fc4ce2ee6c8874a8f5a30d4f1213fcc2b53235"),
            Map.entry("V2__referral.sql", "9c3eb6b18d93f39e5d68e3150095f4279982a59ed06782399768e07f680524f2"),
            Map.entry("V3__feedback.sql", "c0e5b54d922a2ee0d6d96379e892997f425db68eca429be389ed5073e0f90aca"),
            Map.entry("V4__geo.sql", "505046f71656ff46e07df332cb070c47c2b8fcd0e818d05f963a7ad19885d72b"),
            Map.entry("V5__approximate_points.sql", "8296ebad3d4dc261f5383e8881095c911392345d750181788a63174c04be7221"),
            Map.entry("V6__accounts.sql", "a085c1c807bf3e7db2fada0dbdf6aba787cbf2b279f1cb60ca5c57606c2d0c8e"),
            Map.entry(
                    "V9__outbox_sending_and_content_tracking.sql",
                    "b3cd695b3ed73bd8cb9a67c616da268965e8e55020b70594f924daafa0cb6136"),
            Map.entry("V10__stable_uuids.sql", "ce337ec7624bec5a81ec61107c0b3dffc0596d068c8ef0f6cb1a64339b9f5a32"),
            Map.entry("V14__referral_inbox.sql", "5d15a54e38c490ae5fe00a93a133cb880a97af51988073018d8d78d4374bf5ae"),
            Map.entry("V16__feedback_triage.sql", "61240a7bdcd6353497afea8070e2e379cc6e434f6bfdc0816559c1ee4b7f82d4"),
            Map.entry(
                    "V18__partner_notices_and_revisions.sql",
                    "c9e203f6f75af0892e331f304b09fd9079f6b37e8efd214b5b331e85f60049f5"),
            Map.entry(
                    "V19__edit_suggestions_and_freshness.sql",
                    "f53580997fad062e800266925db5cd81a1de1298d009663d7dd52caf5908cff8"),
            Map.entry("V20__scale_out.sql", "5694ab42e5da4ccf446164db49cde2163b2da0ee8049c085edddc6b1451d2cf6"),
            Map.entry(
                    "V21__partner_listing_requests.sql",
                    "b7f455486278364be0d8d4c1469bb29640c0ac0cd3e99066010776caf7a67a41"),
            Map.entry(
                    "V23__feedback_retention_and_rights.sql",
                    "fa30da06d50107e8c7bb2608c9b8b68d75937907f466c7182ec0a96ff0c28c21"),
            Map.entry("V26__location_type.sql", "54ba279c5471d74cce122cd08dbf714809a5489aeda4affd8a782c3c69062ed4"),
            Map.entry(
                    "V27__outbox_sign_in_links.sql",
                    "45252f65ec161179cda81ec54fbf1398ee9967eb26a6ca94431465c1d2a3ed55"),
            Map.entry("V28__passkeys.sql", "4364ff7c8fc88e2f82545e39d4a7e068e27ff8964fd3f18d58ae481e24d2d3a7"),
            Map.entry(
                    "V32__longer_revision_values.sql",
                    "bcca52beacf91f20b59a3d77151d5438798e7104b5a377c9cd98066b4129a4a0"),
            Map.entry(
                    "V35__revisions_from_feed_import.sql",
                    "c639a2cc81f7ca626270fb22b762d4e4a3455c0689a4c20352f1fae626ded77b"),
            Map.entry("V40__listing_history.sql", "e90f7caeb8d94caeb16c0c13baae6e68fdc899cc476bce202c7365dd5af45388"),
            Map.entry(
                    "V41__history_of_locations_and_timetables.sql",
                    "68f8242224da7c548cbf8963b0545a71940d2e2918dc152ee5e3d57d3e0cda4e"),
            Map.entry(
                    "V42__history_of_last_checked.sql",
                    "20fea1a7e85eda2f9cc5818fd4f883afcd15464aa87332d1a476f2b0a1b80cd5"));

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__\\w+\\.sql");

    @Test
    void released_migrations_are_unchanged() throws IOException {
        for (var released : RELEASED.entrySet()) {
            Path file = MIGRATIONS.resolve(released.getKey());
            assertThat(file)
                    .as("released migration %s was deleted or renamed", released.getKey())
                    .exists();
            assertThat(checksum(file))
                    .as("%s was edited after it was released; put the change in a new migration", released.getKey())
                    .isEqualTo(released.getValue());
        }
    }

    @Test
    void every_migration_file_has_a_unique_version_number_and_a_flyway_name() throws IOException {
        List<String> names = migrationFiles();
        assertThat(names).allMatch(n -> VERSIONED.matcher(n).matches(), "named V<n>__<description>.sql");
        assertThat(names.stream().map(ReleasedMigrationsTest::version)).doesNotHaveDuplicates();
    }

    @Test
    void a_migration_that_is_not_yet_released_comes_after_every_released_one() throws IOException {
        int lastReleased = RELEASED.keySet().stream()
                .mapToInt(ReleasedMigrationsTest::version)
                .max()
                .orElse(0);
        for (String name : migrationFiles()) {
            if (!RELEASED.containsKey(name)) {
                assertThat(version(name))
                        .as("%s (checksum %s) slots in among released ones", name, checksum(MIGRATIONS.resolve(name)))
                        .isGreaterThan(lastReleased);
            }
        }
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int version(String name) {
        var m = VERSIONED.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    static String checksum(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
