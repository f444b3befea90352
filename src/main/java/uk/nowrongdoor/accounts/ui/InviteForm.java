package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.service.AccessRequest;
import uk.nowrongdoor.accounts.service.OrganisationChoice;

/**
 * Name, email address and access for a new member of staff. The service checks them all, so "Send invitation" fires a
 * {@link SubmitEvent} and the screen hands the refusal back with {@link #showError} to show next to its field.
 */
class InviteForm extends Div {

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email address");
    private final AccessFields access;

    InviteForm(List<OrganisationChoice> choices) {
        name.setMaxLength(StaffAccount.NAME_MAX);
        name.setWidthFull();
        email.setMaxLength(StaffAccount.EMAIL_MAX);
        email.setWidthFull();
        access = new AccessFields(choices);
        var send = new Button("Send invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            name.setInvalid(false);
            email.setInvalid(false);
            access.clearError();
            fireEvent(new SubmitEvent(this, email.getValue(), name.getValue(), access.value()));
        });
        add(
                new Paragraph("The person gets a link to choose their own password. It works once and expires."),
                name,
                email,
                access,
                send);
    }

    /** Shows the service's refusal next to the field it is about (the roles when it is about access). */
    void showError(String message) {
        if (message.contains("email") || message.contains("account with")) {
            email.setErrorMessage(message);
            email.setInvalid(true);
        } else if (message.contains("name")) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        } else {
            access.showError(message);
        }
    }

    /** Empties every field, ready for the next invitation. */
    void clear() {
        name.clear();
        email.clear();
        access.show(Set.of(), Set.of(), false, false);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** "Send invitation" was pressed with these values. */
    static class SubmitEvent extends ComponentEvent<InviteForm> {
        private final String email;
        private final String name;
        private final AccessRequest access;

        SubmitEvent(InviteForm source, String email, String name, AccessRequest access) {
            super(source, false);
            this.email = email;
            this.name = name;
            this.access = access;
        }

        String email() {
            return email;
        }

        String name() {
            return name;
        }

        AccessRequest access() {
            return access;
        }
    }
}
