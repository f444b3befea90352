package uk.nowrongdoor.reporting.service;

import java.util.List;
import java.util.Locale;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;
import uk.nowrongdoor.reporting.service.FeedbackReport.ThemeCount;

/**
 * The report's two charts as plain SVG, drawn on the server (no chart library, no script): complaints per quarter per
 * organisation, and the year's themes. Horizontal bars, so long names fit a phone; each bar's length is its count over
 * the largest count, and its number is written next to it. Each chart is an image with a title and a description
 * (role="img"); the same numbers are in the tables, which stay the accessible source.
 */
public final class ReportCharts {

    static final int WIDTH = 360;
    /** Where the quarter bars start, after "Quarter 1". */
    static final int LABEL = 70;
    /** The longest bar; the rest of the width holds the number. */
    static final int BAR_AREA = 240;

    static final int BAR = 18;
    static final int GAP = 6;
    static final String FILL = "#1f5fa8";

    private ReportCharts() {}

    /** Complaints received per quarter, one group of four bars per organisation; empty when there is nothing to draw. */
    public static String complaintsPerQuarter(FeedbackReport report) {
        List<OrganisationTable> tables = report.tables();
        int max = tables.stream()
                .flatMap(t -> t.complaints().stream())
                .map(Count::value)
                .filter(v -> v != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        if (tables.isEmpty()) {
            return "";
        }
        var body = new StringBuilder();
        int y = 0;
        for (OrganisationTable t : tables) {
            y += 16;
            body.append(text(0, y, t.organisation(), "bold"));
            y += GAP;
            for (int q = 0; q < 4; q++) {
                Integer value = t.complaints().get(q).value();
                body.append(text(0, y + BAR - 5, "Quarter " + (q + 1), null));
                if (value == null) {
                    body.append(text(LABEL, y + BAR - 5, FeedbackReport.NOT_RECORDED, "italic"));
                } else {
                    body.append(bar(LABEL, y, value, max));
                }
                y += BAR + GAP;
            }
            y += GAP;
        }
        String title = "Complaints received per quarter, by organisation, " + report.yearLabel();
        String desc = "Bar lengths are to scale; each bar is labelled with its number. A quarter whose count was "
                + "not recorded has no bar. The same numbers are in the tables.";
        return svg("chart-complaints-" + report.financialYear(), title, desc, y, body);
    }

    /** The year's complaints by theme (a complaint counts under each of its themes); empty when there are none. */
    public static String themes(FeedbackReport report) {
        List<ThemeCount> themes = report.themeTotals();
        if (themes.isEmpty()) {
            return "";
        }
        int max = themes.stream().mapToInt(ThemeCount::count).max().orElse(0);
        var body = new StringBuilder();
        int y = 0;
        for (ThemeCount t : themes) {
            // the theme's name on its own line, so a long one never runs into the bar
            y += 14;
            body.append(text(0, y, t.theme(), null));
            y += 4;
            body.append(bar(0, y, t.count(), max));
            y += BAR + GAP;
        }
        String title = "Themes of complaints, " + report.yearLabel();
        String desc = "Bar lengths are to scale; each bar is labelled with its number. A complaint with several "
                + "themes counts under each. The same numbers are in the table of themes.";
        return svg("chart-themes-" + report.financialYear(), title, desc, y, body);
    }

    /** The bar's length in the SVG's units: proportional to the value, the largest value filling the bar area. */
    static double length(int value, int max) {
        return max == 0 ? 0 : Math.round(value * (double) BAR_AREA / max * 10) / 10.0;
    }

    private static String bar(int x, int y, int value, int max) {
        double length = length(value, max);
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + number(length) + "\" height=\"" + BAR
                + "\" fill=\"" + FILL + "\" data-value=\"" + value + "\"/>"
                + text(x + length + 4, y + BAR - 5, Integer.toString(value), null);
    }

    private static String svg(String id, String title, String desc, int height, CharSequence body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id + "-title " + id
                + "-desc\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" font-size=\"12\""
                + " font-family=\"sans-serif\" class=\"nwd-chart\"><title id=\"" + id + "-title\">" + escape(title)
                + "</title><desc id=\"" + id + "-desc\">" + escape(desc) + "</desc>" + body + "</svg>";
    }

    private static String text(double x, int y, String words, String style) {
        String extra = style == null ? "" : style.equals("bold") ? " font-weight=\"bold\"" : " font-style=\"italic\"";
        return "<text x=\"" + number(x) + "\" y=\"" + y + "\" fill=\"#1a1a1a\"" + extra + ">" + escape(shorten(words))
                + "</text>";
    }

    /** Organisation and theme names are long: the chart shows the start, the table the whole name. */
    private static String shorten(String words) {
        return words.length() > 52 ? words.substring(0, 51) + "…" : words;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
