package uk.nowrongdoor.intake.service;

import jakarta.annotation.security.RolesAllowed;
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

    OutboxService(OutboxMessageRepository outbox) {
        this.outbox = outbox;
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public List<OutboxMessage> latestUnsent() {
        return outbox.findTop100ByOrderByCreatedAtDesc();
    }
}
