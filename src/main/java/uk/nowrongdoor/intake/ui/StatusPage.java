package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.nowrongdoor.intake.service.StatusReport;

/**
 * A status check by reference and status code, or by the private link that carries both ({@code ?ref=…&code=…}).
 * The referral and feedback status views differ only in their words and the service they ask.
 */
public abstract class StatusPage extends Main implements BeforeEnterObserver {

    private final BiFunction<String, String, Optional<StatusReport>> lookup;
    private final StatusLookupForm form = new StatusLookupForm();
    private final StatusResult result = new StatusResult();

    protected StatusPage(String heading, String intro, BiFunction<String, String, Optional<StatusReport>> lookup) {
        this.lookup = lookup;
        addClassName("nwd-page");
        form.addLookupListener(e -> result.show(lookup.apply(e.reference(), e.code())));
        add(new H1(heading), new Paragraph(intro), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String ref = params.getSingleParameter("ref").orElse("");
        String code = params.getSingleParameter("code").orElse("");
        form.prefill(ref, code);
        if (!ref.isBlank() && !code.isBlank()) {
            result.show(lookup.apply(ref, code));
        }
    }
}
