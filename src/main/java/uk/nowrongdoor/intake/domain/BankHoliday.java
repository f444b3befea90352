package uk.nowrongdoor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A bank holiday in England and Wales: not a working day for any statutory clock. */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday extends AbstractEntity {

    public static final int NAME_MAX = 100;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate day = LocalDate.EPOCH;

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    protected BankHoliday() {}

    public BankHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
