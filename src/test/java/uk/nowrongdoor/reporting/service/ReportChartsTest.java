package uk.nowrongdoor.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;
import uk.nowrongdoor.reporting.service.FeedbackReport.ThemeCount;
import uk.nowrongdoor.reporting.service.FeedbackReport.Total;

class ReportChartsTest {

    static final Pattern BAR = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"[^>]*data-value=\"(\\d+)\"");

    static OrganisationTable table(String name, Integer... quarters) {
        var counts = new ArrayList<Count>();
        for (Integer q : quarters) {
            counts.add(new Count(q));
        }
        List<List<String>> none = List.of(List.of(), List.of(), List.of(), List.of());
        return new OrganisationTable(name, counts, new Count(null), none, none, counts, new Count(null));
    }

    static FeedbackReport report(List<OrganisationTable> tables, List<ThemeCount> themes) {
        return new FeedbackReport(
                2023,
                FeedbackReportService.yearLabel(2023),
                tables,
                new Total(0, List.of()),
                new Total(0, List.of()),
                "",
                "",
                "",
                List.of(),
                themes);
    }

    /** (value, drawn width) of every bar, in order. */
    static List<double[]> bars(String svg) {
        var result = new ArrayList<double[]>();
        var m = BAR.matcher(svg);
        while (m.find()) {
            result.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))});
        }
        return result;
    }

    @Test
    void complaints_per_quarter_are_bars_in_proportion_with_the_largest_filling_the_bar_area() {
        String svg = ReportCharts.complaintsPerQuarter(report(
                List.of(table("Coventry & Warwickshire Mind", 12, 6, 3, 0), table("Coventry City Council", 9, 1, 2, 4)),
                List.of()));

        List<double[]> bars = bars(svg);
        assertThat(bars).hasSize(8);
        for (double[] bar : bars) {
            assertThat(bar[1]).as("bar for " + bar[0]).isCloseTo(bar[0] * ReportCharts.BAR_AREA / 12, within());
        }
        assertThat(bars.get(0)[1]).isEqualTo(ReportCharts.BAR_AREA);
        assertThat(bars.get(1)[1]).isEqualTo(bars.get(0)[1] / 2);
        assertThat(bars.get(3)[1]).as("0 complaints: no length").isZero();
        assertThat(svg).contains(">12</text>", ">9</text>");
    }

    @Test
    void each_chart_is_an_image_with_its_title_and_description_and_names_are_escaped() {
        String svg = ReportCharts.complaintsPerQuarter(
                report(List.of(table("Coventry & Warwickshire Mind", 1, 2, 3, 4)), List.of()));

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("aria-labelledby=\"chart-complaints-2023-title chart-complaints-2023-desc\"")
                .contains("<title id=\"chart-complaints-2023-title\">Complaints received per quarter, by organisation, "
                        + "April 2023 to March 2024</title>")
                .contains("<desc id=\"chart-complaints-2023-desc\">")
                .contains("Coventry &amp; Warwickshire Mind")
                .doesNotContain("Coventry & Warwickshire");
    }

    @Test
    void a_quarter_not_recorded_has_no_bar_and_says_so_rather_than_drawing_zero() {
        String svg = ReportCharts.complaintsPerQuarter(
                report(List.of(table("Coventry City Council", 5, null, 10, 0)), List.of()));

        assertThat(bars(svg)).extracting(b -> b[0]).containsExactly(5.0, 10.0, 0.0);
        assertThat(svg).contains(">Not recorded</text>");
        assertThat(bars(svg).get(0)[1]).isEqualTo(ReportCharts.BAR_AREA / 2.0);
    }

    @Test
    void themes_are_bars_in_proportion_with_the_title_naming_the_year() {
        String svg = ReportCharts.themes(report(
                List.of(),
                List.of(
                        new ThemeCount("Communications", 8),
                        new ThemeCount("Patient care", 2),
                        new ThemeCount("Not recorded", 1))));

        assertThat(svg)
                .contains(
                        "<title id=\"chart-themes-2023-title\">Themes of complaints, April 2023 to March 2024"
                                + "</title>",
                        ">Communications</text>",
                        ">Patient care</text>",
                        ">8</text>");
        assertThat(bars(svg)).extracting(b -> b[1]).containsExactly(240.0, 60.0, 30.0);
    }

    @Test
    void nothing_to_draw_gives_no_chart() {
        assertThat(ReportCharts.themes(report(List.of(), List.of()))).isEmpty();
        assertThat(ReportCharts.complaintsPerQuarter(report(List.of(), List.of())))
                .isEmpty();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.06);
    }
}
