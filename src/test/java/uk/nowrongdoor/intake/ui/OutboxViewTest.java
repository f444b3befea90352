package uk.nowrongdoor.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class OutboxViewTest extends AbstractUiTest {

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    uk.nowrongdoor.intake.service.OutboxService outboxService;

    @AfterEach
    void cleanUp() {
        outbox.deleteAll();
    }

    @Test
    void the_complaints_lead_reads_unsent_acknowledgements() {
        outbox.save(
                new OutboxMessage("sam@example.com", "Subject", "Your reference is NWD-F-AAAA-BBBB.", Instant.now()));
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively())
                .contains("To: sam@example.com", "NWD-F-AAAA-BBBB", "Not sent: no mail server is configured");
    }

    @Test
    void marking_an_email_as_passed_on_by_hand_removes_it_from_the_outbox() {
        outbox.save(new OutboxMessage("sam@example.com", "Subject", "Reference NWD-F-AAAA-BBBB.", Instant.now()));
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(OutboxView.class);

        _click(_get(Button.class, spec -> spec.withText("Passed on by hand: remove")));

        assertThat(outbox.count()).isZero();
        assertThat(_get(OutboxView.class).getElement().getTextRecursively()).contains("There are no unsent emails");
    }

    @Test
    void an_email_the_sender_gave_up_on_says_so_and_can_be_tried_again() {
        var message = new OutboxMessage("sam@example.com", "Subject", "Reference NWD-F-AAAA-BBBB.", Instant.now());
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.failed("MailSendException", Instant.now());
        }
        outbox.save(message);
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively())
                .contains("Not sent: the mail server refused it 6 times (MailSendException)");

        _click(_get(Button.class, spec -> spec.withText("Try sending again")));

        var stored = outbox.findAll().get(0);
        assertThat(stored.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(stored.getAttempts()).isZero();
    }

    @Test
    void an_invitation_link_is_shown_to_admins_but_never_to_a_complaints_lead() {
        outbox.save(OutboxMessage.withSignInLink(
                "new.partner@example.org",
                "Invited",
                "https://nwd.test/account/set-password?token=SECRET",
                Instant.now()));
        outbox.save(new OutboxMessage("sam@example.com", "Subject", "Reference NWD-F-AAAA-BBBB.", Instant.now()));

        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively())
                .contains("NWD-F-AAAA-BBBB")
                .doesNotContain("SECRET")
                .doesNotContain("new.partner@example.org");
        long invitation = outbox.findAll().stream()
                .filter(OutboxMessage::carriesSignInLink)
                .findFirst()
                .orElseThrow()
                .getId();
        assertThatThrownBy(() -> outboxService.passedOnByHand(invitation))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> outboxService.tryAgain(invitation))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively()).contains("SECRET");
    }

    @Test
    void a_complaints_lead_is_told_an_invitation_waits_for_an_admin_instead_of_an_empty_outbox() {
        outbox.save(OutboxMessage.withSignInLink(
                "new.partner@example.org",
                "Invited",
                "https://nwd.test/account/set-password?token=SECRET",
                Instant.now()));

        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively())
                .contains("1 email with a sign-in link (an invitation or a password reset) is waiting")
                .contains("There are no other unsent emails")
                .doesNotContain("There are no unsent emails")
                .doesNotContain("SECRET");
    }

    @Test
    void an_admin_may_open_the_outbox() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively()).contains("There are no unsent emails");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/outbox");
        _get(LoginView.class);
        assertThat(_find(OutboxView.class)).isEmpty();
    }

    @Test
    void a_partner_may_not_open_the_outbox() {
        loginAs("partner", AppRoles.PARTNER);
        // Karibu 2.5 reports the denied navigation as an error instead of rendering the error view, so the next lookup
        // fails
        UI.getCurrent().navigate("staff/outbox");
        assertThatThrownBy(() -> _find(OutboxView.class)).hasMessageContaining("AccessDenied");
    }
}
