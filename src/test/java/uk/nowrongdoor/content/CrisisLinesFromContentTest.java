package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.CrisisLine;

/** The crisis numbers pages fall back on while a first start has not yet loaded them into the database. */
class CrisisLinesFromContentTest {

    final CrisisLinesFromContent fromContent = new CrisisLinesFromContent("classpath:content/");

    @Test
    void with_no_lines_in_the_database_yet_the_files_lines_are_given_in_their_order_with_working_links() {
        var lines = fromContent.orFromFiles(List.of());

        assertThat(lines).extracting(CrisisLine::getName).contains("Samaritans", "Shout");
        assertThat(lines).extracting(CrisisLine::getPosition).isSorted();
        assertThat(lines).allSatisfy(line -> assertThat(line.href()).matches("(tel|sms):.+"));
    }

    @Test
    void once_the_database_has_lines_they_are_given_and_not_the_files() {
        var saved = List.of(new CrisisLine(
                "staff-line",
                "Staff's own line",
                "Call 01632 960000",
                "01632960000",
                CrisisLine.Kind.CALL,
                null,
                "Changed by an admin",
                LocalDate.of(2026, 11, 1),
                0));

        assertThat(fromContent.orFromFiles(saved)).isSameAs(saved);
    }
}
