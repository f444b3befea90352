package uk.nowrongdoor.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EqualityMonitoringRepository extends JpaRepository<EqualityMonitoring, java.util.UUID> {

    /** Counts per answer for one question in one quarter: rows of (answer or null, count). */
    @Query("select e.gender, count(e) from EqualityMonitoring e where e.quarter = ?1 group by e.gender")
    List<Object[]> countGender(String quarter);

    @Query("select e.ageBand, count(e) from EqualityMonitoring e where e.quarter = ?1 group by e.ageBand")
    List<Object[]> countAgeBand(String quarter);

    @Query("select e.ethnicity, count(e) from EqualityMonitoring e where e.quarter = ?1 group by e.ethnicity")
    List<Object[]> countEthnicity(String quarter);

    @Query("select e.disability, count(e) from EqualityMonitoring e where e.quarter = ?1 group by e.disability")
    List<Object[]> countDisability(String quarter);

    long countByQuarter(String quarter);
}
