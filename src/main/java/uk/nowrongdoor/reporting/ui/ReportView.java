package uk.nowrongdoor.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import uk.nowrongdoor.feedback.service.HistoricImport;
import uk.nowrongdoor.reporting.service.FeedbackReport;
import uk.nowrongdoor.reporting.service.FeedbackReportService;
import uk.nowrongdoor.reporting.service.ReportCharts;
import uk.nowrongdoor.reporting.service.ReportCsv;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** The partnership's compliments and complaints report for a financial year: one click, printable, CSV. */
@Route(value = "staff/report", layout = StaffLayout.class)
@PageTitle("Feedback report | No Wrong Door")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
public class ReportView extends Main {

    private final FeedbackReportService reports;
    private final Select<Integer> year = new Select<>();
    private final Div report = new Div();
    private final Anchor download = new Anchor();

    public ReportView(FeedbackReportService reports, HistoricImport historicImport) {
        this.reports = reports;
        addClassName("nwd-page");
        addClassName("nwd-report");
        year.setLabel("Financial year (April to March)");
        year.setItems(reports.recentYears());
        year.setItemLabelGenerator(FeedbackReportService::yearLabel);
        year.addValueChangeListener(e -> show(e.getValue()));
        var print =
                new Button("Print", e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        download.setText("Download as CSV");
        download.getElement().setAttribute("download", true);
        var tools = new Div(year, print, download);
        tools.addClassName("nwd-report-tools");
        var importer = new HistoricImportForm(historicImport, () -> show(year.getValue()));
        add(new H1("Compliments and complaints report"), tools, report, importer);
        year.setValue(reports.recentYears().get(0));
    }

    private void show(Integer financialYear) {
        FeedbackReport r = reports.report(financialYear);
        report.removeAll();
        report.add(new H2(r.yearLabel()));
        report.add(new Paragraph("Partnership total: " + r.complaintsInWords() + "; " + r.complimentsInWords() + "."));
        if (!r.complaints().notRecorded().isEmpty()
                || !r.compliments().notRecorded().isEmpty()) {
            report.add(new Paragraph("Totals count only what was recorded. Complaints: "
                    + r.complaints().text() + ". Compliments: "
                    + r.compliments().text() + "."));
        }
        var quality = new Paragraph("Data quality: " + r.dataQuality());
        quality.addClassName("nwd-data-quality");
        report.add(quality);
        if (r.tables().isEmpty()) {
            report.add(new Paragraph("No feedback was received in this year."));
        }
        String perQuarter = ReportCharts.complaintsPerQuarter(r);
        if (!perQuarter.isEmpty()) {
            report.add(new H2("Complaints per quarter"), new ReportChart(perQuarter));
        }
        r.tables().forEach(t -> report.add(new ReportTable(t)));
        if (!r.themeTotals().isEmpty()) {
            report.add(
                    new H2("Themes of complaints"),
                    new ReportChart(ReportCharts.themes(r)),
                    new ThemeTable(r.yearLabel(), r.themeTotals()));
        }
        report.add(new H2("Equality monitoring (numbers under 5 shown as <5)"));
        var equality = new UnorderedList();
        r.equality()
                .forEach(line ->
                        equality.add(new ListItem(line.question() + ", " + line.answer() + ": " + line.count())));
        report.add(equality);
        String csv = ReportCsv.write(r);
        download.setHref(new StreamResource(
                "feedback-report-" + financialYear + ".csv",
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }
}
