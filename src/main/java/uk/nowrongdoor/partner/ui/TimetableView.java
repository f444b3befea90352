package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.partner.service.PartnerViews.TimetableDetails;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * Opening times on a phone: each weekly session and dated change is a card with Change and Remove; a form adds one.
 * Nothing reaches the public page until "Send for approval" (an admin checks it unless the organisation is trusted).
 */
@Route(value = "partner/timetable", layout = StaffLayout.class)
@PageTitle("Opening times | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class TimetableView extends Main implements HasUrlParameter<Long> {

    private final PartnerListingService partner;
    private final List<SessionDraft> sessions = new ArrayList<>();
    private final List<ExceptionDraft> upcoming = new ArrayList<>();
    private final Div sessionCards = new Div();
    private final Div exceptionCards = new Div();
    private final Div editor = new Div();
    private final Paragraph status = new Paragraph();
    private final Button send = new Button("Send for approval");
    private Long listingId = 0L;
    private LocalDate today = LocalDate.EPOCH;

    public TimetableView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        sessionCards.addClassName("nwd-card-list");
        exceptionCards.addClassName("nwd-card-list");
        status.getElement().setAttribute("role", "status");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        TimetableDetails details = OwnListing.read(event, () -> partner.timetable(id));
        if (details == null) {
            return;
        }
        listingId = id;
        today = details.today();
        load(details);
        var addSession = new Button("Add a session", e -> showSessionForm(-1));
        var addDate = new Button("Add a closure or extra session", e -> showExceptionForm());
        removeAll();
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Opening times: " + details.name()),
                new Paragraph("Times are UK local time. A partnership admin checks changes before they are published, "
                        + "unless your organisation is trusted to publish at once. For tonight only, add a notice."),
                new H2("Every week"),
                sessionCards,
                addSession,
                new H2("Closures and extra sessions"),
                exceptionCards,
                addDate,
                editor,
                status,
                send);
        render(
                details.pendingTimetableChanges() > 0
                        ? "A change to the opening times is already waiting for an admin."
                        : "");
    }

    private void load(TimetableDetails details) {
        sessions.clear();
        sessions.addAll(details.sessions());
        upcoming.clear();
        upcoming.addAll(details.upcoming());
    }

    private void render(String message) {
        sessionCards.removeAll();
        if (sessions.isEmpty()) {
            sessionCards.add(new Paragraph("No weekly sessions: the public page says to ask the service."));
        }
        for (int i = 0; i < sessions.size(); i++) {
            int index = i;
            String label = sessions.get(i).label();
            sessionCards.add(card(label, () -> showSessionForm(index), () -> sessions.remove(index)));
        }
        exceptionCards.removeAll();
        if (upcoming.isEmpty()) {
            exceptionCards.add(new Paragraph("No closures or extra sessions coming up."));
        }
        for (int i = 0; i < upcoming.size(); i++) {
            int index = i;
            exceptionCards.add(card(upcoming.get(i).label(), null, () -> upcoming.remove(index)));
        }
        status.setText(message);
    }

    private Div card(String label, @Nullable Runnable change, Runnable remove) {
        var card = new Div(new Paragraph(label));
        card.addClassName("nwd-card");
        var actions = new Div();
        actions.addClassName("nwd-card-actions");
        if (change != null) {
            var edit = new Button("Change", e -> change.run());
            edit.getElement().setAttribute("aria-label", "Change " + label);
            actions.add(edit);
        }
        var delete = new Button("Remove", e -> {
            remove.run();
            editor.removeAll();
            render("Removed " + label + ". Not sent yet: tap \"Send for approval\" when you are done.");
        });
        delete.getElement().setAttribute("aria-label", "Remove " + label);
        actions.add(delete);
        card.add(actions);
        return card;
    }

    private void showSessionForm(int index) {
        var others = new ArrayList<>(sessions);
        if (index >= 0) {
            others.remove(index);
        }
        var form = new SessionForm(index >= 0 ? sessions.get(index) : null, others);
        form.onSubmit(session -> {
            if (index >= 0) {
                sessions.set(index, session);
            } else {
                sessions.add(session);
            }
            editor.removeAll();
            render(session.label() + " is on the list. Not sent yet: tap \"Send for approval\" when you are done.");
        });
        form.onCancel(editor::removeAll);
        editor.removeAll();
        editor.add(form);
        form.scrollIntoView();
    }

    private void showExceptionForm() {
        var form = new ExceptionForm(today, List.copyOf(upcoming));
        form.onSubmit(change -> {
            upcoming.add(change);
            editor.removeAll();
            render(change.label() + " is on the list. Not sent yet: tap \"Send for approval\" when you are done.");
        });
        form.onCancel(editor::removeAll);
        editor.removeAll();
        editor.add(form);
        form.date.focus();
    }

    private void send() {
        try {
            Outcome outcome = partner.proposeTimetable(listingId, sessions, upcoming);
            editor.removeAll();
            if (outcome == Outcome.PUBLISHED) {
                load(partner.timetable(listingId));
                render("Saved and published.");
            } else {
                render("Sent. An admin will check these opening times before they are published.");
            }
        } catch (UserFacingException ex) {
            status.setText(ex.getMessage());
        }
    }
}
