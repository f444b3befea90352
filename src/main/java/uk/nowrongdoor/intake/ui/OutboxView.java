package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Staff read acknowledgement emails that were not sent (no SMTP server, or it refused) and pass them on. */
@Route(value = "staff/outbox", layout = StaffLayout.class)
@PageTitle("Unsent emails | No Wrong Door")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
public class OutboxView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    public OutboxView(OutboxService outbox) {
        addClassName("nwd-page");
        add(new H1("Unsent emails"));
        var messages = outbox.latestUnsent();
        if (messages.isEmpty()) {
            add(new Paragraph("There are no unsent emails."));
            return;
        }
        add(new Paragraph("The latest " + messages.size() + " acknowledgements that were not sent by email. They "
                + "hold a reference number only, never what the person wrote."));
        messages.forEach(m -> {
            var card = new Div(
                    new H2(m.getSubject()),
                    new Paragraph("To: " + m.getTo()),
                    new Paragraph("Created " + WHEN.format(m.getCreatedAt().atZone(Application.LONDON)) + ", "
                            + (m.getReason().equals("SEND_FAILED")
                                    ? "the mail server refused it"
                                    : "no mail server " + "is configured")),
                    new Pre(m.getBody()));
            card.addClassName("nwd-outbox-card");
            add(card);
        });
    }
}
