package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/**
 * A new partner reaches their listings from a phone with no mail server: an admin invites them on a phone, copies the
 * link from the outbox screen (only admins see sign-in links there), the partner opens it on their own phone, chooses
 * a password, signs in and sees their organisation's listings.
 */
class InvitationJourneyTest extends BrowserTest {

    private static final String ADMIN_EMAIL = "e2e-invite-admin@example.org";
    private static final String ADMIN_PASSWORD = "admin journey passphrase 7";
    private static final String INVITED = "e2e-invited-partner@example.org";
    private static final String CHOSEN = "my own long passphrase 2026";

    @Autowired
    OutboxMessageRepository outbox;

    @BeforeEach
    void anAdmin() {
        transactions.executeWithoutResult(status -> {
            accounts.save(staffAccount(ADMIN_EMAIL, "Journey Admin", StaffRole.ADMIN, ADMIN_PASSWORD));
        });
    }

    @AfterEach
    void removeAccountsAndMail() {
        transactions.executeWithoutResult(status -> {
            accounts.findByEmail(INVITED).ifPresent(accounts::delete);
            accounts.findByEmail(ADMIN_EMAIL).ifPresent(accounts::delete);
            outbox.deleteAll(outbox.findByTo(INVITED));
        });
    }

    @Test
    void an_admin_invites_a_partner_who_sets_a_password_from_the_outbox_link_on_a_phone_and_signs_in() {
        var blocking = new ArrayList<String>();
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        open("/admin/users");
        page.getByText("Invite someone").tap();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Carers Centre Editor");
        page.getByLabel("Email address").fill(INVITED);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Partner editor"))
                .tap();
        var organisations = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organisations"));
        organisations.tap();
        organisations.fill("Coventry Carers");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Coventry Carers")))
                .first()
                .tap();
        page.keyboard().press("Escape");
        blocking.addAll(axe("invitation form filled in"));
        button("Send invitation").tap();
        assertThat(page.locator("main")).containsText(INVITED);
        screenshot("invite-1-invited");

        open("/staff/outbox");
        screenshot("invite-2-outbox");
        var invitation = page.locator(".nwd-outbox-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("To: " + INVITED));
        assertThat(invitation).containsText("set-password?token=");
        var link = Pattern.compile("https?://\\S+/account/set-password\\?token=\\S+")
                .matcher(invitation.locator("pre").innerText());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        String path = link.group().replaceFirst("https?://[^/]+", "");
        blocking.addAll(axe("outbox with the invitation"));

        // the partner, on their own phone
        var partnerPhone = phone(390, true);
        page = partnerPhone.newPage();
        open(path);
        assertThat(page.locator("h1")).hasText("Choose your password");
        page.getByLabel("New password").fill(CHOSEN);
        page.getByLabel("Type it again").fill(CHOSEN);
        blocking.addAll(axe("choose your password"));
        button("Save password").tap();
        assertThat(page.locator("h1")).hasText("Your password is saved");
        screenshot("invite-3-password-saved");

        signIn(INVITED, CHOSEN);
        open("/partner/listings");
        assertThat(page.locator("main")).containsText("Coventry Carers");
        assertNoSidewaysScrolling();
        screenshot("invite-4-my-listings");

        // the link worked once
        open(path);
        assertThat(page.locator("main")).containsText("This link has expired or has already been used.");
        assertThat(page.getByLabel("New password")).hasCount(0);
        partnerPhone.close();
        org.assertj.core.api.Assertions.assertThat(blocking).isEmpty();
    }
}
