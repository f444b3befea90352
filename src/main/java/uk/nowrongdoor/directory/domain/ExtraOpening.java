package uk.nowrongdoor.directory.domain;

import java.time.LocalDate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/** One day's part of a dated extra session, as minutes of that day (end exclusive); indexed as a nested object. */
public final class ExtraOpening {

    private final LocalDate date;
    private final int start;
    private final int end;

    public ExtraOpening(LocalDate date, int start, int end) {
        this.date = date;
        this.start = start;
        this.end = end;
    }

    @GenericField
    public LocalDate getDate() {
        return date;
    }

    @GenericField
    public int getStart() {
        return start;
    }

    @GenericField
    public int getEnd() {
        return end;
    }
}
