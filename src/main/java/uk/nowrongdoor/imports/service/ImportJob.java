package uk.nowrongdoor.imports.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import running in the background has done so far, as a screen shows it: rows read and applied while it
 * runs, then its outcome and the records it refused.
 */
public record ImportJob(
        ImportKind kind,
        String source,
        State state,
        int rowsRead,
        int rowsApplied,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String outcome,
        List<String> problems) {

    public enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
