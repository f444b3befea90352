package uk.nowrongdoor.directory.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the change history writes them: "24 Dec 2026". */
final class HistoryDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private HistoryDates() {}

    static String format(LocalDate date) {
        return date.format(FORMAT);
    }
}
