package uk.nowrongdoor.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.base.domain.UserFacingException;

/**
 * One place for unexpected errors in the UI. It logs the exception type and stack, never the message of a
 * user-facing error (which may quote what someone typed), and shows a calm message instead of a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    static final String GENERIC = "Sorry, something went wrong on our side. Nothing you typed has been sent yet. "
            + "Please try again. If you need help now, use \"Need help now?\" at the top of the page.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootCause(error.getThrowable());
            String message;
            if (cause instanceof UserFacingException) {
                message = cause.getMessage();
            } else {
                log.error("Unexpected error in the UI: {}", cause.getClass().getName(), scrubbed(cause));
                message = GENERIC;
            }
            error.getComponent()
                    .flatMap(c -> c.getUI())
                    .ifPresent(ui -> ui.access(() -> {
                        var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }));
        }));
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** The stack trace without messages, which can carry personal data (a constraint violation quoting a value). */
    static Throwable scrubbed(Throwable t) {
        var copy = new RuntimeException(t.getClass().getName());
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }
}
