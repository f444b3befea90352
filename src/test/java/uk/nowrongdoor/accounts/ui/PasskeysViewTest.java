package uk.nowrongdoor.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.SecuritySetting;
import uk.nowrongdoor.accounts.domain.SecuritySettingRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Passkeys;
import uk.nowrongdoor.testsupport.Staff;

class PasskeysViewTest extends AbstractUiTest {

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    SecuritySettingRepository settings;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        Passkeys.removeAll(jdbc);
        settings.deleteAll();
        events.deleteAll();
    }

    private static StaffPrincipal staff(String email, String role) {
        return Staff.principal(email, Set.of(role), Set.of());
    }

    private static String text() {
        return _get(PasskeysView.class).getElement().getTextRecursively();
    }

    private void requirePasskeys() {
        var setting = new SecuritySetting(SecuritySetting.REQUIRE_PASSKEY);
        setting.change(true, Instant.now(), "admin@example.org");
        settings.save(setting);
    }

    @Test
    void a_partner_sees_their_passkeys_with_name_date_added_and_last_use() {
        Passkeys.give(
                userEntities,
                credentials,
                "partner@example.org",
                "Work phone",
                Instant.parse("2026-11-02T10:15:00Z"),
                null);
        Passkeys.give(
                userEntities,
                credentials,
                "partner@example.org",
                "Laptop",
                Instant.parse("2026-11-03T09:00:00Z"),
                Instant.parse("2026-11-20T08:30:00Z"));
        Passkeys.give(userEntities, credentials, "someone-else@example.org", "Not mine", Instant.now(), null);
        loginAs(staff("partner@example.org", AppRoles.PARTNER));

        UI.getCurrent().navigate(PasskeysView.class);

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Laptop", "Work phone");
        assertThat(text())
                .contains("Added 2 Nov 2026 10:15", "Not used to sign in yet", "Last used 20 Nov 2026 08:30")
                .doesNotContain("Not mine");
    }

    @Test
    void removing_a_passkey_asks_first_and_once_confirmed_takes_it_off_the_list() {
        Passkeys.give(userEntities, credentials, "lead@example.org", "Old phone", Instant.now(), null);
        loginAs(staff("lead@example.org", AppRoles.COMPLAINTS_LEAD));
        UI.getCurrent().navigate(PasskeysView.class);

        _click(_get(Button.class, spec -> spec.withText("Remove")));
        assertThat(_find(H3.class))
                .as("nothing removed before confirming")
                .extracting(H3::getText)
                .containsExactly("Old phone");
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Remove passkey \"Old phone\"?");
        _click(_get(Button.class, spec -> spec.withText("Remove passkey")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(H3.class)).isEmpty();
        assertThat(text()).contains("You have no passkeys yet.", "Passkey \"Old phone\" removed.");
    }

    @Test
    void keeping_a_passkey_in_the_confirmation_removes_nothing() {
        Passkeys.give(userEntities, credentials, "partner@example.org", "Work phone", Instant.now(), null);
        loginAs(staff("partner@example.org", AppRoles.PARTNER));
        UI.getCurrent().navigate(PasskeysView.class);

        _click(_get(Button.class, spec -> spec.withText("Remove")));
        _click(_get(Button.class, spec -> spec.withText("Keep it")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Work phone");
        assertThat(text()).contains("Passkey \"Work phone\" kept.");
    }

    @Test
    void an_admins_only_passkey_under_the_passkey_rule_is_removed_only_after_a_warning() {
        requirePasskeys();
        Passkeys.give(userEntities, credentials, "admin@example.org", "Phone", Instant.now(), null);
        loginAs(staff("admin@example.org", AppRoles.ADMIN));
        UI.getCurrent().navigate(PasskeysView.class);

        _click(_get(Button.class, spec -> spec.withText("Remove")));

        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("It is your only passkey and the partnership requires one"));
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Phone");
    }

    @Test
    void adding_a_passkey_without_a_name_asks_for_one_and_asks_the_browser_nothing() {
        loginAs(staff("coordinator@example.org", AppRoles.COORDINATOR));
        UI.getCurrent().navigate(PasskeysView.class);

        _click(_get(Button.class, spec -> spec.withText("Add a passkey")));

        var label = _get(TextField.class, spec -> spec.withLabel("Name for the new passkey"));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Give the passkey a name");
        assertThat(text()).doesNotContain("Follow your browser's steps");
    }

    @Test
    void adding_a_named_passkey_asks_the_browser_and_shows_the_new_passkey_when_it_answers() {
        loginAs(staff("coordinator@example.org", AppRoles.COORDINATOR));
        UI.getCurrent().navigate(PasskeysView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name for the new passkey")), "Tablet");

        _click(_get(Button.class, spec -> spec.withText("Add a passkey")));
        assertThat(text()).contains("Follow your browser's steps to make the passkey.");
        // what Spring's registration endpoint stores when the browser's passkey is accepted (see PasskeyHttpTest)
        Passkeys.give(userEntities, credentials, "coordinator@example.org", "Tablet", Instant.now(), null);
        _get(PasskeysView.class).passkeyResult("");

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Tablet");
        assertThat(text()).contains("Passkey added.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name for the new passkey"))
                        .getValue())
                .isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/passkeys");
        _get(LoginView.class);
    }

    @Test
    void only_an_admin_sees_the_require_a_passkey_setting_and_switching_it_is_stored() {
        loginAs(staff("lead@example.org", AppRoles.COMPLAINTS_LEAD));
        UI.getCurrent().navigate(PasskeysView.class);
        assertThat(_find(Checkbox.class)).isEmpty();

        loginAs(staff("admin@example.org", AppRoles.ADMIN));
        UI.getCurrent().navigate(PasskeysView.class);
        _setValue(
                _get(Checkbox.class, spec -> spec.withLabel("Require a passkey for admins and complaints leads")),
                true);

        assertThat(settings.findById(SecuritySetting.REQUIRE_PASSKEY)
                        .orElseThrow()
                        .isEnabled())
                .isTrue();
        assertThat(text()).contains(PasskeysView.RULE);
    }

    @Test
    void with_passkeys_required_an_admin_without_one_is_taken_to_this_screen_from_other_staff_screens() {
        requirePasskeys();
        loginAs(staff("admin@example.org", AppRoles.ADMIN));

        UI.getCurrent().navigate(UsersView.class);

        _get(PasskeysView.class);
        assertThat(_find(UsersView.class)).isEmpty();
        assertThat(text()).contains("The partnership requires admins and complaints leads to use a passkey.");
    }

    @Test
    void with_passkeys_required_an_admin_with_a_passkey_and_a_partner_without_one_open_staff_screens() {
        requirePasskeys();
        Passkeys.give(userEntities, credentials, "admin@example.org", "Phone", Instant.now(), null);
        loginAs(staff("admin@example.org", AppRoles.ADMIN));
        UI.getCurrent().navigate(UsersView.class);
        _get(UsersView.class);

        loginAs(staff("partner@example.org", AppRoles.PARTNER));
        UI.getCurrent().navigate("partner/listings");
        assertThat(_find(PasskeysView.class)).isEmpty();
    }

    @Test
    void the_sign_in_page_offers_sign_in_with_a_passkey() {
        UI.getCurrent().navigate(LoginView.class);
        _get(Button.class, spec -> spec.withText("Sign in with a passkey"));
    }
}
