package uk.nowrongdoor.partner.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FreshnessReminderRepository extends JpaRepository<FreshnessReminder, Long> {

    @Query("select count(r) > 0 from FreshnessReminder r where r.listingId = :listingId and r.stage = :stage"
            + " and ((:checkedOn is null and r.checkedOn is null) or r.checkedOn = :checkedOn)")
    boolean alreadySent(Long listingId, FreshnessReminder.Stage stage, @Nullable LocalDate checkedOn);

    List<FreshnessReminder> findByListingId(Long listingId);
}
