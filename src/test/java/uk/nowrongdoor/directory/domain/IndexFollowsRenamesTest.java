package uk.nowrongdoor.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.testsupport.DirectoryFixtures;

/**
 * Renaming an organisation, a category or a place reaches the search index of every listing that shows the name,
 * without touching the listings themselves (made-up words, so nothing else in the seed content matches).
 */
@SpringBootTest
@ActiveProfiles("test")
class IndexFollowsRenamesTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, Application.LONDON);

    @Autowired
    ListingRepository listings;

    @Autowired
    CategoryRepository categories;

    @Autowired
    PlaceRepository places;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationContext context;

    private DirectoryFixtures fixtures;

    @BeforeEach
    void createFixtures() {
        fixtures = new DirectoryFixtures(context);
        tx.executeWithoutResult(s -> {
            categories.save(new Category("test-trelby-cat", "Yarrowfen Support", null, 99));
            places.save(new Place("test-trelby-place", "Trelby Parva", null, 99));
            places.save(new Place("test-trelby-venue", "Trelby Magna", null, 99));
        });
        fixtures.listing("test-renamed-listing", "Plain Listing", "A listing", "test-trelby-cat", "test-trelby-place");
        fixtures.update("test-renamed-listing", l -> l.addLocation()
                .setPlace(places.findBySlug("test-trelby-venue").orElseThrow()));
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
        tx.executeWithoutResult(s -> {
            categories.findBySlug("test-trelby-cat").ifPresent(categories::delete);
            places.findBySlug("test-trelby-place").ifPresent(places::delete);
            places.findBySlug("test-trelby-venue").ifPresent(places::delete);
        });
    }

    private List<String> found(String words) {
        return listings.search(ListingQuery.text(words), NOW, 0, 10).listings().stream()
                .map(Listing::getSlug)
                .toList();
    }

    @Test
    void renaming_the_organisation_reaches_the_index() {
        assertThat(found("wimbleford")).isEmpty();

        tx.executeWithoutResult(
                s -> organisations.findBySlug("test-fixture-org").orElseThrow().setName("Wimbleford Trust"));

        assertThat(found("wimbleford")).containsExactly("test-renamed-listing");
    }

    @Test
    void renaming_a_category_reaches_the_index() {
        assertThat(found("yarrowfen")).containsExactly("test-renamed-listing");

        tx.executeWithoutResult(
                s -> categories.findBySlug("test-trelby-cat").orElseThrow().setName("Gorsewick Help"));

        assertThat(found("gorsewick")).containsExactly("test-renamed-listing");
        assertThat(found("yarrowfen")).as("the old name is gone").doesNotContain("test-renamed-listing");
    }

    @Test
    void renaming_a_place_the_listing_serves_reaches_the_index() {
        tx.executeWithoutResult(
                s -> places.findBySlug("test-trelby-place").orElseThrow().setName("Quenby Parva"));

        assertThat(found("quenby")).containsExactly("test-renamed-listing");
    }

    @Test
    void renaming_the_place_of_one_of_its_locations_reaches_the_index() {
        tx.executeWithoutResult(
                s -> places.findBySlug("test-trelby-venue").orElseThrow().setName("Hollowmere"));

        assertThat(found("hollowmere")).containsExactly("test-renamed-listing");
    }
}
