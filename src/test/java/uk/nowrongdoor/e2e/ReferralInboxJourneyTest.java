package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.referral.service.ReferralFixtures;

/**
 * No wrong door end to end, on phones: a person refers themselves to a listing whose organisation has a receiving
 * team; a partner of that organisation signs in on their phone, opens the referral and marks it contacted; the
 * person's private status link then says "Contacted".
 */
class ReferralInboxJourneyTest extends BrowserTest {

    static final String PARTNER_EMAIL = "partner@rethink.test";
    static final String PARTNER_PASSWORD = "kettle orchard lantern 42";

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Test
    void a_self_referral_reaches_the_partners_phone_and_the_person_sees_it_was_contacted() {
        rateLimiter.reset();
        aPartnerWhoReceivesRethinksReferrals();

        // the person, on their phone
        open("/listing/" + ReferralFixtures.ACCEPTING);
        link("Ask this service for help (refer yourself)").tap();
        page.waitForURL("**/refer/" + ReferralFixtures.ACCEPTING);
        waitForVaadin(page);
        answerEveryStep();
        button("Accept and send").tap();
        assertThat(page.locator("main h1")).hasText("Request sent");
        assertThat(page.locator("main"))
                .containsText(
                        "Your request is with Rethink Mental Illness. They aim to " + "contact you within 24 hours");
        String reference = page.locator(".nwd-reference").innerText();
        String code = page.locator(".nwd-status-code").innerText();
        String statusLink = link("Check the progress of your request").getAttribute("href");
        screenshot("referral-inbox-1-sent");

        // the partner, on another phone
        var partnerPhone = phone(390, true);
        var person = page;
        page = partnerPhone.newPage();
        open("/login");
        page.getByLabel("Email address").fill(PARTNER_EMAIL);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(PARTNER_PASSWORD);
        button("Log in").tap();
        page.waitForURL(url -> !url.contains("/login"));
        open("/staff/referrals");
        var card = page.locator(".nwd-referral-card").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card).containsText("New");
        assertThat(card).not().containsText("Sam");
        var blocking = new ArrayList<>(axe("referral inbox"));
        assertNoSidewaysScrolling();
        screenshot("referral-inbox-2-inbox");

        card.getByRole(AriaRole.LINK).tap();
        page.waitForURL("**/staff/referrals/*");
        waitForVaadin(page);
        assertThat(page.locator("main h1")).hasText("Referral " + reference);
        var safe = page.locator(".nwd-safe-contact");
        assertThat(safe).containsText("Yes, you may leave a voicemail");
        assertThat(safe).containsText("Weekday mornings");
        assertThat(safe.getByRole(AriaRole.LINK)).hasAttribute("href", "tel:07700900982");
        blocking.addAll(axe("referral screen"));
        assertNoSidewaysScrolling();
        screenshot("referral-inbox-3-referral");
        button("Mark as contacted").tap();
        assertThat(page.locator("main")).containsText("Marked contacted");
        screenshot("referral-inbox-4-contacted");
        partnerPhone.close();

        // the person checks again
        page = person;
        page.navigate(url("/" + statusLink));
        waitForVaadin(page);
        // the link carries the reference only; the person types the code
        page.getByLabel("Status code").fill(code);
        button("Check status").tap();
        var result = page.locator(".nwd-status-result");
        assertThat(result).containsText("Contacted on");
        assertThat(result).containsText("The service has been in touch with you");
        screenshot("referral-inbox-5-status-contacted");
        assertThat(blocking).isEmpty();
    }

    private void aPartnerWhoReceivesRethinksReferrals() {
        transactions.executeWithoutResult(s -> {
            if (accounts.findByEmail(PARTNER_EMAIL).isPresent()) {
                return;
            }
            var account = staffAccount(
                    PARTNER_EMAIL,
                    "Rethink partner",
                    StaffRole.PARTNER,
                    PARTNER_PASSWORD,
                    organisations
                            .findBySlug(ReferralFixtures.ACCEPTING_ORGANISATION)
                            .orElseThrow());
            account.setReceivesReferrals(true);
            accounts.save(account);
        });
    }

    private void answerEveryStep() {
        radio("Me").tap();
        button("Continue").tap();
        radio("Yes, I am safe right now").tap();
        button("Continue").tap();
        page.getByLabel("In your own words, what help would you like?").fill("Someone to talk to, please.");
        button("Continue").tap();
        page.getByLabel("What should they call you?").fill("Sam");
        radio("Phone call").tap();
        page.getByLabel("Phone number").fill("07700 900982");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("They can leave a voicemail"))
                .tap();
        page.getByLabel("When is it safe and convenient to contact you? (optional)")
                .fill("Weekday mornings");
        button("Continue").tap();
        assertThat(page.locator("main h1")).hasText("About you (optional)");
        button("Continue").tap();
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions()
                                .setName("I agree that you can send my answers to Rethink Mental Illness"))
                .tap();
        button("Continue").tap();
        assertThat(page.locator("main h1")).hasText("Check your answers before sending");
    }

    private Locator radio(String name) {
        return page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
