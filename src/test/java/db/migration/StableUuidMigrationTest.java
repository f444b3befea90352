package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.StableId;

/**
 * V10 and V11 on a database that already holds records: each gets the id a fresh load of the same content gives, and
 * a record without one can no longer be stored. Plain Flyway on H2, no Spring.
 */
class StableUuidMigrationTest {

    private static final String URL = "jdbc:h2:mem:uuid-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void existing_rows_get_the_ids_their_slugs_give_and_new_rows_must_have_one() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().execute("insert into organisation (slug, name) values ('org-a', 'Org A')");
            c.createStatement().execute("insert into category (slug, name) values ('crisis', 'Crisis')");
            c.createStatement()
                    .execute("insert into listing (slug, organisation_id, name, summary, status, updated_at)"
                            + " select 'listing-a', id, 'A', 'A', 'ACTIVE', current_timestamp from organisation");
            for (String name : new String[] {"first", "second"}) {
                c.createStatement()
                        .execute("insert into location (listing_id, name) select id, '" + name + "' from listing");
            }
        }
        Flyway.configure().dataSource(URL, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            UUID listing = StableId.of(StableId.LISTING, "listing-a");
            assertThat(uuid(c, "select uuid from listing")).isEqualTo(listing);
            assertThat(uuid(c, "select uuid from organisation")).isEqualTo(StableId.of(StableId.ORGANISATION, "org-a"));
            assertThat(uuid(c, "select uuid from category")).isEqualTo(StableId.of(StableId.CATEGORY, "crisis"));
            assertThat(uuid(c, "select uuid from location where name = 'first'"))
                    .isEqualTo(StableId.location(listing, 1));
            assertThat(uuid(c, "select uuid from location where name = 'second'"))
                    .isEqualTo(StableId.location(listing, 2));
            assertThatThrownBy(() -> c.createStatement()
                            .execute("insert into organisation (slug, name) values ('org-b', 'Org B')"))
                    .as("uuid is NOT NULL now")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> c.createStatement()
                            .execute("insert into organisation (slug, name, uuid) select 'org-c', 'C', uuid from"
                                    + " organisation"))
                    .as("uuid is UNIQUE")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static UUID uuid(Connection c, String sql) throws SQLException {
        try (var rows = c.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getObject(1, UUID.class);
        }
    }
}
