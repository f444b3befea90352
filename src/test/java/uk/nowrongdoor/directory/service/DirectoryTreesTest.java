package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.testsupport.TestClock;

/** The trees in memory: read once, read again after a change or when older than the time to live. */
class DirectoryTreesTest {

    private final PlaceRepository places = mock(PlaceRepository.class);
    private final CategoryRepository categories = mock(CategoryRepository.class);
    private final TestClock clock = new TestClock();
    private final DirectoryTrees trees = new DirectoryTrees(
            places, categories, new QueryUnderstanding(), mock(PlatformTransactionManager.class), clock);

    private final Place county = new Place("warwickshire", "Warwickshire", null, 0);
    private final Place district = new Place("nuneaton-and-bedworth", "Nuneaton and Bedworth", county, 0);
    private final Place town = new Place("bedworth", "Bedworth", district, 0);

    @BeforeEach
    void trees() {
        // children listed first, as a table may return them
        when(places.findAll()).thenReturn(List.of(town, district, county));
        when(categories.findAll()).thenReturn(List.of(new Category("carers", "Carers", null, 0)));
    }

    @Test
    void a_second_query_reads_no_table() {
        var first = trees.snapshot();
        var second = trees.snapshot();

        assertThat(second).isSameAs(first);
        verify(places, times(1)).findAll();
        verify(categories, times(1)).findAll();
    }

    @Test
    void a_change_makes_the_next_query_read_the_trees_again() {
        trees.snapshot();
        when(places.findAll()).thenReturn(List.of(county, new Place("rugby", "Rugby", county, 1)));

        trees.changed();

        assertThat(trees.snapshot().places()).extracting(Place::getSlug).containsExactly("warwickshire", "rugby");
        verify(places, times(2)).findAll();
    }

    @Test
    void a_snapshot_is_read_again_once_older_than_its_time_to_live_so_another_nodes_edit_is_seen() {
        trees.snapshot();
        clock.advance(DirectoryTrees.TIME_TO_LIVE.minus(Duration.ofSeconds(1)));
        trees.snapshot();
        verify(places, times(1)).findAll();

        clock.advance(Duration.ofSeconds(1));
        trees.snapshot();

        verify(places, times(2)).findAll();
    }

    @Test
    void the_snapshot_holds_copies_in_tree_order_and_the_places_around_one_nearest_first() {
        var snapshot = trees.snapshot();

        assertThat(snapshot.places())
                .extracting(Place::getSlug)
                .containsExactly("warwickshire", "nuneaton-and-bedworth", "bedworth");
        assertThat(snapshot.places()).doesNotContain(town, district, county);
        assertThat(snapshot.placesAround("bedworth")).containsExactly("nuneaton-and-bedworth", "warwickshire");
        assertThat(snapshot.placesAround("warwickshire")).isEmpty();
        assertThat(snapshot.placesAround(null)).isEmpty();
        assertThat(snapshot.categories()).containsExactly(new SearchPage.CategoryChoice("carers", "Carers"));
    }
}
