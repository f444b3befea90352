package uk.nowrongdoor.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackEvent;
import uk.nowrongdoor.feedback.domain.FeedbackEventRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.ReplyTemplate;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.service.BankHolidays;
import uk.nowrongdoor.intake.service.IntakeProperties;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Complaints leads triage feedback: the queue, coding, reclassification, reassignment, safeguarding, replies and
 * closing. A lead sees the feedback of their organisations; a partnership-wide lead also sees feedback about the
 * partnership or "not sure", and that of any organisation without a complaints lead (so nothing is a dead end).
 * Every change is audited with who, what and when; the audit never holds notes or what the person wrote.
 */
@Service
@Transactional
public class TriageService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String PARTNERSHIP_NAME = "The partnership (or not sure)";
    /** The item screen's path (FeedbackItemView), for links in emails. */
    static final String ITEM_PATH = "staff/feedback/item/";

    private final FeedbackRepository feedback;
    private final FeedbackEventRepository events;
    private final OrganisationRepository organisations;
    private final TriageSettings settings;
    private final BankHolidays bankHolidays;
    private final StaffDirectory staff;
    private final OutboxService outbox;
    private final IntakeProperties mail;
    private final TriageProperties properties;
    private final Clock clock;

    TriageService(
            FeedbackRepository feedback,
            FeedbackEventRepository events,
            OrganisationRepository organisations,
            TriageSettings settings,
            BankHolidays bankHolidays,
            StaffDirectory staff,
            OutboxService outbox,
            IntakeProperties mail,
            TriageProperties properties,
            Clock clock) {
        this.feedback = feedback;
        this.events = events;
        this.organisations = organisations;
        this.settings = settings;
        this.bankHolidays = bankHolidays;
        this.staff = staff;
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Risk-flagged and safeguarding items first, then the nearest deadline, then the oldest. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        StaffPrincipal me = CurrentUser.require();
        Set<LocalDate> holidays = bankHolidays.days();
        LocalDate today = today();
        return feedback.findVisibleTo(withSentinel(visibleOrganisations(me)), me.partnershipWide()).stream()
                .filter(f -> filter.status() == null
                        ? f.getStatus() != FeedbackStatus.CLOSED
                        : f.getStatus() == filter.status())
                .filter(f -> filter.kind() == null || f.getKind() == filter.kind())
                .filter(f -> filter.organisation() == null || Objects.equals(filter.organisation(), orgKey(f)))
                .filter(f -> !filter.safeguardingOnly() || f.isSafeguarding())
                .map(f -> queueItem(f, today, holidays))
                .filter(q -> !filter.overdueOnly() || q.overdue())
                .sorted(Comparator.comparing((QueueItem q) -> !(q.risk() || q.safeguarding()))
                        .thenComparing(QueueItem::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QueueItem::received)
                        .thenComparing(QueueItem::id))
                .toList();
    }

    /** The organisations this lead can filter by or reassign to: every organisation (reassignment is never a dead end). */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        var result = new ArrayList<OrganisationOption>();
        result.add(new OrganisationOption(QueueFilter.PARTNERSHIP, PARTNERSHIP_NAME));
        organisations
                .findAllByOrderByNameAsc()
                .forEach(o -> result.add(new OrganisationOption(o.getId(), o.getName())));
        return result;
    }

    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    @Transactional(readOnly = true)
    public TriageItem item(long id) {
        Feedback f = visible(id);
        Set<LocalDate> holidays = bankHolidays.days();
        ComplaintsPolicy policy = policyOf(f);
        var coding = new Coding();
        coding.setThemes(f.getThemes());
        coding.setOutcome(f.getOutcome());
        coding.setAcknowledgedOn(f.getAcknowledgedOn());
        coding.setResponseDue(f.getResponseDue());
        coding.setRespondedOn(f.getRespondedOn());
        coding.setWellFounded(f.getWellFounded());
        coding.setReferredToOmbudsman(f.isReferredToOmbudsman());
        coding.setNotes(f.getNotes());
        var history = events.findByFeedbackIdOrderByOccurredAtAscIdAsc(f.getId()).stream()
                .map(e -> new TriageItem.HistoryLine(e.getOccurredAt(), e.getActor(), e.getWhat()))
                .toList();
        return new TriageItem(
                f.getId(),
                f.getReference(),
                f.getKind(),
                f.getStatus(),
                f.getStage(),
                f.getOrganisation() == null ? null : f.getOrganisation().getId(),
                organisationName(f),
                f.getListing() == null ? null : f.getListing().getName(),
                f.getWhatHappened(),
                f.getWhenHappened(),
                f.getOutcomeWanted(),
                from(f),
                canEmail(f),
                f.isRiskIndicated(),
                f.isSafeguarding(),
                decideBy(f),
                f.getSafeguardingDecision(),
                f.getSafeguardingDecidedOn(),
                f.getWishesAsked(),
                received(f),
                Clocks.needsAcknowledgement(f.getKind()) ? acknowledgeBy(f, policy, holidays) : null,
                policy,
                clockLines(f, policy, today(), holidays),
                coding,
                history);
    }

    /** A lead changes the kind (a concern that is really a formal complaint, say); the history keeps the old kind. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void reclassify(long id, FeedbackKind kind) {
        Feedback f = visible(id);
        if (f.getKind() == kind) {
            return;
        }
        audit(f, "Kind changed from " + f.getKind().label() + " to " + kind.label());
        f.reclassify(kind);
        refreshClocks(f, true);
    }

    /** Saves the coding, recording each changed field. Acknowledging by hand stops the acknowledgement clock. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void code(long id, Coding coding) {
        Feedback f = visible(id);
        LocalDate today = today();
        for (LocalDate date : new LocalDate[] {coding.getAcknowledgedOn(), coding.getRespondedOn()}) {
            if (date != null && (date.isAfter(today) || date.isBefore(received(f)))) {
                throw new UserFacingException("A date acknowledged or responded must be between the date received ("
                        + DATE.format(received(f)) + ") and today.");
            }
        }
        String notes = PlainText.clean(coding.getNotes());
        if (notes != null && notes.length() > Feedback.NOTES_MAX) {
            throw new UserFacingException("Keep notes to " + Feedback.NOTES_MAX + " characters.");
        }
        if (!f.getThemes().equals(coding.getThemes())) {
            audit(f, "Themes: " + themes(f.getThemes()) + " → " + themes(coding.getThemes()));
            f.changeThemes(coding.getThemes());
        }
        if (f.getOutcome() != coding.getOutcome()) {
            audit(f, "Outcome: " + outcome(f.getOutcome()) + " → " + outcome(coding.getOutcome()));
            f.recordOutcome(coding.getOutcome());
        }
        boolean acknowledgementChanged = !Objects.equals(f.getAcknowledgedOn(), coding.getAcknowledgedOn());
        boolean dueSetByLead =
                coding.getResponseDue() != null && !Objects.equals(f.getResponseDue(), coding.getResponseDue());
        if (acknowledgementChanged) {
            audit(f, "Date acknowledged: " + date(f.getAcknowledgedOn()) + " → " + date(coding.getAcknowledgedOn()));
            f.recordAcknowledged(coding.getAcknowledgedOn());
            if (coding.getAcknowledgedOn() != null && f.getStatus() == FeedbackStatus.RECEIVED) {
                f.moveTo(FeedbackStatus.ACKNOWLEDGED);
            }
        }
        if (!Objects.equals(f.getRespondedOn(), coding.getRespondedOn())) {
            audit(f, "Date responded: " + date(f.getRespondedOn()) + " → " + date(coding.getRespondedOn()));
            f.recordResponded(coding.getRespondedOn());
            if (coding.getRespondedOn() != null && f.getStatus() != FeedbackStatus.CLOSED) {
                f.moveTo(FeedbackStatus.RESPONDED);
            }
        }
        if (!Objects.equals(f.getResponseDue(), coding.getResponseDue()) && coding.getResponseDue() != null) {
            audit(f, "Response due: " + date(f.getResponseDue()) + " → " + date(coding.getResponseDue()));
            f.scheduleResponse(coding.getResponseDue());
        }
        if (!Objects.equals(f.getWellFounded(), coding.getWellFounded())) {
            audit(f, "Well-founded: " + yesNo(f.getWellFounded()) + " → " + yesNo(coding.getWellFounded()));
            f.judgeWellFounded(coding.getWellFounded());
        }
        if (f.isReferredToOmbudsman() != coding.isReferredToOmbudsman()) {
            audit(f, "Referred to the Ombudsman: " + yesNo(coding.isReferredToOmbudsman()));
            f.referToOmbudsman(coding.isReferredToOmbudsman());
        }
        if (!Objects.equals(PlainText.clean(f.getNotes()), notes)) {
            audit(f, "Notes changed");
            f.writeNotes(notes);
        }
        if (!dueSetByLead) {
            refreshClocks(f, acknowledgementChanged && answersAfterAcknowledgement(f));
        }
    }

    /** Passes the item to another organisation (or to the partnership leads). */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void reassign(long id, long organisation) {
        Feedback f = visible(id);
        Organisation target = organisation == QueueFilter.PARTNERSHIP
                ? null
                : organisations
                        .findById(organisation)
                        .orElseThrow(() -> new UserFacingException("Choose an organisation from the list."));
        if (Objects.equals(orgKey(f), organisation)) {
            return;
        }
        audit(
                f,
                "Reassigned from " + organisationName(f) + " to "
                        + (target == null ? PARTNERSHIP_NAME : target.getName()));
        f.reassign(target);
        refreshClocks(f, true);
        tellLeadsOfReassignment(f, target);
    }

    /**
     * The leads who now handle the item (the organisation's, or the partnership's when it has none) get an email that
     * an item is waiting, with the link: nothing about the person or what they wrote.
     */
    private void tellLeadsOfReassignment(Feedback f, @Nullable Organisation target) {
        List<String> leads =
                target == null ? List.of() : staff.emailsWithRoleIn(StaffRole.COMPLAINTS_LEAD, target.getId());
        if (leads.isEmpty()) {
            leads = staff.partnershipWideEmailsWithRole(StaffRole.COMPLAINTS_LEAD);
        }
        String me = CurrentUser.require().email();
        String where = target == null ? "the partnership" : target.getName();
        String body = "A feedback item has been passed to " + where + " and is waiting in the complaints queue.\n\n"
                + "Open it (you will be asked to sign in): " + mail.publicUrl() + "/" + ITEM_PATH + f.getId() + "\n\n"
                + "This email holds no details of the feedback.";
        int told = 0;
        for (String lead : leads) {
            if (!lead.equalsIgnoreCase(me)) {
                outbox.queue(lead, "A feedback item is waiting for you", body);
                told++;
            }
        }
        audit(f, told == 0 ? "No other complaints lead to tell by email" : told + " complaints lead(s) told by email");
    }

    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void flagSafeguarding(long id) {
        Feedback f = visible(id);
        if (f.isSafeguarding()) {
            return;
        }
        f.flagSafeguarding(Clocks.decideBy(today(), properties.safeguardingDecisionDays()));
        audit(f, "Flagged as a safeguarding concern; decision due " + date(f.getSafeguardingDecideBy()));
    }

    /** The manager's safeguarding decision, and whether the person's wishes were asked (Making Safeguarding Personal). */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void recordSafeguardingDecision(long id, String decision, boolean wishesAsked) {
        Feedback f = visible(id);
        String clean = PlainText.clean(decision);
        if (!f.isSafeguarding()) {
            throw new UserFacingException("This item is not flagged as a safeguarding concern.");
        }
        if (clean == null || clean.isBlank()) {
            throw new UserFacingException("Write down the safeguarding decision.");
        }
        if (clean.length() > Feedback.DECISION_MAX) {
            throw new UserFacingException("Keep the decision to " + Feedback.DECISION_MAX + " characters.");
        }
        f.recordSafeguardingDecision(clean, today(), wishesAsked);
        audit(f, "Safeguarding decision recorded; person's wishes asked: " + yesNo(wishesAsked));
    }

    /** A council corporate complaint goes to stage 2: its clocks start again from today. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void escalate(long id) {
        Feedback f = visible(id);
        if (!policyOf(f).hasTwoStages() || f.getStage() == 2 || f.getKind() != FeedbackKind.COMPLAINT) {
            throw new UserFacingException("Only a stage 1 council corporate complaint can go to stage 2.");
        }
        f.escalateToStageTwo(today());
        f.scheduleAcknowledgement(Clocks.acknowledgeBy(policyOf(f), 2, received(f), today(), bankHolidays.days()));
        audit(f, "Escalated to stage 2");
        refreshClocks(f, true);
    }

    /** Sends the acknowledgement (when there is an address) and stops the acknowledgement clock. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void sendAcknowledgement(long id) {
        Feedback f = visible(id);
        if (f.getAcknowledgedOn() == null) {
            f.recordAcknowledged(today());
        }
        if (f.getStatus() == FeedbackStatus.RECEIVED) {
            f.moveTo(FeedbackStatus.ACKNOWLEDGED);
        }
        refreshClocks(f, answersAfterAcknowledgement(f));
        if (canEmail(f)) {
            send(f, ReplyTemplate.Purpose.ACKNOWLEDGEMENT);
            audit(f, "Acknowledgement email sent; date acknowledged " + date(f.getAcknowledgedOn()));
        } else {
            audit(f, "Acknowledged without email (no address); date acknowledged " + date(f.getAcknowledgedOn()));
        }
    }

    /** Sends the final response email naming the right Ombudsman and records the response date. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void sendFinalResponse(long id) {
        Feedback f = visible(id);
        if (f.getKind() == FeedbackKind.COMPLAINT && f.getOutcome() == null) {
            throw new UserFacingException("Record the outcome before sending the final response.");
        }
        if (f.getRespondedOn() == null) {
            f.recordResponded(today());
        }
        f.moveTo(FeedbackStatus.RESPONDED);
        if (canEmail(f)) {
            send(f, ReplyTemplate.Purpose.FINAL_RESPONSE);
            audit(
                    f,
                    "Final response email sent (" + policyOf(f).ombudsman().name() + "); date responded "
                            + date(f.getRespondedOn()));
        } else {
            audit(f, "Responded without email (no address); date responded " + date(f.getRespondedOn()));
        }
    }

    /** Closes the item. A safeguarding item needs its decision and whether the person's wishes were asked. */
    @RolesAllowed(AppRoles.COMPLAINTS_LEAD)
    public void close(long id) {
        Feedback f = visible(id);
        if (!f.safeguardingComplete()) {
            throw new UserFacingException(
                    "Record the safeguarding decision and whether the person's wishes were asked before closing.");
        }
        f.moveTo(FeedbackStatus.CLOSED);
        f.recordClosed(today());
        audit(f, "Closed");
    }

    // --- rules shared by the methods above

    private Feedback visible(long id) {
        StaffPrincipal me = CurrentUser.require();
        Feedback f = feedback.findById(id)
                .filter(x -> !x.isImported())
                .orElseThrow(() -> new UserFacingException("There is no such feedback."));
        Organisation org = f.getOrganisation();
        boolean mine =
                org == null ? me.partnershipWide() : visibleOrganisations(me).contains(org.getId());
        if (!mine) {
            throw new AccessDeniedException("Not a lead for this feedback's organisation");
        }
        return f;
    }

    /** The lead's organisations; partnership-wide leads also get every organisation that has no lead of its own. */
    private Set<Long> visibleOrganisations(StaffPrincipal me) {
        var ids = new HashSet<>(me.organisationIds());
        if (me.partnershipWide()) {
            Set<Long> led = staff.organisationsWithRole(StaffRole.COMPLAINTS_LEAD);
            organisations.findAll().stream()
                    .map(Organisation::getId)
                    .filter(id -> !led.contains(id))
                    .forEach(ids::add);
        }
        return ids;
    }

    private static Set<Long> withSentinel(Set<Long> ids) {
        // an empty IN list is not portable SQL
        var result = new HashSet<>(ids);
        result.add(-1L);
        return result;
    }

    private ComplaintsPolicy policyOf(Feedback f) {
        return f.getOrganisation() == null
                ? ComplaintsPolicy.DEFAULT
                : settings.policyOf(f.getOrganisation().getId());
    }

    /** A council's answer clock runs from the acknowledgement; the 2009 regulations' period is agreed instead. */
    private boolean answersAfterAcknowledgement(Feedback f) {
        return policyOf(f).answerWorkingDays(f.getStage()) > 0;
    }

    /** Sets the response date when there is none, or works it out again when {@code recompute} (a new kind, say). */
    private void refreshClocks(Feedback f, boolean recompute) {
        Set<LocalDate> holidays = bankHolidays.days();
        ComplaintsPolicy policy = policyOf(f);
        if (recompute || f.getResponseDue() == null) {
            f.scheduleResponse(Clocks.respondBy(
                    policy,
                    f.getKind(),
                    f.getStage(),
                    received(f),
                    f.getAcknowledgedOn(),
                    acknowledgeBy(f, policy, holidays),
                    holidays));
        }
    }

    private LocalDate acknowledgeBy(Feedback f, ComplaintsPolicy policy, Set<LocalDate> holidays) {
        LocalDate byPolicy = Clocks.acknowledgeBy(policy, f.getStage(), received(f), f.getEscalatedOn(), holidays);
        // at stage 1 the date the person was promised on screen also binds
        return f.getStage() == 1 && f.getAcknowledgeBy().isBefore(byPolicy) ? f.getAcknowledgeBy() : byPolicy;
    }

    private LocalDate decideBy(Feedback f) {
        LocalDate due = f.getSafeguardingDecideBy();
        return due != null ? due : Clocks.decideBy(received(f), properties.safeguardingDecisionDays());
    }

    private QueueItem queueItem(Feedback f, LocalDate today, Set<LocalDate> holidays) {
        ComplaintsPolicy policy = policyOf(f);
        LocalDate due = null;
        String step = "No deadline";
        if (f.isSafeguarding() && f.getSafeguardingDecidedOn() == null) {
            due = decideBy(f);
            step = "Safeguarding decision by " + DATE.format(due);
        } else if (Clocks.needsAcknowledgement(f.getKind()) && f.getAcknowledgedOn() == null) {
            due = acknowledgeBy(f, policy, holidays);
            step = "Acknowledge by " + DATE.format(due) + ", " + Clocks.timeLeft(today, due, holidays);
        } else if (f.getResponseDue() != null && f.getRespondedOn() == null) {
            due = f.getResponseDue();
            step = "Respond by " + DATE.format(due) + ", " + Clocks.timeLeft(today, due, holidays);
        } else if (f.getStatus() != FeedbackStatus.CLOSED) {
            step = "Ready to close";
        }
        return new QueueItem(
                f.getId(),
                f.getReference(),
                f.getKind(),
                organisationName(f),
                f.getStatus(),
                f.isRiskIndicated(),
                f.isSafeguarding() && !f.safeguardingComplete(),
                received(f),
                due,
                step,
                due != null && due.isBefore(today));
    }

    private List<String> clockLines(Feedback f, ComplaintsPolicy policy, LocalDate today, Set<LocalDate> holidays) {
        var lines = new ArrayList<String>();
        lines.add("Policy: " + policy.label() + (policy.hasTwoStages() ? ", stage " + f.getStage() : ""));
        if (f.isSafeguarding()) {
            LocalDate due = decideBy(f);
            lines.add(
                    f.getSafeguardingDecidedOn() == null
                            ? "Safeguarding decision due " + DATE.format(due)
                                    + (due.isBefore(today) ? " (overdue)" : "")
                            : "Safeguarding decision recorded on " + DATE.format(f.getSafeguardingDecidedOn()));
        }
        if (Clocks.needsAcknowledgement(f.getKind())) {
            LocalDate due = acknowledgeBy(f, policy, holidays);
            lines.add(
                    f.getAcknowledgedOn() == null
                            ? "Acknowledge by " + DATE.format(due) + ": " + Clocks.timeLeft(today, due, holidays)
                            : "Acknowledged on " + DATE.format(f.getAcknowledgedOn())
                                    + (f.getAcknowledgedOn().isAfter(due)
                                            ? " (late: due " + DATE.format(due) + ")"
                                            : ""));
        }
        if (f.getResponseDue() != null) {
            lines.add(
                    f.getRespondedOn() == null
                            ? "Respond by " + DATE.format(f.getResponseDue()) + ": "
                                    + Clocks.timeLeft(today, f.getResponseDue(), holidays)
                            : "Responded on " + DATE.format(f.getRespondedOn()));
        }
        return lines;
    }

    private void send(Feedback f, ReplyTemplate.Purpose purpose) {
        ReplyTemplate template = settings.template(purpose);
        String statusLink = mail.publicUrl() + "/" + FeedbackService.STATUS_PATH + "?ref=" + f.getReference();
        String organisation = f.getOrganisation() == null
                ? "the partnership"
                : f.getOrganisation().getName();
        String body = template.getBody()
                .replace("{reference}", f.getReference())
                .replace("{organisation}", organisation)
                .replace("{received}", DATE.format(received(f)))
                .replace(
                        "{responseDue}",
                        f.getResponseDue() == null ? "as soon as we can" : DATE.format(f.getResponseDue()))
                .replace("{ombudsman}", policyOf(f).ombudsman().paragraph())
                .replace("{statusLink}", statusLink);
        String subject = template.getSubject().replace("{reference}", f.getReference());
        outbox.queue(Objects.requireNonNull(f.getEmail()), subject, body);
    }

    private void audit(Feedback f, String what) {
        events.save(new FeedbackEvent(
                f.getId(), clock.instant(), CurrentUser.require().email(), what));
    }

    private static @Nullable Long orgKey(Feedback f) {
        return f.getOrganisation() == null
                ? QueueFilter.PARTNERSHIP
                : f.getOrganisation().getId();
    }

    private static String organisationName(Feedback f) {
        return f.getOrganisation() == null
                ? PARTNERSHIP_NAME
                : f.getOrganisation().getName();
    }

    private static boolean canEmail(Feedback f) {
        return !f.isAnonymous() && f.getEmail() != null && !f.getEmail().isBlank();
    }

    private static String from(Feedback f) {
        if (f.isAnonymous()) {
            return "Anonymous";
        }
        var parts = new ArrayList<String>();
        parts.add(Objects.requireNonNullElse(f.getContactName(), "No name given"));
        if (f.getEmail() != null) {
            parts.add(f.getEmail());
        }
        if (f.getPhone() != null) {
            parts.add(f.getPhone());
        }
        if (f.isForSomeoneElse()) {
            parts.add(f.isPersonConsents() ? "on behalf of someone who consents" : "on behalf of someone else");
        }
        return String.join(", ", parts);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Application.LONDON));
    }

    private static LocalDate received(Feedback f) {
        return LocalDate.ofInstant(f.getReceivedAt(), Application.LONDON);
    }

    private static String themes(Set<Theme> themes) {
        return themes.isEmpty()
                ? "not recorded"
                : themes.stream().sorted().map(Theme::label).collect(Collectors.joining(", "));
    }

    private static String outcome(@Nullable Outcome outcome) {
        return outcome == null ? "not recorded" : outcome.label();
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "none" : date.toString();
    }

    private static String yesNo(@Nullable Boolean value) {
        return value == null ? "not recorded" : value ? "yes" : "no";
    }

    /** An organisation to filter by or reassign to; id 0 is the partnership. */
    public record OrganisationOption(long id, String name) {}
}
