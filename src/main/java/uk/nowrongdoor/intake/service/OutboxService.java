package uk.nowrongdoor.intake.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;

/** The emails that were not sent, for staff to read and pass on by hand. */
@Service
@Transactional(readOnly = true)
public class OutboxService {

    private final OutboxMessageRepository outbox;
    private final Clock clock;

    OutboxService(OutboxMessageRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Puts a staff email (an invitation, a password link, a notification without personal details) in the outbox.
     * Without an SMTP server an admin copies it from the outbox screen.
     */
    @Transactional
    public void queue(String to, String subject, String body) {
        outbox.save(new OutboxMessage(to, subject, body, OutboxMessage.NO_SMTP, clock.instant()));
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public List<OutboxMessage> latestUnsent() {
        return outbox.findTop100ByOrderByCreatedAtDesc();
    }
}
