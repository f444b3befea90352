package uk.nowrongdoor.intake.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {

    List<BankHoliday> findAllByOrderByDayAsc();

    boolean existsByDay(LocalDate day);
}
