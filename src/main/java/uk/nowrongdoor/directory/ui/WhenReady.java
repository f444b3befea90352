package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.service.DirectoryReadiness;

/**
 * For a page opened while the directory is still loading: the browser checks back every {@link #POLL_MS} and, once
 * the directory is ready, the page runs its search by itself, so nobody is left reading "still loading" after it has
 * loaded. Polling stops as soon as it is ready or the page is left.
 */
final class WhenReady {

    /** The same ten seconds as the basic pages' {@code Retry-After}. */
    static final int POLL_MS = 10_000;

    private final DirectoryReadiness readiness;
    private @Nullable UI ui;
    private @Nullable Registration poll;

    WhenReady(DirectoryReadiness readiness) {
        this.readiness = readiness;
    }

    /** Runs {@code action} once the directory is ready; waits in the current UI, if any, and only once at a time. */
    void await(Runnable action) {
        UI current = UI.getCurrent();
        if (current == null || poll != null) {
            return;
        }
        ui = current;
        current.setPollInterval(POLL_MS);
        poll = current.addPollListener(e -> {
            if (readiness.ready()) {
                cancel();
                action.run();
            }
        });
    }

    void cancel() {
        if (poll != null && ui != null) {
            poll.remove();
            ui.setPollInterval(-1);
        }
        poll = null;
        ui = null;
    }
}
