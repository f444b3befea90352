package uk.nowrongdoor.directory.domain;

/** How a service is delivered. */
public enum DeliveryMode {
    IN_PERSON("In person"),
    PHONE("By phone"),
    ONLINE("Online"),
    TEXT("By text message");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
