package uk.nowrongdoor.intake.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.intake.domain.BankHoliday;
import uk.nowrongdoor.intake.domain.BankHolidayRepository;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.security.AppRoles;

/** The bank holidays in England and Wales, as data an admin extends, and working-day arithmetic over them. */
@Service
@Transactional(readOnly = true)
public class BankHolidays {

    private final BankHolidayRepository holidays;

    BankHolidays(BankHolidayRepository holidays) {
        this.holidays = holidays;
    }

    public Set<LocalDate> days() {
        return holidays.findAll().stream().map(BankHoliday::getDay).collect(Collectors.toUnmodifiableSet());
    }

    public List<BankHoliday> list() {
        return holidays.findAllByOrderByDayAsc();
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return WorkingDays.plus(from, days, days());
    }

    public int workingDaysBetween(LocalDate today, LocalDate due) {
        return WorkingDays.between(today, due, days());
    }

    /** Adds a bank holiday (a new year's dates, or a one-off such as a coronation). */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public BankHoliday add(LocalDate day, String name) {
        String clean = PlainText.cleanOrEmpty(name);
        if (clean.isBlank() || clean.length() > BankHoliday.NAME_MAX) {
            throw new UserFacingException(
                    "Give the bank holiday a name of up to " + BankHoliday.NAME_MAX + " characters.");
        }
        if (holidays.existsByDay(day)) {
            throw new UserFacingException(day + " is already a bank holiday.");
        }
        return holidays.save(new BankHoliday(day, clean));
    }
}
