package uk.nowrongdoor.reporting.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;

/** The report as CSV, one line per table row (columns in README). "Not recorded" stays as words, never 0. */
public final class ReportCsv {

    public static final List<String> COLUMNS = List.of(
            "financial_year",
            "organisation",
            "row",
            "quarter_1",
            "quarter_2",
            "quarter_3",
            "quarter_4",
            "annual_total");

    private ReportCsv() {}

    public static String write(FeedbackReport report) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            String year = report.financialYear() + "/" + String.format("%02d", (report.financialYear() + 1) % 100);
            for (OrganisationTable t : report.tables()) {
                counts(
                        csv,
                        year,
                        t.organisation(),
                        "Number of complaints received",
                        t.complaints(),
                        t.annualComplaints());
                lists(csv, year, t.organisation(), "Themes of complaints", t.themes());
                lists(csv, year, t.organisation(), "Complaint outcomes", t.outcomes());
                counts(csv, year, t.organisation(), "Number of compliments", t.compliments(), t.annualCompliments());
            }
            csv.printRecord(
                    year,
                    "Partnership total",
                    "Complaints received",
                    "",
                    "",
                    "",
                    "",
                    report.complaints().text());
            csv.printRecord(
                    year,
                    "Partnership total",
                    "Compliments received",
                    "",
                    "",
                    "",
                    "",
                    report.compliments().text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void counts(CSVPrinter csv, String year, String org, String row, List<Count> q, Count annual)
            throws IOException {
        var record = new ArrayList<String>(List.of(year, org, row));
        q.forEach(c -> record.add(c.text()));
        record.add(annual.text());
        csv.printRecord(record);
    }

    private static void lists(CSVPrinter csv, String year, String org, String row, List<List<String>> q)
            throws IOException {
        var record = new ArrayList<String>(List.of(year, org, row));
        q.forEach(lines -> record.add(String.join("; ", lines)));
        record.add("");
        csv.printRecord(record);
    }
}
