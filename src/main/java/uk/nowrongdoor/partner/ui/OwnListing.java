package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** How a partner screen opens one listing by the id in its address. */
final class OwnListing {

    private OwnListing() {}

    /**
     * What the service reads for the listing, or null after sending the visitor to "not found" when the service
     * refuses: another organisation's listing reads as not found, so ids cannot be probed.
     */
    static <T> @Nullable T read(BeforeEvent event, Supplier<T> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "No such listing");
            return null;
        }
    }
}
