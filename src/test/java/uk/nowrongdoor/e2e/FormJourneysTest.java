package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;

/**
 * Both forms on a phone (390 px, touch): a self-referral from a listing to its status page, the risk path, a required
 * step left empty, a compliment and a formal complaint, a draft that survives a reload until quick exit clears it,
 * and both forms at 320 px.
 */
class FormJourneysTest extends BrowserTest {

    static final String REFER_SLUG = "rethink-self-referral-support";
    static final String ORGANISATION = "Rethink Mental Illness";
    static final Pattern REFERENCE = Pattern.compile("NWD-[A-Z]-[A-Z0-9]{4}-[A-Z0-9]{4}");
    /** Words the forms must never use: nobody watches them around the clock. */
    static final List<String> PROMISES = List.of(
            "we will call you",
            "we will ring you",
            "urgent response",
            "respond urgently",
            "reply urgently",
            "someone will contact you straight away");

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    SelfReferralRepository referrals;

    /** Every response of 500 or more the page received. */
    final List<String> serverErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void everyJourneyStartsWithAFreshAllowanceAndWatchesForServerErrors() {
        // every browser test comes from 127.0.0.1; the limit is per client, so each journey gets its own allowance
        rateLimiter.reset();
        watchForServerErrors();
    }

    @Test
    void a_person_refers_themselves_from_a_listing_and_sees_their_request_is_new_on_the_status_page() {
        open("/listing/" + REFER_SLUG);
        link("Ask this service for help (refer yourself)").tap();
        page.waitForURL("**/refer/" + REFER_SLUG);
        waitForVaadin(page);

        answerEveryStep(() -> {});

        assertThat(heading()).hasText("Check your answers before sending");
        var answers = page.locator(".nwd-check-answers");
        assertThat(answers).containsText("Sam");
        assertThat(answers).containsText("Phone call");
        assertThat(answers).containsText("07700 900982");
        assertThat(answers).containsText("Someone to talk to about feeling low");
        assertThat(answers).containsText("You agreed");
        long before = referrals.count();
        // a nervous double tap, at the foot of the page where the button is, sends one request, not two
        button("Accept and send").scrollIntoViewIfNeeded();
        button("Accept and send").evaluate("b => { b.click(); b.click(); }");

        assertThat(heading()).hasText("Request sent");
        var reference = page.locator(".nwd-reference");
        assertThat(reference).hasText(REFERENCE);
        // on a phone the reference is on screen at once, not above it out of sight
        assertOnScreen(reference);
        String ref = reference.innerText();
        assertThat(referrals.count()).isEqualTo(before + 1);
        assertThat(referrals.findByReference(ref)).isPresent();
        assertThat(page.locator(".nwd-status-code")).not().isEmpty();
        String code = page.locator(".nwd-status-code").innerText();
        assertThat(page).hasTitle("Request sent | No Wrong Door");
        assertThat(page.locator("main")).containsText(RISK_NOTICE_WORDS);
        assertNoPromiseOfAnUrgentReply();
        assertThat((Object) page.evaluate("() => sessionStorage.getItem('nwd-draft-refer-" + REFER_SLUG + "')"))
                .as("the draft is cleared once the request is stored")
                .isNull();
        screenshot("forms-1-referral-sent");

        link("Check the progress of your request").tap();
        // the link carries the reference only: the code is typed, so it never reaches history or logs
        page.waitForURL(Pattern.compile(".*/referral-status\\?ref=" + ref + "$"));
        waitForVaadin(page);
        assertThat(page.getByLabel("Reference number")).hasValue(ref);
        page.getByLabel("Status code").fill(code);
        button("Check status").tap();
        var result = page.locator(".nwd-status-result");
        assertThat(result).containsText("Status of " + ref);
        assertThat(result).containsText("Sent to the service. They have not opened it yet.");
        assertThat(result).not().containsText("feeling low");
        assertThat(page.getByLabel("Reference number")).hasValue(ref);
        screenshot("forms-1-referral-status-new");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void answering_not_safe_shows_the_crisis_card_at_once_and_never_promises_an_urgent_reply() {
        open("/refer/" + REFER_SLUG);
        radio("Me").tap();
        button("Continue").tap();
        assertThat(heading()).hasText("Are you safe right now?");
        assertThat(riskNotice()).isHidden();

        radio("No, I do not feel safe right now").tap();

        // at once: before Continue
        assertCrisisCardIsShown();
        assertThat(heading()).hasText("Are you safe right now?");
        assertNoPromiseOfAnUrgentReply();
        riskNotice().scrollIntoViewIfNeeded();
        screenshot("forms-2-referral-not-safe");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void a_clear_risk_phrase_typed_in_the_feedback_form_shows_the_crisis_card_while_the_person_is_typing() {
        open("/feedback");
        assertThat(riskNotice()).isHidden();
        var what = page.getByLabel("What happened?");
        what.tap();
        page.keyboard().type("Nobody rang me back and now I cant go on");

        assertCrisisCardIsShown();
        assertNoPromiseOfAnUrgentReply();
        riskNotice().scrollIntoViewIfNeeded();
        screenshot("forms-2-feedback-risk-phrase");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void continuing_past_a_required_step_without_an_answer_shows_a_message_next_to_the_field() {
        open("/refer/" + REFER_SLUG);
        button("Continue").tap();

        var who = page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText("Who is this for?"));
        assertThat(who).hasAttribute("invalid", "");
        assertThat(who).hasAttribute("aria-invalid", "true");
        var message = who.locator("[slot=error-message]");
        assertThat(message).isVisible();
        assertThat(message).hasText("Select who you are asking for help for");
        assertThat(page.locator(".nwd-error-summary")).containsText("There is a problem");
        assertThat(heading()).hasText("Who are you asking for help for?");
        message.scrollIntoViewIfNeeded();
        screenshot("forms-3-referral-required-step");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void sending_an_empty_feedback_form_shows_messages_next_to_the_fields_and_no_server_error() {
        open("/feedback");
        button("Send").tap();

        var what = page.getByLabel("What happened?");
        assertThat(what).hasAttribute("aria-invalid", "true");
        var field = page.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHasText("What happened?"));
        assertThat(field.locator("[slot=error-message]")).hasText("Tell us what happened");
        assertThat(field.locator("[slot=error-message]")).isVisible();
        var kind = page.locator("vaadin-radio-group")
                .filter(new Locator.FilterOptions().setHasText("What would you like to tell us?"));
        assertThat(kind.locator("[slot=error-message]")).hasText("Select what kind of feedback this is");
        assertThat(page.locator(".nwd-error-summary")).containsText("There is a problem");
        assertThat(heading()).hasText("Give feedback or make a complaint");
        field.scrollIntoViewIfNeeded();
        screenshot("forms-3-feedback-empty");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void an_anonymous_compliment_about_an_organisation_picked_from_the_list_gets_a_reference() {
        open("/feedback");
        radio("A compliment").tap();
        pickSubject("Rethink", ORGANISATION + " (the organisation)");
        page.getByLabel("What happened?").fill("The person on the phone listened and helped me find a group.");
        checkbox("Send this without my name").tap();
        assertThat(page.getByLabel("Your name")).isHidden();
        button("Send").tap();

        assertThat(heading()).hasText("Feedback sent");
        assertThat(page.locator(".nwd-reference")).hasText(REFERENCE);
        assertOnScreen(page.locator(".nwd-reference"));
        assertThat(page.locator("main")).containsText("we cannot reply to you");
        assertThat(page).hasTitle("Feedback sent | No Wrong Door");
        screenshot("forms-4-compliment-sent");

        // typed in by hand on the status page, as someone who wrote them down would
        String ref = page.locator(".nwd-reference").innerText();
        String code = page.locator(".nwd-status-code").innerText();
        open("/feedback-status");
        page.getByLabel("Reference number").fill(ref);
        page.getByLabel("Status code").fill(code);
        button("Check status").tap();
        var result = page.locator(".nwd-status-result");
        assertThat(result).containsText("Status of " + ref);
        assertThat(result).containsText("Received. A member of staff will acknowledge it.");
        assertThat(result).not().containsText("found a group");
        screenshot("forms-4-compliment-status");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void a_formal_complaint_with_contact_details_shows_the_honest_time_limits() {
        open("/feedback");
        radio("A formal complaint").tap();
        var main = page.locator("main");
        assertThat(main).containsText("normally be made within 12 months");
        assertThat(main).containsText("We acknowledge complaints within 3 working days");

        pickSubject("not sure", "I am not sure");
        page.getByLabel("What happened?").fill("I was promised a call back after my assessment and nobody rang.");
        page.getByLabel("When did it happen? (optional)").fill("early November");
        page.getByLabel("What would you like to happen?").fill("A call back and an apology.");
        var name = page.getByLabel("Your name");
        assertThat(name).hasAttribute("autocomplete", "name");
        name.fill("Alex");
        var email = page.getByLabel("Email address");
        assertThat(email).hasAttribute("autocomplete", "email");
        email.fill("alex@example.com");
        var phone = page.getByLabel("Phone number");
        assertThat(phone).hasAttribute("autocomplete", "tel");
        assertThat(phone).hasAttribute("inputmode", "tel");
        button("Send").tap();

        assertThat(heading()).hasText("Feedback sent");
        assertThat(page.locator(".nwd-reference")).hasText(REFERENCE);
        // the fixed clock says Wednesday 25 November 2026: three working days on is the Monday
        assertThat(main).containsText("We will acknowledge it by Monday 30 November 2026 (within 3 working days).");
        assertNoPromiseOfAnUrgentReply();
        screenshot("forms-4-complaint-sent");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void what_was_typed_in_the_feedback_form_survives_a_reload_in_a_new_session_until_quick_exit_clears_it() {
        String story = "The waiting room was full and nobody told us about the delay.";
        open("/feedback");
        radio("A comment or suggestion").tap();
        var what = page.getByLabel("What happened?");
        what.tap();
        page.keyboard().type(story);
        page.waitForFunction("text => (sessionStorage.getItem('nwd-draft-feedback') || '').includes(text)", story);

        // the server session is gone too (as after a timeout): the draft lives in the browser tab
        context.clearCookies();
        page.reload();
        waitForVaadin(page);
        assertThat(page.getByLabel("What happened?")).hasValue(story);
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("A comment or suggestion")))
                .isChecked();
        screenshot("forms-5-feedback-draft-restored");

        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.waitForURL(NEUTRAL.url());
        assertThat(page).hasTitle(NeutralSite.TITLE);

        open("/feedback");
        assertThat((Object) page.evaluate("() => sessionStorage.getItem('nwd-draft-feedback')"))
                .as("quick exit clears the draft")
                .isNull();
        assertThat(page.getByLabel("What happened?")).hasValue("");
        assertThat(page.locator("main")).not().containsText("The waiting room");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void the_exit_button_clears_a_self_referral_draft() {
        open("/refer/" + REFER_SLUG);
        radio("Me").tap();
        button("Continue").tap();
        radio("Yes, I am safe right now").tap();
        button("Continue").tap();
        page.getByLabel("In your own words, what help would you like?").fill("Help with sleep");
        page.waitForFunction("() => (sessionStorage.getItem('nwd-draft-refer-" + REFER_SLUG + "') || '')"
                + ".includes('Help with sleep')");

        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("main")).containsText("We have kept what you typed before");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exit this page"))
                .tap();
        page.waitForURL(NEUTRAL.url());
        open("/refer/" + REFER_SLUG);
        assertThat((Object) page.evaluate("() => sessionStorage.getItem('nwd-draft-refer-" + REFER_SLUG + "')"))
                .isNull();
        assertThat(page.locator("main")).not().containsText("We have kept what you typed before");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void both_forms_fit_a_320_pixel_screen_at_every_step_without_sideways_scrolling() {
        context.close();
        context = phone(320, true);
        page = context.newPage();
        watchForServerErrors();

        open("/refer/" + REFER_SLUG);
        assertNoSidewaysScrolling("referral, first step");
        answerEveryStep(() -> assertNoSidewaysScrolling("referral, " + heading().innerText()));
        assertThat(heading()).hasText("Check your answers before sending");
        assertNoSidewaysScrolling("referral, check your answers");
        screenshot("forms-6-referral-check-answers-at-320px");

        open("/feedback");
        radio("A formal complaint").tap();
        radio("No, I do not feel safe right now").tap();
        assertCrisisCardIsShown();
        page.getByText("Equality questions (optional)").tap();
        assertThat(page.getByText("Gender (optional)")).isVisible();
        assertNoSidewaysScrolling("feedback, complaint with the crisis card and equality questions open");
        screenshot("forms-6-feedback-at-320px");
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void every_state_of_both_forms_has_no_serious_or_critical_axe_violations() {
        var blocking = new ArrayList<String>();
        open("/refer/" + REFER_SLUG);
        button("Continue").tap();
        assertThat(page.locator(".nwd-error-summary")).isVisible();
        blocking.addAll(axe("referral, first step with an error"));
        radio("Me").tap();
        button("Continue").tap();
        radio("No, I do not feel safe right now").tap();
        assertThat(riskNotice()).isVisible();
        blocking.addAll(axe("referral, not safe with the crisis card"));
        radio("Yes, I am safe right now").tap();
        button("Continue").tap();
        answerFromHelpWanted(() -> blocking.addAll(axe("referral, " + heading().innerText())));
        assertThat(heading()).hasText("Check your answers before sending");
        blocking.addAll(axe("referral, check your answers"));
        button("Accept and send").tap();
        assertThat(heading()).hasText("Request sent");
        blocking.addAll(axe("referral, request sent"));

        open("/feedback");
        button("Send").tap();
        assertThat(page.locator(".nwd-error-summary")).isVisible();
        blocking.addAll(axe("feedback, sent empty"));
        radio("A formal complaint").tap();
        checkbox("I am telling you this for someone else").tap();
        page.getByText("Equality questions (optional)").tap();
        waitForVaadin(page);
        blocking.addAll(axe("feedback, complaint for someone else with equality questions open"));
        radio("A compliment").tap();
        pickSubject("partnership", "The partnership or this website");
        page.getByLabel("What happened?").fill("Thank you for listing the evening café.");
        checkbox("They know and agree to me telling you").tap();
        checkbox("Send this without my name").tap();
        button("Send").tap();
        assertThat(heading()).hasText("Feedback sent");
        blocking.addAll(axe("feedback, sent"));

        assertThat(blocking).isEmpty();
        assertThat(serverErrors).isEmpty();
    }

    static final String RISK_NOTICE_WORDS = "This form is not watched around the clock";

    /** Goes through the six question pages as a person would, calling {@code eachStep} on each. */
    private void answerEveryStep(Runnable eachStep) {
        assertThat(heading()).hasText("Who are you asking for help for?");
        eachStep.run();
        radio("Me").tap();
        button("Continue").tap();

        assertThat(heading()).hasText("Are you safe right now?");
        eachStep.run();
        radio("Yes, I am safe right now").tap();
        button("Continue").tap();

        answerFromHelpWanted(eachStep);
    }

    /** The rest of the journey, from "What help would you like?" to "Check your answers". */
    private void answerFromHelpWanted(Runnable eachStep) {
        assertThat(heading()).hasText("What help would you like?");
        eachStep.run();
        page.getByLabel("In your own words, what help would you like?").tap();
        page.keyboard().type("Someone to talk to about feeling low since my job ended.");
        button("Continue").tap();

        assertThat(heading()).hasText("How should the service contact you?");
        eachStep.run();
        var name = page.getByLabel("What should they call you?");
        assertThat(name).hasAttribute("autocomplete", "name");
        name.tap();
        page.keyboard().type("Sam");
        radio("Phone call").tap();
        var phone = page.getByLabel("Phone number");
        assertThat(phone).isVisible();
        assertThat(phone).hasAttribute("autocomplete", "tel");
        assertThat(phone).hasAttribute("inputmode", "tel");
        phone.tap();
        page.keyboard().type("07700 900982");
        checkbox("They can leave a voicemail").tap();
        page.getByLabel("When is it safe and convenient to contact you? (optional)")
                .fill("Weekday mornings");
        eachStep.run();
        button("Continue").tap();

        assertThat(heading()).hasText("About you (optional)");
        // after the longest step, the next question starts on screen, not scrolled past
        assertOnScreen(heading());
        assertThat(heading()).isFocused();
        eachStep.run();
        button("Continue").tap();

        assertThat(heading()).hasText("Sharing your answers");
        eachStep.run();
        var agree = checkbox("I agree that you can send my answers to " + ORGANISATION);
        agree.focus();
        page.keyboard().press("Space");
        assertThat(agree).isChecked();
        // the honeypot field is never reached by keyboard: Tab goes straight from the agreement to Continue
        page.keyboard().press("Tab");
        assertThat((String) page.evaluate(
                        "() => (document.activeElement && document.activeElement.innerText || '').trim()"))
                .isEqualTo("Continue");
        page.keyboard().press("Enter");
    }

    /** Types into "Who is it about?" and taps the suggestion, as a person would on a phone. */
    private void pickSubject(String typed, String choice) {
        waitForVaadin(page);
        var subject = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Who is it about?"));
        subject.tap();
        subject.pressSequentially(typed);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(choice).setExact(true))
                .tap();
        assertThat(subject).hasValue(choice);
        waitForVaadin(page);
    }

    /** On screen and not hidden behind the sticky header. */
    private void assertOnScreen(Locator locator) {
        assertThat(
                        (Boolean)
                                locator.evaluate(
                                        """
                        el => {
                          const r = el.getBoundingClientRect();
                          const header = document.querySelector('.nwd-header');
                          const top = header ? header.getBoundingClientRect().bottom : 0;
                          return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;
                        }
                        """))
                .as("%s is on screen below the header", locator)
                .isTrue();
    }

    private void assertCrisisCardIsShown() {
        var notice = riskNotice();
        assertThat(notice).isVisible();
        assertThat(notice).hasAttribute("role", "alert");
        assertThat(notice).containsText(RISK_NOTICE_WORDS);
        assertThat(notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Emergency: Call 999")))
                .hasAttribute("href", "tel:999");
        assertThat(notice.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^NHS 111.*Call 111"))))
                .hasAttribute("href", "tel:111");
        assertThat(notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Samaritans: Call 116 123")))
                .hasAttribute("href", "tel:116123");
    }

    private void assertNoPromiseOfAnUrgentReply() {
        String text = page.locator("main").innerText().toLowerCase(Locale.UK);
        for (String promise : PROMISES) {
            assertThat(text).as("the form promises \"%s\"", promise).doesNotContain(promise);
        }
    }

    private void assertNoSidewaysScrolling(String where) {
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(
                        "%s scrolls sideways at 320 px (scrollWidth %s)",
                        where, page.evaluate("document.documentElement.scrollWidth"))
                .isTrue();
    }

    private void watchForServerErrors() {
        page.onResponse(response -> {
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " " + response.url());
            }
        });
    }

    private Locator riskNotice() {
        return page.locator("main .nwd-risk-notice");
    }

    private Locator heading() {
        return page.locator("main h1");
    }

    private Locator radio(String name) {
        return page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator checkbox(String name) {
        return page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
