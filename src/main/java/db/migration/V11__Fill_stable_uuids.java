package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.nowrongdoor.directory.domain.StableId;

/**
 * Issue 15: fills the uuid columns V10 added, with the ids a fresh load of the same content would give (so a content
 * reload publishes the same ids), then makes them NOT NULL and UNIQUE. Plain JDBC and portable SQL: it runs on H2
 * and PostgreSQL alike. Flyway finds it by its package and name, next to the SQL migrations.
 */
public class V11__Fill_stable_uuids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fillFromSlug(connection, "organisation", StableId.ORGANISATION);
        fillFromSlug(connection, "category", StableId.CATEGORY);
        Map<Long, UUID> listings = fillFromSlug(connection, "listing", StableId.LISTING);
        fillLocations(connection, listings);
        for (String table : new String[] {"organisation", "category", "listing", "location"}) {
            try (Statement s = connection.createStatement()) {
                s.execute("alter table " + table + " alter column uuid set not null");
                s.execute("alter table " + table + " add constraint " + table + "_uuid_unique unique (uuid)");
            }
        }
    }

    private static Map<Long, UUID> fillFromSlug(Connection connection, String table, String kind) throws SQLException {
        var ids = new HashMap<Long, UUID>();
        try (Statement s = connection.createStatement();
                var rows = s.executeQuery("select id, slug from " + table)) {
            while (rows.next()) {
                ids.put(rows.getLong(1), StableId.of(kind, rows.getString(2)));
            }
        }
        update(connection, table, ids);
        return ids;
    }

    /** A listing's locations in the order they were created: the n-th gets the listing's n-th location id. */
    private static void fillLocations(Connection connection, Map<Long, UUID> listings) throws SQLException {
        var ids = new HashMap<Long, UUID>();
        try (Statement s = connection.createStatement();
                var rows = s.executeQuery("select id, listing_id from location order by listing_id, id")) {
            long current = -1;
            int n = 0;
            while (rows.next()) {
                long listing = rows.getLong(2);
                n = listing == current ? n + 1 : 1;
                current = listing;
                ids.put(rows.getLong(1), StableId.location(listings.get(listing), n));
            }
        }
        update(connection, "location", ids);
    }

    private static void update(Connection connection, String table, Map<Long, UUID> ids) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set uuid = ? where id = ?")) {
            for (var e : ids.entrySet()) {
                update.setObject(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
