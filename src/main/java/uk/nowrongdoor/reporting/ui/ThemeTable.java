package uk.nowrongdoor.reporting.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import uk.nowrongdoor.reporting.service.FeedbackReport.ThemeCount;

/** The themes chart's numbers as a table: the accessible source of the chart. */
class ThemeTable extends NativeTable {

    ThemeTable(String yearLabel, List<ThemeCount> themes) {
        addClassName("nwd-report-table");
        var caption = new NativeTableCaption();
        caption.setText("Themes of complaints, " + yearLabel);
        var head = new NativeTableRow(header("Theme", "col"), header("Complaints", "col"));
        var body = new NativeTableBody();
        themes.forEach(t -> body.add(
                new NativeTableRow(header(t.theme(), "row"), new NativeTableCell(Integer.toString(t.count())))));
        add(caption, new NativeTableHeader(head), body);
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
