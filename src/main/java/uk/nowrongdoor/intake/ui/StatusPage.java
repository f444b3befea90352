package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Optional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.intake.service.StatusReport;

/**
 * A status check by reference and status code. A link may carry the reference ({@code ?ref=…}), never the code: the
 * code is typed, so it stays out of browser history, server logs and forwarded emails. The referral and feedback
 * status views differ only in their words and the service they ask.
 */
public abstract class StatusPage extends Main implements BeforeEnterObserver {

    /** The service's status check: reference, typed code, client address (for throttling). */
    @FunctionalInterface
    public interface Lookup {
        Optional<StatusReport> check(String reference, String code, String clientAddress);
    }

    private final StatusLookupForm form = new StatusLookupForm();
    private final StatusResult result = new StatusResult();

    protected StatusPage(String heading, String intro, Lookup lookup) {
        addClassName("nwd-page");
        form.addLookupListener(e -> {
            try {
                result.show(lookup.check(e.reference(), e.code(), ClientAddress.current()));
            } catch (UserFacingException refused) {
                result.refused(refused.getMessage());
            }
        });
        add(new H1(heading), new Paragraph(intro), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.prefill(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("ref")
                .orElse(""));
    }
}
