package uk.nowrongdoor.intake.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway V8 (a Java migration, picked up by Spring Boot as a bean because it needs the server secret): rewrites the
 * plain SHA-256 status-code hashes stored before it as {@link StatusCodes} keeps them now. Each row is converted
 * exactly once, as Flyway runs a version once; the codes people hold keep working.
 */
@Component
class StatusCodeMigration implements JavaMigration {

    static final List<String> TABLES = List.of("self_referral", "feedback");

    private final StatusCodes statusCodes;

    StatusCodeMigration(StatusCodes statusCodes) {
        this.statusCodes = statusCodes;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "status codes as HMAC";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        convert(context.getConnection());
    }

    void convert(Connection connection) throws SQLException {
        for (String table : TABLES) {
            var hashes = new LinkedHashMap<Long, String>();
            try (var select = connection.prepareStatement("select id, status_code_hash from " + table);
                    var rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getLong(1), rows.getString(2));
                }
            }
            try (var update =
                    connection.prepareStatement("update " + table + " set status_code_hash = ? where id = ?")) {
                for (var row : hashes.entrySet()) {
                    update.setString(1, statusCodes.upgradeLegacy(row.getValue()));
                    update.setLong(2, row.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
