package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;

/**
 * Every page's crisis numbers come from {@link DirectoryService#crisisLines()}: the database's, or while a first start
 * has not committed them yet, the shipped ones. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CrisisLinesBeforeFirstLoadTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    CrisisLineRepository crisisLines;

    @Autowired
    ShippedCrisisLines shipped;

    @Test
    void with_no_crisis_lines_in_the_database_yet_every_page_gets_the_shipped_ones_999_111_samaritans_and_shout() {
        crisisLines.deleteAllInBatch();

        var lines = directory.crisisLines();

        assertThat(lines).isNotEmpty().isEqualTo(shipped.lines());
        assertThat(lines).extracting(CrisisLine::href).contains("tel:999", "tel:116123");
        assertThat(lines).extracting(CrisisLine::getName).contains("Samaritans", "Shout");
    }

    @Test
    void once_the_database_has_crisis_lines_an_admins_wording_is_given_and_not_the_shipped_file() {
        var samaritans = crisisLines.findBySlug("samaritans").orElseThrow();
        samaritans.revise(
                "Samaritans (changed by an admin)",
                samaritans.getAction(),
                samaritans.getDial(),
                samaritans.getKind(),
                samaritans.getSmsBody(),
                samaritans.getDescription(),
                samaritans.getVerifiedOn(),
                samaritans.getPosition());
        crisisLines.flush();

        assertThat(directory.crisisLines())
                .extracting(CrisisLine::getName)
                .contains("Samaritans (changed by an admin)");
        assertThat(directory.crisisLines()).extracting(CrisisLine::getName).doesNotContain("Samaritans");
    }
}
