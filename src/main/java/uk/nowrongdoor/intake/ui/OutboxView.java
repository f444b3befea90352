package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * Emails not yet sent: waiting for the background sender, waiting for a retry, or given up on (shown first in the
 * words of each card). Without a mail server staff copy them and pass them on by hand.
 */
@Route(value = "staff/outbox", layout = StaffLayout.class)
@PageTitle("Unsent emails | No Wrong Door")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
public class OutboxView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final OutboxService outbox;

    public OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("nwd-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1("Unsent emails"));
        var messages = outbox.latestUnsent();
        boolean smtp = outbox.mailServerConfigured();
        long forAdmins = outbox.waitingForAnAdmin();
        if (forAdmins > 0) {
            add(new Paragraph(
                    forAdmins == 1
                            ? "1 email with a sign-in link (an invitation or a password reset) is waiting. Only an admin may "
                                    + "see and pass it on."
                            : forAdmins
                                    + " emails with a sign-in link (invitations or password resets) are waiting. Only an "
                                    + "admin may see and pass them on."));
        }
        if (messages.isEmpty()) {
            add(new Paragraph(forAdmins > 0 ? "There are no other unsent emails." : "There are no unsent emails."));
            return;
        }
        add(new Paragraph("The latest " + messages.size() + " emails not sent yet. They hold a reference number or a "
                + "link only, never what a person wrote. "
                + (smtp
                        ? "The mail server is tried every half minute; failures are tried again later."
                        : "No mail server is configured, so none of these will be sent: copy each one, send it "
                                + "yourself, then mark it as passed on.")));
        messages.forEach(m -> add(card(m, smtp)));
    }

    private Div card(OutboxMessage m, boolean smtp) {
        long id = Objects.requireNonNull(m.getId());
        var passedOn = new Button("Passed on by hand: remove", e -> {
            outbox.passedOnByHand(id);
            show();
        });
        var card = new Div(
                new H2(m.getSubject()),
                new Paragraph("To: " + m.getTo()),
                new Paragraph("Created " + when(m.getCreatedAt()) + ". " + state(m, smtp)),
                new Pre(m.getBody()));
        if (m.getStatus() == OutboxMessage.Status.FAILED) {
            card.add(new Button("Try sending again", e -> {
                outbox.tryAgain(id);
                show();
            }));
        }
        card.add(passedOn);
        card.addClassName("nwd-outbox-card");
        return card;
    }

    private static String state(OutboxMessage m, boolean smtp) {
        if (m.getStatus() == OutboxMessage.Status.FAILED) {
            return "Not sent: the mail server refused it " + m.getAttempts() + " times (" + m.getReason()
                    + "). Pass it on by hand, or try again.";
        }
        if (!smtp) {
            return "Not sent: no mail server is configured.";
        }
        if (m.getAttempts() == 0) {
            return "Waiting to be sent.";
        }
        return "The mail server did not take it (" + m.getReason() + ", " + m.getAttempts() + " of "
                + OutboxMessage.MAX_ATTEMPTS + " tries); next try " + when(m.getNextAttemptAt()) + ".";
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(Application.LONDON));
    }
}
