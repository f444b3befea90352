package uk.nowrongdoor.directory.domain;

/** Where a location's point came from, best first. Only exact points are published or used for directions. */
public enum PointSource {
    /** Given by hand, by the service or an imported feed. */
    GIVEN(true),
    /** The location's full postcode, from an imported ONS Postcode Directory. */
    POSTCODE(true),
    /** The centroid of the location's postcode district: within a mile or two. */
    DISTRICT(false),
    /** The centre of the town the location is in, when no postcode is known. */
    PLACE(false);

    private final boolean exact;

    PointSource(boolean exact) {
        this.exact = exact;
    }

    public boolean exact() {
        return exact;
    }
}
