package uk.nowrongdoor.reporting.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn on the server as SVG ({@code ReportCharts}), put in as markup: the SVG is built only from numbers and
 * escaped names, never from what anyone typed into feedback.
 */
class ReportChart extends Div {

    ReportChart(String svg) {
        addClassName("nwd-report-chart");
        getElement().setProperty("innerHTML", svg);
    }

    String svg() {
        return getElement().getProperty("innerHTML", "");
    }
}
