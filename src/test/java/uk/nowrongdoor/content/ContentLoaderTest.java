package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.OrganisationRepository;

/** The seed content is loaded on first start, through JPA, so every listing can be found by a search. */
@SpringBootTest
@ActiveProfiles("test")
class ContentLoaderTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, Application.LONDON);

    @Autowired
    ListingRepository listings;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    CrisisLineRepository crisisLines;

    private final ContentSet content = new ContentFiles("classpath:content/").read();

    @Test
    void every_organisation_listing_and_crisis_line_is_loaded() {
        long seeded =
                content.directory().stream().mapToLong(f -> f.listings().size()).sum();
        assertThat(organisations.count())
                .isGreaterThanOrEqualTo(content.directory().size());
        assertThat(listings.findAll().stream()
                        .filter(l -> l.getSource() != null)
                        .count())
                .isEqualTo(seeded);
        assertThat(crisisLines.count()).isEqualTo(content.crisisLines().size());
    }

    @Test
    void seeded_listings_are_marked_not_yet_checked_by_the_service() {
        assertThat(listings.findAll())
                .filteredOn(l -> l.getSource() != null)
                .allSatisfy(l -> assertThat(l.getLastChecked()).isNull());
    }

    @Test
    void every_seeded_listing_is_found_by_searching_for_its_name() {
        for (var file : content.directory()) {
            for (var entry : file.listings()) {
                var hits = listings.search(ListingQuery.text(entry.name()), NOW, 0, 10)
                        .listings();
                assertThat(hits).extracting(Listing::getSlug).as(entry.name()).contains(entry.id());
            }
        }
    }

    @Test
    void every_place_named_in_the_seed_content_finds_its_listings_by_name() {
        for (var file : content.directory()) {
            for (var entry : file.listings()) {
                var places = new java.util.ArrayList<>(entry.places());
                if (entry.locations() != null) {
                    entry.locations().stream()
                            .map(ContentSet.LocationEntry::place)
                            .filter(p -> p != null)
                            .forEach(places::add);
                }
                for (String place : places) {
                    String name = placeName(place);
                    var hits = listings.search(ListingQuery.text(name), NOW, 0, 500)
                            .listings();
                    assertThat(hits)
                            .extracting(Listing::getSlug)
                            .as("search for " + name)
                            .contains(entry.id());
                }
            }
        }
    }

    private String placeName(String slug) {
        var stack = new java.util.ArrayList<>(content.places());
        while (!stack.isEmpty()) {
            var node = stack.remove(stack.size() - 1);
            if (node.slug().equals(slug)) {
                return node.name();
            }
            stack.addAll(node.childList());
        }
        throw new IllegalArgumentException(slug);
    }
}
