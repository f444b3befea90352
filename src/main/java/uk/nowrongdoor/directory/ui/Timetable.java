package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.OpeningHours;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.directory.domain.WeeklySession;

/** The weekly sessions as a day-by-day list, with the dated changes coming up. */
final class Timetable {

    private Timetable() {}

    static Div of(Listing listing, LocalDate today) {
        var table = new Div();
        table.addClassName("nwd-timetable");
        var current = listing.getSessions().stream()
                .filter(s -> s.getValidTo() == null || !s.getValidTo().isBefore(today))
                .toList();
        if (current.isEmpty()) {
            table.add(new Paragraph("Opening times: ask the service."));
        } else {
            for (DayOfWeek day : DayOfWeek.values()) {
                var times = new ArrayList<String>();
                for (WeeklySession s : current) {
                    if (s.getDays().contains(day)) {
                        times.add(describe(s));
                    }
                }
                var row = new Paragraph(
                        new Span(OpeningHours.dayName(day) + ": "),
                        new Span(times.isEmpty() ? "Closed" : String.join(" and ", times)));
                row.addClassName("nwd-timetable-row");
                table.add(row);
            }
        }
        List<SessionException> upcoming = listing.getExceptions().stream()
                .filter(e -> !e.getDate().isBefore(today) && e.getDate().isBefore(today.plusDays(60)))
                .toList();
        for (SessionException e : upcoming) {
            String when = ListingView.DATE.format(e.getDate());
            String what = e.isClosed() ? "Closed" : "Extra session " + e.getOpens() + " to " + e.getCloses();
            table.add(new Paragraph(when + ": " + what + (e.getNote() == null ? "" : " (" + e.getNote() + ")")));
        }
        return table;
    }

    static String describe(WeeklySession s) {
        String range = s.isAllDay() ? "Open 24 hours" : s.getOpens() + " to " + s.getCloses();
        if (s.getValidFrom() != null || s.getValidTo() != null) {
            range += " (" + (s.getValidFrom() == null ? "" : "from " + ListingView.DATE.format(s.getValidFrom()))
                    + (s.getValidFrom() != null && s.getValidTo() != null ? " " : "")
                    + (s.getValidTo() == null ? "" : "until " + ListingView.DATE.format(s.getValidTo())) + ")";
        }
        return range;
    }
}
