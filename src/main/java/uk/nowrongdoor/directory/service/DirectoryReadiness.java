package uk.nowrongdoor.directory.service;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether the directory can answer a search truthfully: the node is ready (Spring Boot's readiness state), which it is
 * only after every start-up runner is done (the gazetteer and {@code content/} on first start, a rebuild of the index
 * when asked for, and with the scale profile the index catching up). Until then an empty result would mean "not loaded
 * yet", not "nothing found": the API, the home page and the basic search all ask this one bean and say so instead.
 */
@Component
public class DirectoryReadiness {

    /** What a person sees instead of "no services found" while the directory is loading. */
    public static final String LOADING_MESSAGE = "The directory is still loading. Please try again in a minute.";

    /** The {@code Retry-After} of a 503 while loading, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final ApplicationAvailability availability;

    DirectoryReadiness(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /** True once the node accepts traffic; false while starting, and again if it is taken out of service. */
    public boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
