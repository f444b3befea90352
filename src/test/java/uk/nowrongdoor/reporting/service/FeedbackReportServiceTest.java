package uk.nowrongdoor.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.ReportGapRepository;
import uk.nowrongdoor.feedback.service.HistoricImport;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
class FeedbackReportServiceTest {

    static final String HEADER = String.join(",", HistoricImport.COLUMNS) + "\n";
    static final String CWPT = "coventry-and-warwickshire-partnership-nhs-trust";

    @Autowired
    HistoricImport historicImport;

    @Autowired
    FeedbackReportService reports;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    ReportGapRepository gaps;

    @Autowired
    OrganisationRepository organisations;

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        feedback.deleteAll();
        gaps.deleteAll();
    }

    private HistoricImport.Result load(String rows) {
        Staff.signIn(Staff.memberOf(AppRoles.ADMIN));
        return historicImport.importCsv(new StringReader(HEADER + rows));
    }

    @Test
    void an_import_with_one_bad_row_saves_nothing_and_names_every_bad_line() {
        var result = load(CWPT + ",complaint,2023-05-01,Communications,Upheld,yes,no\n"
                + "nowhere-trust,complaint,2023-05-01,,,,\n"
                + CWPT + ",complaint,2023-13-01,Feelings,Sort of,maybe,\n"
                + CWPT + ",compliment,2023-05-02,,,,\n");
        assertThat(result.saved()).isFalse();
        assertThat(result.problems())
                .containsExactly(
                        "Line 3: organisation \"nowhere-trust\" is not a known organisation.",
                        "Line 4: date_received must be a date like 2023-04-17; unknown theme \"Feelings\"; "
                                + "unknown outcome \"Sort of\"; well_founded must be yes, no or empty.");
        assertThat(feedback.count()).isZero();
        assertThat(gaps.count()).isZero();
    }

    @Test
    void a_file_without_the_required_columns_is_refused_at_line_1() {
        Staff.signIn(Staff.memberOf(AppRoles.ADMIN));
        var result = historicImport.importCsv(new StringReader("org,when\nx,y\n"));
        assertThat(result.problems()).singleElement().asString().startsWith("Line 1: missing column(s) organisation");
    }

    @Test
    void a_complaint_with_several_themes_counts_once_in_the_totals_and_once_under_each_theme() {
        assertThat(load(CWPT + ",complaint,2024-05-01,Communications; Patient care; Appointments,Upheld,,\n" + CWPT
                                + ",complaint,2024-05-02,Communications,Not upheld,,\n")
                        .problems())
                .isEmpty();
        OrganisationTable table = reports.report(2024).tables().get(0);
        assertThat(table.complaints().get(0).value()).isEqualTo(2);
        assertThat(table.annualComplaints().value()).isEqualTo(2);
        assertThat(table.themes().get(0)).containsExactly("2 - Communications", "1 - Appointments", "1 - Patient care");
        assertThat(reports.report(2024).complaints().recorded()).isEqualTo(2);
    }

    @Test
    void quarters_change_on_the_first_of_april_july_october_and_january() {
        String rows = "";
        for (String day : List.of(
                "2024-03-31",
                "2024-04-01",
                "2024-06-30",
                "2024-07-01",
                "2024-09-30",
                "2024-10-01",
                "2024-12-31",
                "2025-01-01",
                "2025-03-31",
                "2025-04-01")) {
            rows += CWPT + ",compliment," + day + ",,,,\n";
        }
        assertThat(load(rows).problems()).isEmpty();
        OrganisationTable table = reports.report(2024).tables().get(0);
        assertThat(table.compliments()).extracting(Count::value).containsExactly(2, 2, 2, 2);
        assertThat(table.annualCompliments().value()).isEqualTo(8);
        assertThat(reports.report(2023).tables().get(0).compliments().get(3).value())
                .isEqualTo(1);
        assertThat(reports.report(2025).tables().get(0).compliments().get(0).value())
                .isEqualTo(1);
    }

    @Test
    void a_quarter_not_recorded_is_never_counted_as_zero_and_the_annual_total_says_so() {
        assertThat(load(CWPT + ",complaints not recorded,2024-08-01,,,,\n" + CWPT + ",complaint,2024-05-01,,,,\n")
                        .problems())
                .isEmpty();
        var report = reports.report(2024);
        OrganisationTable table = report.tables().get(0);
        assertThat(table.complaints()).extracting(Count::text).containsExactly("1", "Not recorded", "0", "0");
        assertThat(table.annualComplaints().text()).isEqualTo("Not recorded");
        assertThat(table.themes().get(1)).containsExactly("Not recorded");
        assertThat(report.complaints().text())
                .isEqualTo("1 recorded (not recorded: Coventry and Warwickshire Partnership NHS Trust Q2)");
        assertThat(report.dataQuality()).startsWith("1 complaint has no theme and 1 no outcome recorded; 1 quarterly");
    }

    @Test
    void small_numbers_are_shown_as_less_than_five() {
        assertThat(FeedbackReportService.suppressed(0)).isEqualTo("0");
        assertThat(FeedbackReportService.suppressed(1)).isEqualTo("<5");
        assertThat(FeedbackReportService.suppressed(4)).isEqualTo("<5");
        assertThat(FeedbackReportService.suppressed(5)).isEqualTo("5");
    }

    @Test
    void the_change_against_the_previous_year_is_said_in_words() {
        assertThat(FeedbackReportService.inWords(42, "complaints", false, 45))
                .isEqualTo("42 complaints, a slight reduction on the previous year's 45");
        assertThat(FeedbackReportService.inWords(60, "complaints", false, 45))
                .isEqualTo("60 complaints, a large increase on the previous year's 45");
        assertThat(FeedbackReportService.inWords(50, "complaints", false, 45))
                .isEqualTo("50 complaints, an increase on the previous year's 45");
        assertThat(FeedbackReportService.inWords(45, "complaints", false, 45))
                .isEqualTo("45 complaints, the same as the previous year");
        assertThat(FeedbackReportService.inWords(3, "compliments", true, 0))
                .isEqualTo("3 compliments; there are no figures for the previous year");
    }

    @Test
    void a_lead_of_one_organisation_sees_only_its_table_and_cannot_import_for_another() {
        assertThat(load(CWPT + ",complaint,2024-05-01,,,,\ncoventry-city-council,complaint,2024-05-01,,,,\n")
                        .problems())
                .isEmpty();
        long ccc =
                organisations.findBySlug("coventry-city-council").orElseThrow().getId();
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, ccc));
        assertThat(reports.report(2024).tables())
                .extracting(OrganisationTable::organisation)
                .containsExactly("Coventry City Council");
        assertThatThrownBy(
                        () -> historicImport.importCsv(new StringReader(HEADER + CWPT + ",complaint,2024-05-01,,,,\n")))
                .isInstanceOf(AccessDeniedException.class);
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, ccc));
        assertThatThrownBy(() -> reports.report(2024)).isInstanceOf(AccessDeniedException.class);
    }
}
