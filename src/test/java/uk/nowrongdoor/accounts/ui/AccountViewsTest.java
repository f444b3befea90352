package uk.nowrongdoor.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.accounts.domain.AccountTokenRepository;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.OrganisationChoice;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class AccountViewsTest extends AbstractUiTest {

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    AccountTokenRepository tokens;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    OutboxMessageRepository outbox;

    @AfterEach
    void cleanUp() {
        tokens.deleteAll();
        accounts.deleteAll();
        events.deleteAll();
        outbox.deleteAll();
    }

    @SuppressWarnings("unchecked")
    private void invite(String name, String email) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), email);
        CheckboxGroup<StaffRole> roles =
                _get(CheckboxGroup.class, spec -> spec.withLabel("Roles (choose at least one)"));
        roles.setValue(Set.of(StaffRole.PARTNER));
        MultiSelectComboBox<OrganisationChoice> orgs =
                _get(MultiSelectComboBox.class, spec -> spec.withLabel("Organisations"));
        orgs.setValue(Set.of(orgs.getListDataView().getItem(0)));
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
    }

    private String linkInOutbox(String email) {
        var matcher = Pattern.compile("set-password\\?token=([A-Za-z0-9_-]+)")
                .matcher(outbox.findByTo(email).get(0).getBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** An admin invites sam@example.org; Sam opens the link and tries the password; returns the link's token. */
    private String invitedAndChoosing(String password) {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        invite("Sam Partner", "sam@example.org");
        String token = linkInOutbox("sam@example.org");
        logout();
        UI.getCurrent().navigate("account/set-password", QueryParameters.of("token", token));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type it again")), password);
        _click(_get(Button.class, spec -> spec.withText("Save password")));
        return token;
    }

    @Test
    void an_admin_invites_a_partner_who_then_appears_in_the_list_as_invited() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        invite("Sam Partner", "sam@example.org");

        assertThat(accounts.findByEmail("sam@example.org")).isPresent();
        assertThat(_get(UsersView.class).getElement().getTextRecursively())
                .contains("Sam Partner", "sam@example.org", "Invited, has not chosen a password yet");
        assertThat(outbox.findByTo("sam@example.org")).hasSize(1);
    }

    @Test
    void an_invitation_with_a_malformed_address_shows_the_message_next_to_the_email_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        invite("Sam Partner", "not-an-address");

        var email = _get(EmailField.class, spec -> spec.withLabel("Email address"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("right format");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void the_invited_person_chooses_a_password_through_the_link_and_the_link_then_stops_working() {
        String token = invitedAndChoosing("three random words");

        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively())
                .contains("Your password is saved");
        assertThat(accounts.findByEmail("sam@example.org").orElseThrow().hasPassword())
                .isTrue();
        UI.getCurrent().navigate("account/set-password", QueryParameters.of("token", token));
        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively())
                .contains("expired or has already been used");
    }

    @Test
    void a_short_password_is_refused_next_to_the_field() {
        invitedAndChoosing("too short");

        var field = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("at least 12 characters");
        assertThat(accounts.findByEmail("sam@example.org").orElseThrow().hasPassword())
                .isFalse();
    }

    @Test
    void forgotten_password_gives_the_same_answer_for_an_unknown_address() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), "nobody@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));

        assertThat(_get(ForgotPasswordView.class).getElement().getTextRecursively())
                .contains("If this address has a staff account")
                .contains("expires in 1 hour");
        assertThat(outbox.findByTo("nobody@example.org")).isEmpty();
    }

    @Test
    void forgotten_password_with_an_empty_address_shows_the_message_next_to_the_field() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email address"))
                        .isInvalid())
                .isTrue();
    }

    @Test
    void an_admin_reads_the_sign_in_audit_with_the_invitation_in_it() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        invite("Sam Partner", "sam@example.org");

        UI.getCurrent().navigate(SignInAuditView.class);

        assertThat(_get(SignInAuditView.class).getElement().getTextRecursively())
                .contains("invited: sam@example.org");
    }

    @Test
    void anonymous_visitors_to_users_and_audit_are_sent_to_sign_in() {
        UI.getCurrent().navigate("admin/users");
        _get(LoginView.class);
        UI.getCurrent().navigate("admin/sign-in-audit");
        _get(LoginView.class);
    }

    @Test
    void a_complaints_lead_may_not_open_users() {
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate("admin/users");
        assertThatThrownBy(() -> _find(UsersView.class)).hasMessageContaining("AccessDenied");
    }
}
