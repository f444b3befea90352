package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.admin.service.TreeAdminService;
import uk.nowrongdoor.admin.service.TreeAdminService.Tree;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/**
 * The place and category trees are read from memory on each search (no table read before the index is asked), and an
 * admin's edit of a tree is read by the very next search on this node, with no wait for the time to live.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchTreesInMemoryTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    TreeAdminService admin;

    @Autowired
    PlaceRepository places;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Long added;

    @BeforeEach
    void asAdmin() {
        Staff.signIn(Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
    }

    @AfterEach
    void removeAddedPlace() {
        if (added != null) {
            admin.remove(Tree.PLACES, added);
            added = null;
        }
        Staff.signOut();
    }

    private SearchPage.Understanding understood(String text) {
        return directory.search(ListingQuery.text(text), 0, 20).understanding();
    }

    @Test
    void reading_a_query_a_second_time_runs_no_sql_statement() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        directory.read(ListingQuery.text("carers in bedworth"));
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();

            var reading = directory.read(ListingQuery.text("carers in bedworth"));

            assertThat(reading.query().place()).isEqualTo("bedworth");
            assertThat(statistics.getPrepareStatementCount()).isZero();
            assertThat(statistics.getConnectCount()).isZero();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void a_place_an_admin_adds_is_read_in_the_words_of_the_next_search() {
        assertThat(understood("carers in Trelby Parva").placeName()).isNull();
        long county = places.findBySlug("warwickshire").orElseThrow().getId();

        added = admin.addChild(Tree.PLACES, county, "Trelby Parva");

        assertThat(understood("carers in Trelby Parva").placeName()).isEqualTo("Trelby Parva");
    }

    @Test
    void a_place_an_admin_renames_is_read_by_its_new_name_on_the_next_search() {
        long county = places.findBySlug("warwickshire").orElseThrow().getId();
        added = admin.addChild(Tree.PLACES, county, "Trelby Parva");
        assertThat(understood("carers in Trelby Parva").placeName()).isEqualTo("Trelby Parva");

        admin.rename(Tree.PLACES, added, "Trelby Magna");

        assertThat(understood("carers in Trelby Magna").placeName()).isEqualTo("Trelby Magna");
        // the slug (trelby-parva) still reads as the place, under its new name
        assertThat(understood("carers in Trelby Parva").placeName()).isEqualTo("Trelby Magna");
    }
}
