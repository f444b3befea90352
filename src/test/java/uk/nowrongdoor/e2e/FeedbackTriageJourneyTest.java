package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/**
 * A complaints lead's journey on a phone: a partnership-wide lead (like the dev account {@code lead}) signs in, opens
 * the urgent complaint at the top of the queue, codes its theme, sends the acknowledgement, and the acknowledgement
 * clock stops. Own account and complaint, removed afterwards.
 */
class FeedbackTriageJourneyTest extends BrowserTest {

    private static final String EMAIL = "e2e-complaints-lead@example.org";
    private static final String PASSWORD = "correct horse battery staple 12";

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    OutboxMessageRepository outbox;

    @BeforeEach
    void aPartnershipWideComplaintsLead() {
        transactions.executeWithoutResult(s -> {
            var lead = staffAccount(EMAIL, "Partnership complaints lead", StaffRole.COMPLAINTS_LEAD, PASSWORD);
            lead.setPartnershipWide(true);
            accounts.save(lead);
        });
    }

    @AfterEach
    void removeTheLeadAndTheFeedback() {
        fixtures.forgetAll();
        accounts.findByEmail(EMAIL).ifPresent(accounts::delete);
    }

    @Test
    void a_lead_opens_an_urgent_complaint_on_a_phone_codes_it_sends_the_acknowledgement_and_the_clock_stops() {
        // "not safe right now": the risk screen makes it urgent and a safeguarding concern
        long id = fixtures.send(null, FeedbackKind.COMPLAINT, true);
        Feedback item = feedback.findById(id).orElseThrow();
        String reference = item.getReference();
        outbox.deleteAll();

        signIn(EMAIL, PASSWORD);

        open("/staff/feedback");
        var cards = page.locator("main .nwd-card");
        assertThat(cards.first()).containsText("Risk indicated");
        var card = cards.filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card).containsText("Risk indicated");
        assertThat(card).not().containsText(item.getWhatHappened());
        var blocking = new ArrayList<>(axe("feedback queue"));
        assertNoSidewaysScrolling();
        screenshot("triage-1-queue-urgent-first");

        card.getByRole(AriaRole.LINK).tap();
        page.waitForURL(Pattern.compile(".*/staff/feedback/item/" + id));
        waitForVaadin(page);
        var main = page.locator("main");
        assertThat(main.locator("h1")).hasText(reference + ": A formal complaint");
        assertThat(main).containsText("Acknowledge by 30 November 2026");
        blocking.addAll(axe("feedback item"));
        assertNoSidewaysScrolling();
        screenshot("triage-2-item-clock-running");

        var themes = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Themes"));
        themes.tap();
        themes.pressSequentially("Appointments");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Appointments"))
                .tap();
        page.keyboard().press("Escape");
        button("Save coding").tap();
        assertThat(main).containsText("Themes: not recorded → Appointments");
        screenshot("triage-3-coded");

        button("Send the acknowledgement").tap();
        assertThat(main).containsText("Acknowledged on 25 November 2026");
        assertThat(main).not().containsText("Acknowledge by");
        assertThat(main).containsText("Acknowledgement email sent");
        screenshot("triage-4-acknowledged-clock-stopped");

        var saved = feedback.findById(id).orElseThrow();
        assertThat(saved.getAcknowledgedOn()).isEqualTo(NOW.toLocalDate());
        List<Theme> themesSaved = transactions.execute(
                s -> List.copyOf(feedback.findById(id).orElseThrow().getThemes()));
        assertThat(themesSaved).containsExactly(Theme.APPOINTMENTS);
        assertThat(outbox.findAll()).singleElement().satisfies(m -> assertThat(m.getTo())
                .isEqualTo(item.getEmail()));
        assertThat(blocking).isEmpty();
    }
}
