package uk.nowrongdoor.referral.service;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.intake.service.IntakeProperties;
import uk.nowrongdoor.intake.service.OutboxService;

/**
 * Tells staff that referrals are waiting. An email never holds personal details, the reference or the service
 * asked: someone else may read the inbox. Only that one is waiting, and a link that needs a sign-in.
 */
@Component
class ReferralNotifier {

    private static final Logger log = LoggerFactory.getLogger(ReferralNotifier.class);
    static final String NEW_SUBJECT = "No Wrong Door: a referral is waiting";
    static final String QUEUE_SUBJECT = "No Wrong Door: referrals are waiting for the coordinators";

    private final StaffDirectory staff;
    private final OutboxService outbox;
    private final IntakeProperties properties;

    ReferralNotifier(StaffDirectory staff, OutboxService outbox, IntakeProperties properties) {
        this.staff = staff;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** A new or passed-on referral reached an organisation: its receiving team hears. */
    void waitingAt(Long organisationId, Long referralId) {
        String body = "A referral is waiting in your organisation's referral inbox on No Wrong Door.\n\n"
                + "Open it (you will be asked to sign in): " + link(referralId) + "\n\n"
                + "This email holds no personal details on purpose.\n";
        staff.receivingTeamEmails(organisationId).forEach(to -> outbox.queue(to, NEW_SUBJECT, body));
    }

    /** Referrals reached the coordinators' queue: every coordinator hears, once per check. */
    void waitingForCoordinators(List<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return;
        }
        var body = new StringBuilder()
                .append(referralIds.size() == 1 ? "A referral is" : referralIds.size() + " referrals are")
                .append(" waiting in the coordinators' queue on No Wrong Door: not opened in time, or passed on")
                .append(" as \"not sure where\".\n\nOpen (you will be asked to sign in):\n");
        referralIds.forEach(id -> body.append(link(id)).append('\n'));
        body.append("\nThis email holds no personal details on purpose.\n");
        var coordinators = staff.emailsWithRole(StaffRole.COORDINATOR);
        if (coordinators.isEmpty()) {
            log.warn(
                    "{} referral(s) reached the coordinators' queue but no coordinator account is enabled",
                    referralIds.size());
        }
        coordinators.forEach(to -> outbox.queue(to, QUEUE_SUBJECT, body.toString()));
    }

    private String link(Long referralId) {
        return properties.publicUrl() + "/staff/referrals/" + referralId;
    }
}
