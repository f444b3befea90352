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

    private static final String NOT_SENT = " Not sent yet: tap \"Send for approval\" when you are done.";

    private final PartnerListingService partner;
    private final DraftCards<SessionDraft> sessions =
            new DraftCards<>("No weekly sessions: the public page says to ask the service.", SessionDraft::label);
    private final DraftCards<ExceptionDraft> upcoming =
            new DraftCards<>("No closures or extra sessions coming up.", ExceptionDraft::label);
    private final Div editor = new Div();
    private final Paragraph status = new Paragraph();
    private final Button send = new Button("Send for approval");
    private Long listingId = 0L;
    private LocalDate today = LocalDate.EPOCH;

    public TimetableView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        sessions.onChange(this::showSessionForm);
        sessions.onRemove(this::removed);
        upcoming.onRemove(this::removed);
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
                sessions,
                addSession,
                new H2("Closures and extra sessions"),
                upcoming,
                addDate,
                editor,
                status,
                send);
        status.setText(
                details.pendingTimetableChanges() > 0
                        ? "A change to the opening times is already waiting for an admin."
                        : "");
    }

    private void load(TimetableDetails details) {
        sessions.show(details.sessions());
        upcoming.show(details.upcoming());
    }

    private void listed(String label) {
        editor.removeAll();
        status.setText(label + " is on the list." + NOT_SENT);
    }

    private void removed(String label) {
        editor.removeAll();
        status.setText("Removed " + label + "." + NOT_SENT);
    }

    private void showSessionForm(int index) {
        var others = new ArrayList<>(sessions.drafts());
        var form = new SessionForm(index >= 0 ? others.remove(index) : null, others);
        form.onSubmit(session -> {
            sessions.put(index, session);
            listed(session.label());
        });
        form.onCancel(editor::removeAll);
        editor.removeAll();
        editor.add(form);
        form.scrollIntoView();
    }

    private void showExceptionForm() {
        var form = new ExceptionForm(today, upcoming.drafts());
        form.onSubmit(change -> {
            upcoming.put(-1, change);
            listed(change.label());
        });
        form.onCancel(editor::removeAll);
        editor.removeAll();
        editor.add(form);
        form.date.focus();
    }

    private void send() {
        try {
            Outcome outcome = partner.proposeTimetable(listingId, sessions.drafts(), upcoming.drafts());
            editor.removeAll();
            if (outcome == Outcome.PUBLISHED) {
                load(partner.timetable(listingId));
                status.setText("Saved and published.");
            } else {
                status.setText("Sent. An admin will check these opening times before they are published.");
            }
        } catch (UserFacingException ex) {
            status.setText(ex.getMessage());
        }
    }
}
