package uk.nowrongdoor.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One field of a revision: what it said when the partner asked, and the new value. */
@Embeddable
public class FieldChange {

    /** The length of the value columns. */
    public static final int VALUE_MAX = 16000;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 30)
    private ListingField field = ListingField.SUMMARY;

    @Column(name = "previous_value", length = VALUE_MAX)
    private @Nullable String previousValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private @Nullable String newValue;

    protected FieldChange() {}

    public FieldChange(ListingField field, String previousValue, String newValue) {
        this.field = field;
        this.previousValue = previousValue;
        this.newValue = newValue;
    }

    public ListingField getField() {
        return field;
    }

    public String getPreviousValue() {
        return previousValue == null ? "" : previousValue;
    }

    public String getNewValue() {
        return newValue == null ? "" : newValue;
    }
}
