package uk.nowrongdoor.intake.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for statutory clocks: Saturdays, Sundays and the given bank holidays are not working days (SI 2009/309
 * counts Christmas Day, Good Friday and the bank holidays in England and Wales out). The holidays come from
 * {@link BankHolidays}, which keeps them as data.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** Weekends only: for callers that have no calendar yet. Prefer {@link BankHolidays#plusWorkingDays}. */
    public static LocalDate plus(LocalDate from, int days) {
        return plus(from, days, Set.of());
    }

    /** The date {@code days} working days after {@code from} (the day of receipt itself is day 0). */
    public static LocalDate plus(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date, holidays)) {
                added++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /**
     * Working days from {@code today} until {@code due}: 0 when due today, negative when overdue (how many working
     * days late), so a queue can show "2 working days left" or "overdue by 1 working day".
     */
    public static int between(LocalDate today, LocalDate due, Set<LocalDate> holidays) {
        if (today.equals(due)) {
            return 0;
        }
        boolean forward = due.isAfter(today);
        LocalDate date = today;
        int count = 0;
        while (!date.equals(due)) {
            date = forward ? date.plusDays(1) : date.minusDays(1);
            LocalDate counted = forward ? date : date.plusDays(1);
            if (isWorkingDay(counted, holidays)) {
                count++;
            }
        }
        return forward ? count : -count;
    }
}
