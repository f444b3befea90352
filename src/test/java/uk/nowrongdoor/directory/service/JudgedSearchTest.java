package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.ListingQuery;

/** The judged query set against the seed content: a floor that keeps the search from getting worse, and the risk rule. */
@SpringBootTest
@ActiveProfiles("test")
class JudgedSearchTest {

    /** Below the goal (0.95) so an honest change to the content does not fail the build; see README for the figures. */
    static final double RECALL_FLOOR = 0.9;

    @Autowired
    DirectoryService directory;

    @Test
    void the_judged_set_has_at_least_a_hundred_queries_each_naming_seeded_listings() {
        var judgements = JudgedQueries.read();
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(100);
        var seeded = directory
                .search(ListingQuery.everything(), 0, DirectoryService.MAX_PAGE)
                .total();
        assertThat(seeded).isPositive();
        judgements.forEach(j -> j.expected()
                .forEach(slug ->
                        assertThat(directory.findListing(slug)).as(j.query()).isPresent()));
    }

    @Test
    void recall_at_5_over_the_judged_set_stays_above_the_floor_and_no_risk_query_misses_the_crisis_options() {
        var figures = JudgedQueries.run(directory, crisisSlugs());
        System.out.print(figures.report());
        assertThat(figures.riskBroken()).as(figures.report()).isEmpty();
        assertThat(figures.recallAt5()).as(figures.report()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    private java.util.List<String> crisisSlugs() {
        return directory
                .search(ListingQuery.everything().withCategory("crisis"), 0, DirectoryService.MAX_PAGE)
                .cards()
                .stream()
                .map(ListingCard::slug)
                .toList();
    }
}
