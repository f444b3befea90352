package uk.nowrongdoor.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;

/** One organisation's table in seed 000's shape: quarters as columns, annual totals as rows of their own. */
class ReportTable extends Div {

    ReportTable(OrganisationTable t) {
        addClassName("nwd-report-table");
        var table = new NativeTable();
        var caption = new NativeTableCaption();
        caption.setText(t.organisation());
        table.add(caption);
        var head = new NativeTableRow(new NativeTableHeaderCell(t.organisation()));
        for (int q = 1; q <= 4; q++) {
            head.add(header("Quarter " + q + ":", "col"));
        }
        var body = new NativeTableBody();
        body.add(countRow("Number of Complaints received", t.complaints()));
        body.add(annualRow("Annual total complaints", t.annualComplaints()));
        body.add(listRow("Themes of Complaints", t.themes()));
        body.add(listRow("Complaint Outcomes", t.outcomes()));
        body.add(countRow("Number of Compliments", t.compliments()));
        body.add(annualRow("Annual total of compliments", t.annualCompliments()));
        table.add(new NativeTableHeader(head), body);
        add(table);
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static NativeTableRow countRow(String label, List<Count> counts) {
        var row = new NativeTableRow(header(label, "row"));
        counts.forEach(c -> row.add(new NativeTableCell(c.text())));
        return row;
    }

    private static NativeTableRow annualRow(String label, Count total) {
        var row = new NativeTableRow(header(label, "row"));
        var cell = new NativeTableCell(total.text());
        cell.setColspan(4);
        row.add(cell);
        return row;
    }

    private static NativeTableRow listRow(String label, List<List<String>> cells) {
        var row = new NativeTableRow(header(label, "row"));
        cells.forEach(lines -> row.add(new NativeTableCell(list(lines))));
        return row;
    }

    private static Component list(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
