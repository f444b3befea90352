package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.referral.domain.CloseReason;
import uk.nowrongdoor.referral.domain.ReferralEvent;
import uk.nowrongdoor.referral.service.RedirectOption;
import uk.nowrongdoor.referral.service.ReferralAction;

/**
 * What staff can do next with a referral, as buttons that fire {@link ActEvent}; the view calls the service. Only
 * the actions its status allows are shown. There is no "reject": pass it on, or close it with a reason.
 */
class ReferralActions extends Div {

    static final String COORDINATORS = "Not sure where: the referral coordinators";
    static final String ELSEWHERE = "Another service or organisation";

    private final TextArea note = new TextArea("Note for the history (needed when you pass it on)");

    ReferralActions(Set<ReferralAction> allowed, List<RedirectOption> options) {
        addClassName("nwd-referral-actions");
        if (allowed.isEmpty()) {
            return;
        }
        note.setMaxLength(ReferralEvent.NOTE_MAX);
        note.setWidthFull();
        note.setHelperText("Staff only: the person never sees notes");
        add(new H2("What next"), note);
        var row = new Div();
        row.addClassName("nwd-button-row");
        if (allowed.contains(ReferralAction.MARK_CONTACTED)) {
            row.add(button("Mark as contacted", ReferralAction.MARK_CONTACTED, true));
        }
        if (allowed.contains(ReferralAction.ACCEPT)) {
            row.add(button("Mark as accepted", ReferralAction.ACCEPT, false));
        }
        add(row);
        if (allowed.contains(ReferralAction.REDIRECT)) {
            add(passOn(options));
        }
        if (allowed.contains(ReferralAction.CLOSE)) {
            add(close());
        }
    }

    private Button button(String text, ReferralAction action, boolean primary) {
        var button = new Button(text, e -> fire(action, null, null, false));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Div passOn(List<RedirectOption> options) {
        var where = new RadioButtonGroup<String>("Where should it go?");
        where.setItems(ELSEWHERE, COORDINATORS);
        var to = new ComboBox<RedirectOption>("Pass it to");
        to.setItems(options);
        to.setItemLabelGenerator(RedirectOption::label);
        to.setWidthFull();
        to.setHelperText("Only organisations with someone receiving referrals here are listed");
        to.setVisible(false);
        where.addValueChangeListener(e -> to.setVisible(ELSEWHERE.equals(e.getValue())));
        var send = new Button("Pass it on", e -> {
            if (COORDINATORS.equals(where.getValue())) {
                fire(ReferralAction.REDIRECT, null, null, true);
            } else if (to.getValue() != null) {
                fire(ReferralAction.REDIRECT, to.getValue(), null, false);
            } else {
                to.setInvalid(true);
                to.setErrorMessage("Choose where to pass it");
            }
        });
        return new Div(new H3("Pass it on"), where, to, send);
    }

    private Div close() {
        var reason = new RadioButtonGroup<CloseReason>("Reason for closing");
        reason.setItems(CloseReason.values());
        reason.setItemLabelGenerator(CloseReason::label);
        var close = new Button("Close referral", e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage("Choose a reason");
            } else {
                fire(ReferralAction.CLOSE, null, reason.getValue(), false);
            }
        });
        return new Div(new H3("Close it"), reason, close);
    }

    private void fire(
            ReferralAction action, @Nullable RedirectOption to, @Nullable CloseReason reason, boolean coordinators) {
        fireEvent(new ActEvent(this, action, note.getValue(), to, reason, coordinators));
    }

    Registration addActListener(ComponentEventListener<ActEvent> listener) {
        return addListener(ActEvent.class, listener);
    }

    /** Staff chose an action; {@code to} or {@code toCoordinators} for passing on, {@code reason} for closing. */
    static class ActEvent extends ComponentEvent<ReferralActions> {
        final ReferralAction action;
        final String note;
        final @Nullable RedirectOption to;
        final @Nullable CloseReason reason;
        final boolean toCoordinators;

        ActEvent(
                ReferralActions source,
                ReferralAction action,
                String note,
                @Nullable RedirectOption to,
                @Nullable CloseReason reason,
                boolean toCoordinators) {
            super(source, false);
            this.action = action;
            this.note = note;
            this.to = to;
            this.reason = reason;
            this.toCoordinators = toCoordinators;
        }
    }
}
