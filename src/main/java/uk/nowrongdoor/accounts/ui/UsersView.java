package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.AccountException;
import uk.nowrongdoor.accounts.service.AccountService;
import uk.nowrongdoor.accounts.service.AccountSummary;
import uk.nowrongdoor.accounts.service.OrganisationChoice;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins invite staff, change their roles and organisations, disable, unlock and sign them out everywhere. */
@Route(value = "admin/users", layout = StaffLayout.class)
@PageTitle("Users | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class UsersView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final AccountService accounts;
    private final List<OrganisationChoice> choices;
    private final Div list = new Div();

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        this.choices = accounts.organisationChoices();
        addClassName("nwd-page");
        list.addClassName("nwd-card-list");
        add(new H1("Users"), inviteForm(), new H2("Staff accounts"), list);
        refresh();
    }

    private Details inviteForm() {
        var form = new InviteForm(choices);
        form.addSubmitListener(e -> {
            try {
                accounts.invite(e.email(), e.name(), e.access());
            } catch (AccountException ex) {
                form.showError(ex.getMessage());
                return;
            }
            Notification.show(
                    "Invitation sent to " + e.email() + ". Without a mail server, copy the link from the outbox.");
            form.clear();
            refresh();
        });
        var details = new Details("Invite someone", form);
        details.setOpened(false);
        return details;
    }

    private void refresh() {
        list.removeAll();
        accounts.listAccounts().forEach(account -> list.add(card(account)));
    }

    private Div card(AccountSummary account) {
        var card = new Div();
        card.addClassName("nwd-card");
        card.add(new H2(account.displayName()));
        card.add(new Paragraph(account.email()));
        card.add(new Paragraph(
                account.roles().stream().sorted().map(StaffRole::label).collect(Collectors.joining(", "))
                        + (account.organisationNames().isEmpty() ? "" : " for " + account.organisationNames())
                        + (account.partnershipWide() ? " (whole partnership)" : "")
                        + (account.receivesReferrals() ? "; receives self-referrals" : "")));
        card.add(new Paragraph(status(account)));
        var edit = new Button("Change access", e -> openAccessDialog(account));
        var toggle = new Button(
                account.enabled() ? "Disable" : "Enable",
                e -> act(() -> accounts.setEnabled(account.id(), !account.enabled())));
        var signOut = new Button("Sign out everywhere", e -> act(() -> accounts.signOutEverywhere(account.id())));
        // the history screen lives with the listings (partner/ui): linked by its path, not its class
        var changes = new Anchor("admin/history/user/" + account.id(), "Changes made");
        card.add(edit, toggle, signOut, changes);
        if (account.locked()) {
            card.add(new Button("Unlock", e -> act(() -> accounts.unlock(account.id()))));
        }
        return card;
    }

    private static String status(AccountSummary account) {
        if (!account.enabled()) {
            return "Disabled";
        }
        if (!account.passwordSet()) {
            return "Invited, has not chosen a password yet";
        }
        String last = account.lastSignInAt() == null
                ? "Never signed in"
                : "Last signed in " + WHEN.format(account.lastSignInAt().atZone(Application.LONDON));
        return account.locked() ? last + "; sign-in paused after failed tries" : last;
    }

    private void openAccessDialog(AccountSummary account) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Access for " + account.displayName());
        var access = new AccessFields(choices);
        access.show(account.roles(), account.organisationIds(), account.partnershipWide(), account.receivesReferrals());
        var save = new Button("Save", e -> {
            try {
                accounts.changeAccess(account.id(), access.value());
            } catch (AccountException ex) {
                access.showError(ex.getMessage());
                return;
            }
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(access);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (AccountException ex) {
            Notification.show(ex.getMessage());
        }
        refresh();
    }
}
