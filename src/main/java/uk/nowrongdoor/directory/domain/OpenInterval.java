package uk.nowrongdoor.directory.domain;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.jspecify.annotations.Nullable;

/**
 * One day's part of a weekly session, as minutes since Monday 00:00 (end exclusive), indexed as a nested object. A
 * session that runs past midnight gives a second part with {@code spill} set: its validity and closures are reckoned
 * on the day before, when the session started.
 */
public final class OpenInterval {

    private final int start;
    private final int end;
    private final boolean spill;
    private final @Nullable LocalDate validFrom;
    private final @Nullable LocalDate validTo;
    private final List<LocalDate> closedDates;

    public OpenInterval(
            int start,
            int end,
            boolean spill,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            List<LocalDate> closedDates) {
        this.start = start;
        this.end = end;
        this.spill = spill;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.closedDates = List.copyOf(closedDates);
    }

    @GenericField
    public int getStart() {
        return start;
    }

    @GenericField
    public int getEnd() {
        return end;
    }

    @GenericField
    public boolean isSpill() {
        return spill;
    }

    @GenericField(indexNullAs = "0001-01-01")
    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    @GenericField(indexNullAs = "9999-12-31")
    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    @GenericField
    public List<LocalDate> getClosedDates() {
        return closedDates;
    }
}
