package uk.nowrongdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The scheduled H2 backup, taken while the database is open, restores to the same data; old backups are pruned. */
class H2BackupTest {

    @TempDir
    Path temp;

    private static JdbcTemplate database(Path folder) {
        var dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + folder.resolve("nowrongdoor") + ";WRITE_DELAY=0", "sa", "", true);
        return new JdbcTemplate(dataSource);
    }

    @Test
    void an_online_backup_restores_every_committed_row() throws Exception {
        var live = database(temp.resolve("data"));
        live.execute("create table feedback (id bigint primary key, reference varchar(20) not null)");
        for (int i = 1; i <= 250; i++) {
            live.update("insert into feedback values (?, ?)", i, "NWD-" + i);
        }
        var backup = new H2Backup(live, Clock.systemUTC(), temp.resolve("backup"), 3);

        Path file = backup.backUp().orElseThrow();
        // the database stays open and in use after the backup
        live.update("insert into feedback values (251, 'NWD-251')");

        assertThat(file).exists();
        Path restored = temp.resolve("restored");
        Restore.execute(file.toString(), restored.toString(), "nowrongdoor");
        try (var connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + restored.resolve("nowrongdoor") + ";IFEXISTS=TRUE", "sa", "");
                var rows = connection.createStatement().executeQuery("select count(*), max(reference) from feedback")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(250);
            assertThat(rows.getString(2)).isEqualTo("NWD-99");
        }
    }

    @Test
    void only_the_newest_backups_are_kept() throws Exception {
        var live = database(temp.resolve("data"));
        live.execute("create table t (id int)");
        Instant start = Instant.parse("2026-11-25T02:30:00Z");
        for (int day = 0; day < 5; day++) {
            var clock = Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC);
            new H2Backup(live, clock, temp.resolve("backup"), 3).backUp();
        }
        var kept = new H2Backup(live, Clock.systemUTC(), temp.resolve("backup"), 3).backups();
        assertThat(kept)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "nowrongdoor-20261129-023000.zip",
                        "nowrongdoor-20261128-023000.zip",
                        "nowrongdoor-20261127-023000.zip");
        assertThat(Files.list(temp.resolve("backup"))).hasSize(3);
    }

    @Test
    void nothing_is_written_for_an_in_memory_database() {
        var memory = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:backup-test", "sa", "", true));
        assertThat(new H2Backup(memory, Clock.systemUTC(), temp.resolve("backup"), 3).backUp())
                .isEmpty();
        assertThat(temp.resolve("backup")).doesNotExist();
    }
}
