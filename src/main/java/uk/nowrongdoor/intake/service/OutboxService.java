package uk.nowrongdoor.intake.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;

/**
 * Every email the app sends goes through the outbox: {@link #queue} stores it in the caller's transaction (so it is
 * sent only if that commits), {@link OutboxSender} sends it in the background, and staff see what is waiting or
 * failed. Without a mail server, messages stay here for staff to copy and pass on.
 */
@Service
@Transactional(readOnly = true)
public class OutboxService {

    static final String GONE = "That email is no longer in the outbox: it may have been sent or passed on already.";

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    OutboxService(OutboxMessageRepository outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /**
     * Queues an email, sent after the caller's transaction commits. Put only what may travel by email in it: a
     * reference, a link, never a person's story. Any feature may call this.
     */
    @Transactional
    public void queue(String to, String subject, String body) {
        check(to, subject, body);
        outbox.save(new OutboxMessage(to, subject, body, clock.instant()));
    }

    /**
     * Queues an email that carries a sign-in link (an invitation, a password reset): on the outbox screen only admins
     * see it, since whoever copies the link can set that account's password.
     */
    @Transactional
    public void queueSignInLink(String to, String subject, String body) {
        check(to, subject, body);
        outbox.save(OutboxMessage.withSignInLink(to, subject, body, clock.instant()));
    }

    private static void check(String to, String subject, String body) {
        if (to.isBlank() || to.length() > OutboxMessage.TO_MAX) {
            throw new IllegalArgumentException("not an email address that fits the outbox");
        }
        if (subject.length() > OutboxMessage.SUBJECT_MAX || body.length() > OutboxMessage.BODY_MAX) {
            throw new IllegalArgumentException("subject or body too long for the outbox");
        }
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one staff pass emails on by hand. */
    public boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public List<OutboxMessage> latestUnsent() {
        return isAdmin()
                ? outbox.findTop100ByOrderByCreatedAtDesc()
                : outbox.findTop100ByCarriesSignInLinkFalseOrderByCreatedAtDesc();
    }

    /**
     * How many unsent emails carry a sign-in link that only an admin may see: none for an admin (who sees them all in
     * {@link #latestUnsent()}), so a complaints lead is never told the outbox is empty while invitations wait.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public long waitingForAnAdmin() {
        return isAdmin() ? 0 : outbox.countByCarriesSignInLinkTrue();
    }

    /** A member of staff passed the email on by hand: it leaves the outbox and is never sent. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    @Transactional
    public void passedOnByHand(long messageId) {
        outbox.delete(visible(messageId));
    }

    /** Another round of tries for an email the sender gave up on. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    @Transactional
    public void tryAgain(long messageId) {
        visible(messageId).retryNow(clock.instant());
    }

    /** The message, when the signed-in member of staff may see it: a sign-in link is for admins only. */
    private OutboxMessage visible(long messageId) {
        var message = outbox.findById(messageId).orElseThrow(() -> new UserFacingException(GONE));
        if (message.carriesSignInLink() && !isAdmin()) {
            throw new AccessDeniedException("Only an admin may handle an email with a sign-in link");
        }
        return message;
    }

    private static boolean isAdmin() {
        return CurrentUser.get().map(p -> p.hasRole(AppRoles.ADMIN)).orElse(false);
    }
}
