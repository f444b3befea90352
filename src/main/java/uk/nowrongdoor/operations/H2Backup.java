package uk.nowrongdoor.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded H2 database (H2's {@code BACKUP TO}, taken while the app runs) into
 * {@code nwd.backup.folder}, keeping the newest {@code nwd.backup.keep}. Does nothing on PostgreSQL or an in-memory
 * database: PostgreSQL has its own tools (README, "Backup and restore").
 */
@Component
class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String PREFIX = "nowrongdoor-";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path folder;
    private final int keep;

    H2Backup(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${nwd.backup.folder:${nwd.data-dir:./data}/backup}") Path folder,
            @Value("${nwd.backup.keep:14}") int keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = folder;
        this.keep = Math.max(1, keep);
    }

    @Scheduled(cron = "${nwd.backup.cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "h2-backup", lockAtMostFor = "PT1H")
    public void backUpOnSchedule() {
        backUp().ifPresent(file -> log.info("Database backed up to {}", file));
    }

    /** Takes a backup now; empty when the database is not an H2 file database. */
    public Optional<Path> backUp() {
        if (!isH2FileDatabase()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + ".zip")
                    .toAbsolutePath();
            jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            prune();
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isH2FileDatabase() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /** The backups in the folder, newest first. */
    List<Path> backups() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        }
    }

    private void prune() throws IOException {
        var all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }
}
