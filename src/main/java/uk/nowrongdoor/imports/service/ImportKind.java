package uk.nowrongdoor.imports.service;

/** The open data an admin can import; one import of each kind runs at a time. */
public enum ImportKind {
    POSTCODES("ONS Postcode Directory"),
    OPEN_REFERRAL_FEED("Open Referral UK feed");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
