package uk.nowrongdoor.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.PrivacyLogEntry;
import uk.nowrongdoor.feedback.domain.PrivacyLogRepository;
import uk.nowrongdoor.security.AppRoles;

/**
 * Anonymises closed feedback once its kind's retention period has passed since it was closed (the privacy notice says
 * 2 years), and records each run in the privacy log (counts and cut-offs only). What stays is what the report counts.
 */
@Service
@Transactional
public class FeedbackRetention {

    static final String JOB = "retention job";
    private static final Logger log = LoggerFactory.getLogger(FeedbackRetention.class);

    private final FeedbackRepository feedback;
    private final PrivacyLogRepository privacyLog;
    private final FeedbackRetentionProperties properties;

    FeedbackRetention(
            FeedbackRepository feedback, PrivacyLogRepository privacyLog, FeedbackRetentionProperties properties) {
        this.feedback = feedback;
        this.privacyLog = privacyLog;
        this.properties = properties;
    }

    /** Called by {@link FeedbackJobs} with the application clock; tests pass a fixed one. */
    public PrivacyLogEntry anonymiseExpired(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        int done = 0;
        var cutOffs = new ArrayList<String>();
        for (FeedbackKind kind : FeedbackKind.values()) {
            LocalDate closedOnOrBefore = today.minus(properties.periodFor(kind));
            List<Feedback> due = feedback.findDueForAnonymising(kind, closedOnOrBefore);
            due.forEach(f -> f.anonymise(today));
            done += due.size();
            cutOffs.add(kind.name().toLowerCase(java.util.Locale.UK) + " closed on or before " + closedOnOrBefore + ": "
                    + due.size());
        }
        log.info("Feedback retention: anonymised {} closed item(s)", done);
        return privacyLog.save(new PrivacyLogEntry(
                clock.instant(), PrivacyLogEntry.Action.RETENTION, JOB, done, String.join("; ", cutOffs)));
    }

    /** The latest retention runs, exports and erasures, newest first. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<PrivacyLogEntry> recentLog() {
        return privacyLog.findTop20ByOrderByOccurredAtDescIdDesc();
    }
}
