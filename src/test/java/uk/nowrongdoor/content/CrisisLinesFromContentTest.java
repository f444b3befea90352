package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.CrisisLine;

/** The crisis numbers the app ships with, read from {@code content/crisis-lines.yaml}. */
class CrisisLinesFromContentTest {

    final CrisisLinesFromContent fromContent = new CrisisLinesFromContent("classpath:content/");

    @Test
    void the_files_lines_are_given_in_their_order_with_working_links() {
        var lines = fromContent.lines();

        assertThat(lines).extracting(CrisisLine::getName).contains("Samaritans", "Shout");
        assertThat(lines).extracting(CrisisLine::getPosition).isSorted();
        assertThat(lines).allSatisfy(line -> assertThat(line.href()).matches("(tel|sms):.+"));
    }
}
