package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * A quarter for which an organisation did not record a count (seed 000's "Information unavailable"). The report shows
 * it as "not recorded", never as 0. Financial year 2023 is April 2023 to March 2024; quarter 1 is April to June.
 */
@Entity
@Table(name = "report_gap")
public class ReportGap extends AbstractEntity {

    @Column(nullable = false)
    private Long organisationId = 0L;

    @Column(nullable = false)
    private int financialYear;

    @Column(nullable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportMeasure measure = ReportMeasure.COMPLAINTS;

    protected ReportGap() {}

    public ReportGap(Long organisationId, int financialYear, int quarter, ReportMeasure measure) {
        this.organisationId = organisationId;
        this.financialYear = financialYear;
        this.quarter = quarter;
        this.measure = measure;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public int getQuarter() {
        return quarter;
    }

    public ReportMeasure getMeasure() {
        return measure;
    }
}
