package uk.nowrongdoor.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportGapRepository extends JpaRepository<ReportGap, Long> {

    List<ReportGap> findByFinancialYear(int financialYear);

    boolean existsByOrganisationIdAndFinancialYearAndQuarterAndMeasure(
            Long organisationId, int financialYear, int quarter, ReportMeasure measure);
}
