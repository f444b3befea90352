package uk.nowrongdoor.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.reporting.service.FeedbackReport.NOT_RECORDED;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.ReportGapRepository;
import uk.nowrongdoor.feedback.service.HistoricImport;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/**
 * THE test of issue 12: records equivalent to seed 000's FY2023/24 figures (Tables 17 to 19, reference notes §3.2 and
 * §3.3) go in through the CSV import, and the report gives back every number the seed gives, with the seed's
 * "Information unavailable" cells as "Not recorded".
 */
@SpringBootTest
@ActiveProfiles("test")
class SeedReportTest {

    static final String CCC = "Coventry City Council";
    static final String WCC = "Warwickshire County Council";
    static final String CWPT = "Coventry and Warwickshire Partnership NHS Trust";
    static final String[] QUARTER_DAYS = {"2023-05-15", "2023-08-15", "2023-11-15", "2024-02-15"};

    @Autowired
    HistoricImport historicImport;

    @Autowired
    FeedbackReportService reports;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    ReportGapRepository gaps;

    @BeforeEach
    void signIn() {
        Staff.signIn(Staff.memberOf(AppRoles.ADMIN));
    }

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        feedback.deleteAll();
        gaps.deleteAll();
    }

    /** One CSV line per complaint: the i-th complaint gets the i-th theme and the i-th outcome ("" = none). */
    static void complaints(
            StringBuilder csv, String organisation, int quarter, List<String> themes, List<String> outcomes) {
        int n = Math.max(themes.size(), outcomes.size());
        for (int i = 0; i < n; i++) {
            csv.append(organisation)
                    .append(",complaint,")
                    .append(QUARTER_DAYS[quarter - 1])
                    .append(",\"")
                    .append(i < themes.size() ? themes.get(i) : "")
                    .append("\",\"")
                    .append(i < outcomes.size() ? outcomes.get(i) : "")
                    .append("\",,\n");
        }
    }

    static void compliments(StringBuilder csv, String organisation, int quarter, int n) {
        for (int i = 0; i < n; i++) {
            csv.append(organisation)
                    .append(",compliment,")
                    .append(QUARTER_DAYS[quarter - 1])
                    .append(",,,,\n");
        }
    }

    static List<String> times(int n, String value) {
        return java.util.Collections.nCopies(n, value);
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    static String seedYear() {
        var csv = new StringBuilder(String.join(",", HistoricImport.COLUMNS)).append('\n');
        // Table 17, Coventry City Council: themes "Information unavailable" in Q1 to Q3; Q4 lists 2 themes for 3
        String ccc = "coventry-city-council";
        complaints(csv, ccc, 1, List.of("", ""), List.of("Resolved informally", "Partially upheld"));
        complaints(csv, ccc, 2, List.of("", ""), List.of("Not upheld", "Withdrawn"));
        complaints(csv, ccc, 3, List.of(""), List.of("Ongoing"));
        complaints(
                csv,
                ccc,
                4,
                List.of("Values / behaviours", "other", ""),
                List.of("Resolved informally", "On hold", "Ongoing"));
        // Table 18, Warwickshire County Council: outcomes "Information unavailable"; compliments unknown in Q1 and Q2
        String wcc = "warwickshire-county-council";
        complaints(csv, wcc, 1, List.of("Communication"), List.of(""));
        complaints(csv, wcc, 2, List.of("Financial issues"), List.of(""));
        complaints(csv, wcc, 3, List.of("Communication"), List.of(""));
        csv.append(wcc).append(",compliments not recorded,2023-04-01,,,,\n");
        csv.append(wcc).append(",compliments not recorded,2023-09-30,,,,\n");
        // Table 19, Coventry and Warwickshire Partnership NHS Trust
        String cwpt = "coventry-and-warwickshire-partnership-nhs-trust";
        complaints(
                csv,
                cwpt,
                1,
                concat(
                        times(3, "Patient care"),
                        times(2, "Access to treatment or drugs"),
                        times(2, "Communications"),
                        List.of("Clinical treatment", "Appointments", "Prescribing")),
                concat(times(2, "Not upheld"), times(4, "Upheld"), times(4, "Withdrawn/ abandoned/ transferred")));
        complaints(
                csv,
                cwpt,
                2,
                concat(
                        times(2, "Communications"),
                        List.of(
                                "Patient care",
                                "Values and behaviours (Staff)",
                                "Trust admin/policies/procedures",
                                "Clinical treatment")),
                concat(List.of("Not upheld"), times(2, "Withdrawn/ abandoned /transferred"), times(3, "Upheld")));
        complaints(
                csv,
                cwpt,
                3,
                concat(times(2, "Communications"), List.of("Values and behaviours (Staff)", "Patient care")),
                concat(times(2, "On-going/ suspended"), times(2, "Withdrawn/ abandoned/ transferred")));
        complaints(
                csv,
                cwpt,
                4,
                concat(
                        times(7, "Patient care"),
                        List.of("Appointments", "Communications"),
                        times(2, "Values and behaviours (Staff)")),
                concat(List.of("Upheld", "Not upheld"), times(9, "On-going/ suspended")));
        compliments(csv, cwpt, 1, 25);
        compliments(csv, cwpt, 2, 31);
        compliments(csv, cwpt, 3, 21);
        compliments(csv, cwpt, 4, 9);
        return csv.toString();
    }

    /** The seed gives only the previous year's totals (45 complaints, 93 compliments), not who or when. */
    static String previousYear() {
        var csv = new StringBuilder(String.join(",", HistoricImport.COLUMNS)).append('\n');
        for (int i = 0; i < 45; i++) {
            csv.append(
                    "coventry-and-warwickshire-partnership-nhs-trust,complaint,2022-10-03,Communications,Upheld,,\n");
        }
        for (int i = 0; i < 93; i++) {
            csv.append("coventry-and-warwickshire-partnership-nhs-trust,compliment,2022-10-03,,,,\n");
        }
        return csv.toString();
    }

    static List<String> counts(List<Count> counts) {
        return counts.stream().map(Count::text).toList();
    }

    @Test
    void the_imported_seed_year_reproduces_every_number_of_tables_17_to_19() {
        var previous = historicImport.importCsv(new StringReader(previousYear()));
        assertThat(previous.problems()).isEmpty();
        var result = historicImport.importCsv(new StringReader(seedYear()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).isEqualTo(42 + 86);
        assertThat(result.notRecordedQuarters()).isEqualTo(2);

        FeedbackReport report = reports.report(2023);
        assertThat(report.yearLabel()).isEqualTo("April 2023 to March 2024");
        assertThat(report.tables()).extracting(OrganisationTable::organisation).containsExactly(CCC, CWPT, WCC);

        OrganisationTable ccc = report.tables().get(0);
        assertThat(counts(ccc.complaints())).containsExactly("2", "2", "1", "3");
        assertThat(ccc.annualComplaints().text()).isEqualTo("8");
        assertThat(ccc.themes())
                .containsExactly(
                        List.of(NOT_RECORDED),
                        List.of(NOT_RECORDED),
                        List.of(NOT_RECORDED),
                        List.of("1 - Other", "1 - Values and behaviours (staff)", "1 - not recorded"));
        assertThat(ccc.outcomes())
                .containsExactly(
                        List.of("1 - Partially upheld", "1 - Resolved informally"),
                        List.of("1 - Not upheld", "1 - Withdrawn / abandoned / transferred"),
                        List.of("1 - Ongoing / suspended"),
                        List.of("1 - On hold", "1 - Ongoing / suspended", "1 - Resolved informally"));
        assertThat(counts(ccc.compliments())).containsExactly("0", "0", "0", "0");
        assertThat(ccc.annualCompliments().text()).isEqualTo("0");

        OrganisationTable wcc = report.tables().get(2);
        assertThat(counts(wcc.complaints())).containsExactly("1", "1", "1", "0");
        assertThat(wcc.annualComplaints().text()).isEqualTo("3");
        assertThat(wcc.themes())
                .containsExactly(
                        List.of("1 - Communications"),
                        List.of("1 - Financial issues"),
                        List.of("1 - Communications"),
                        List.of("N/A"));
        // the seed's Q4 outcome cell says "Information unavailable" for a quarter with no complaints: N/A is exact
        assertThat(wcc.outcomes())
                .containsExactly(List.of(NOT_RECORDED), List.of(NOT_RECORDED), List.of(NOT_RECORDED), List.of("N/A"));
        assertThat(counts(wcc.compliments())).containsExactly(NOT_RECORDED, NOT_RECORDED, "0", "0");
        assertThat(wcc.annualCompliments().text()).isEqualTo(NOT_RECORDED);

        OrganisationTable cwpt = report.tables().get(1);
        assertThat(counts(cwpt.complaints())).containsExactly("10", "6", "4", "11");
        assertThat(cwpt.annualComplaints().text()).isEqualTo("31");
        assertThat(cwpt.themes().get(0))
                .containsExactly(
                        "3 - Patient care",
                        "2 - Access to treatment or drugs",
                        "2 - Communications",
                        "1 - Appointments",
                        "1 - Clinical treatment",
                        "1 - Prescribing");
        assertThat(cwpt.themes().get(1))
                .containsExactly(
                        "2 - Communications",
                        "1 - Clinical treatment",
                        "1 - Patient care",
                        "1 - Trust administration",
                        "1 - Values and behaviours (staff)");
        assertThat(cwpt.themes().get(2))
                .containsExactly("2 - Communications", "1 - Patient care", "1 - Values and behaviours (staff)");
        assertThat(cwpt.themes().get(3))
                .containsExactly(
                        "7 - Patient care",
                        "2 - Values and behaviours (staff)",
                        "1 - Appointments",
                        "1 - Communications");
        assertThat(cwpt.outcomes())
                .containsExactly(
                        List.of("4 - Upheld", "4 - Withdrawn / abandoned / transferred", "2 - Not upheld"),
                        List.of("3 - Upheld", "2 - Withdrawn / abandoned / transferred", "1 - Not upheld"),
                        List.of("2 - Ongoing / suspended", "2 - Withdrawn / abandoned / transferred"),
                        List.of("9 - Ongoing / suspended", "1 - Not upheld", "1 - Upheld"));
        assertThat(counts(cwpt.compliments())).containsExactly("25", "31", "21", "9");
        // the seed left this "Information unavailable" though its quarters add up to 86 (and L996 says 86)
        assertThat(cwpt.annualCompliments().text()).isEqualTo("86");

        assertThat(report.complaints().text()).isEqualTo("42");
        assertThat(report.compliments().recorded()).isEqualTo(86);
        assertThat(report.compliments().notRecorded()).containsExactly("Warwickshire County Council Q1 and Q2");
        assertThat(report.complaintsInWords()).isEqualTo("42 complaints, a slight reduction on the previous year's 45");
        assertThat(report.complimentsInWords())
                .isEqualTo("86 compliments, a slight reduction on the previous year's 93");
        assertThat(report.dataQuality())
                .isEqualTo("6 complaints have no theme and 3 no outcome recorded; 2 quarterly counts were not "
                        + "recorded (Warwickshire County Council compliments Q1, Warwickshire County Council "
                        + "compliments Q2).");
    }
}
