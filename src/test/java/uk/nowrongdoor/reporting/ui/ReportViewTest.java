package uk.nowrongdoor.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.ReportGapRepository;
import uk.nowrongdoor.feedback.service.HistoricImport;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

class ReportViewTest extends AbstractUiTest {

    static final String HEADER = String.join(",", HistoricImport.COLUMNS) + "\n";

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    ReportGapRepository gaps;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        gaps.deleteAll();
    }

    private void upload(String csv) {
        UploadKt._upload(_get(Upload.class), "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_admin_imports_a_year_and_sees_it_as_a_table_with_not_recorded_apart_from_zero() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ReportView.class);
        upload(HEADER
                + "coventry-city-council,complaint,2024-05-02,Communication,Upheld,,\n"
                + "coventry-city-council,complaint,2024-08-02,,,,\n"
                + "coventry-city-council,compliments not recorded,2024-11-01,,,,\n");
        assertThat(_get(ReportView.class).getElement().getTextRecursively())
                .contains("Imported 2 records and 1 quarters marked not recorded.");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("Financial year (April to March)"));
        _setValue(year, 2024);
        var table = _get(ReportTable.class).getElement().getTextRecursively();
        assertThat(table)
                .contains(
                        "Coventry City Council",
                        "Number of Complaints received",
                        "1 - Communications",
                        "1 - Upheld",
                        "Annual total of compliments",
                        "Not recorded");
        assertThat(_get(ReportView.class).getElement().getTextRecursively())
                .contains("Data quality: 1 complaint has no theme and 1 no outcome recorded; 1 quarterly count was");
        var charts = _find(ReportChart.class);
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).svg())
                .contains("role=\"img\"", "<title id=\"chart-complaints-2024-title\">Complaints received per quarter")
                .contains("data-value=\"1\"");
        assertThat(charts.get(1).svg()).contains("Themes of complaints, April 2024 to March 2025", ">Communications<");
        assertThat(_get(ThemeTable.class).getElement().getTextRecursively())
                .as("the chart's numbers are in a table too")
                .contains("Communications1", "Not recorded1");
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_names_the_line() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ReportView.class);
        upload(HEADER + "coventry-city-council,complaint,2024-05-02,,,,\nnowhere,complaint,yesterday,,,,\n");
        assertThat(_get(ReportView.class).getElement().getTextRecursively())
                .contains("Nothing was imported", "Line 3: organisation \"nowhere\" is not a known organisation");
        assertThat(feedback.count()).isZero();
    }

    @Test
    void partners_are_refused_and_anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate(ReportView.class);
        assertThat(_find(LoginView.class)).hasSize(1);
        loginAs(Staff.memberOf(AppRoles.PARTNER, 1L));
        UI.getCurrent().navigate(ReportView.class);
        assertThatThrownBy(() -> _find(ReportView.class)).hasMessageContaining("Access is denied");
    }
}
