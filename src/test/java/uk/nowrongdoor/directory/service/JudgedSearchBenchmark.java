package uk.nowrongdoor.directory.service;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.ListingQuery;

/**
 * A benchmark, not a test: run with {@code ./mvnw test -Pbenchmark}. Prints recall@5 and mean reciprocal rank over
 * the judged query set, each query that misses with what it got, and whether every risk query had the crisis options
 * first. {@link JudgedSearchTest} holds the floor in the ordinary build.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class JudgedSearchBenchmark {

    @Autowired
    DirectoryService directory;

    @Test
    void print_recall_at_5_and_mean_reciprocal_rank_over_the_judged_set() {
        var crisis =
                directory
                        .search(ListingQuery.everything().withCategory("crisis"), 0, DirectoryService.MAX_PAGE)
                        .cards()
                        .stream()
                        .map(ListingCard::slug)
                        .toList();
        System.out.print(JudgedQueries.run(directory, crisis).report());
    }
}
