package uk.nowrongdoor.reporting.service;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The partnership's compliments and complaints report for one financial year, in the shape of seed 000's Tables 17 to
 * 19: one table per organisation, quarters as columns, themes and outcomes as "count - label" lists.
 */
public record FeedbackReport(
        int financialYear,
        String yearLabel,
        List<OrganisationTable> tables,
        Total complaints,
        Total compliments,
        String complaintsInWords,
        String complimentsInWords,
        String dataQuality,
        List<EqualityLine> equality,
        List<ThemeCount> themeTotals) {

    /** What a count cell shows for a quarter whose count was not recorded: never 0. */
    public static final String NOT_RECORDED = "Not recorded";

    /** A count that may be unknown ({@code value} null). */
    public record Count(@Nullable Integer value) {
        public String text() {
            return value == null ? NOT_RECORDED : Integer.toString(value);
        }
    }

    /** One organisation's table: four quarters each, and the two annual totals. */
    public record OrganisationTable(
            String organisation,
            List<Count> complaints,
            Count annualComplaints,
            List<List<String>> themes,
            List<List<String>> outcomes,
            List<Count> compliments,
            Count annualCompliments) {}

    /** A partnership total of what was recorded, and which quarters were not recorded (so it is not read as whole). */
    public record Total(int recorded, List<String> notRecorded) {
        public String text() {
            return notRecorded.isEmpty()
                    ? Integer.toString(recorded)
                    : recorded + " recorded (not recorded: " + String.join(", ", notRecorded) + ")";
        }
    }

    /**
     * How many of the year's complaints (in this report's organisations) name a theme, most frequent first; a
     * complaint with several themes counts under each. The last line, if any, counts complaints with no theme recorded.
     */
    public record ThemeCount(String theme, int count) {}

    /** An equality monitoring count, with numbers under 5 shown as "<5". */
    public record EqualityLine(String question, String answer, String count) {}
}
