package uk.nowrongdoor.intake.service;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days for the acknowledgement clock. */
public final class WorkingDays {

    private WorkingDays() {}

    // TODO(#4): skip bank holidays in England and Wales too; today only weekends are skipped.
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
