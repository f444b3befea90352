package uk.nowrongdoor.directory.domain;

/** What a location is for a visitor: only a {@link #VENUE} is ever shown as a place to go. */
public enum LocationType {
    /** A place people can walk into or attend: shown with its address and a directions link. */
    VENUE("A place you can visit"),
    /** Where a team works, not open to the public (for example a crisis team's base): never shown as a place to go. */
    TEAM_BASE("Team base, not open to the public"),
    /** An address for letters only. */
    POSTAL("Postal address only"),
    /** The service is online only; the location names no place. */
    ONLINE("Online only");

    private final String label;

    LocationType(String label) {
        this.label = label;
    }

    /** Plain words for a visitor and for the partner screens. */
    public String label() {
        return label;
    }

    /** Whether a person can go there: only then is an address a destination, with directions and a distance. */
    public boolean isVisitable() {
        return this == VENUE;
    }
}
