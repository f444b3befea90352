package uk.nowrongdoor.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.EqualityMonitoring;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.SubjectKind;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.service.AcknowledgementRequested;
import uk.nowrongdoor.intake.service.BankHolidays;
import uk.nowrongdoor.intake.service.InvalidSubmissionException;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.service.References;
import uk.nowrongdoor.intake.service.RiskScreen;
import uk.nowrongdoor.intake.service.StatusCodes;
import uk.nowrongdoor.intake.service.StatusLookupLimiter;
import uk.nowrongdoor.intake.service.StatusReport;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.service.SubmitOnce;
import uk.nowrongdoor.security.AppRoles;

/** Compliments, comments, concerns and complaints from the public, and the aggregate equality report. */
@Service
@Transactional
public class FeedbackService {

    public static final int ACKNOWLEDGE_WORKING_DAYS = Clocks.PROMISED_ACKNOWLEDGEMENT_WORKING_DAYS;
    public static final String STATUS_PATH = "feedback-status";
    static final String HONEYPOT = "We could not send this form. Please try again, or call us instead.";

    private final FeedbackRepository feedback;
    private final EqualityMonitoringRepository equality;
    private final OrganisationRepository organisations;
    private final ListingRepository listings;
    private final RiskScreen riskScreen;
    private final SubmissionRateLimiter rateLimiter;
    private final StatusCodes statusCodes;
    private final StatusLookupLimiter lookupLimiter;
    private final SubmitOnce submitOnce;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final BankHolidays bankHolidays;
    private final TriageProperties triage;
    private final Clock clock;

    FeedbackService(
            FeedbackRepository feedback,
            EqualityMonitoringRepository equality,
            OrganisationRepository organisations,
            ListingRepository listings,
            RiskScreen riskScreen,
            SubmissionRateLimiter rateLimiter,
            StatusCodes statusCodes,
            StatusLookupLimiter lookupLimiter,
            SubmitOnce submitOnce,
            Validator validator,
            ApplicationEventPublisher events,
            BankHolidays bankHolidays,
            TriageProperties triage,
            Clock clock) {
        this.feedback = feedback;
        this.equality = equality;
        this.organisations = organisations;
        this.listings = listings;
        this.riskScreen = riskScreen;
        this.rateLimiter = rateLimiter;
        this.statusCodes = statusCodes;
        this.lookupLimiter = lookupLimiter;
        this.submitOnce = submitOnce;
        this.validator = validator;
        this.events = events;
        this.bankHolidays = bankHolidays;
        this.triage = triage;
        this.clock = clock;
    }

    /** Everything feedback can be about: the partnership, "not sure", then organisations and their services. */
    @Transactional(readOnly = true)
    public List<FeedbackSubject> subjects() {
        var result = new ArrayList<FeedbackSubject>();
        result.add(FeedbackSubject.PARTNERSHIP);
        result.add(FeedbackSubject.NOT_SURE);
        organisations
                .findAllByOrderByNameAsc()
                .forEach(o -> result.add(new FeedbackSubject(
                        SubjectKind.ORGANISATION, o.getSlug(), o.getName() + " (the organisation)")));
        listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .sorted(Comparator.comparing(Listing::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(l -> result.add(new FeedbackSubject(
                        SubjectKind.LISTING,
                        l.getSlug(),
                        l.getName() + ", run by " + l.getOrganisation().getName())));
        return result;
    }

    /**
     * Stores feedback (and, apart from it, any equality answers) and returns the receipt after the commit. A retry
     * with the same idempotency key, from this session or another, returns the first one's reference without a status
     * code (the first code stays valid). An acknowledgement email goes out after the commit only when the person gave
     * an address and did not ask to stay anonymous.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Receipt submitFeedback(FeedbackRequest request, String clientAddress) {
        if (!PlainText.isBlank(request.getWebsite())) {
            throw new UserFacingException(HONEYPOT);
        }
        return submitOnce.submit(
                request.getIdempotencyKey(),
                feedback::findByIdempotencyKey,
                f -> Receipt.repeat(f.getReference(), f.isRiskIndicated(), f.getAcknowledgeBy()),
                () -> store(request, clientAddress));
    }

    private Receipt store(FeedbackRequest request, String clientAddress) {
        rateLimiter.consume(clientAddress);
        request.check(validator);
        FeedbackKind kind = request.getKind();
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        LocalDate acknowledgeBy = bankHolidays.plusWorkingDays(today, ACKNOWLEDGE_WORKING_DAYS);
        String code = statusCodes.newCode();
        var item = new Feedback(
                References.newReference('F'),
                statusCodes.hash(code),
                request.getIdempotencyKey(),
                kind,
                clock.instant(),
                acknowledgeBy);
        Organisation organisation = aboutWhom(item, request.getSubject());
        item.tellStory(
                PlainText.cleanOrEmpty(request.getWhatHappened()),
                request.getWhenHappened(),
                kind == FeedbackKind.COMPLAINT || kind == FeedbackKind.CONCERN ? request.getOutcomeWanted() : null);
        if (request.isAnonymous()) {
            item.fromAnonymous();
        } else {
            item.fromNamed(PlainText.cleanOrEmpty(request.getContactName()), request.getEmail(), request.getPhone());
        }
        item.onBehalfOfSomeoneElse(request.isForSomeoneElse(), request.isPersonConsents());
        boolean risk = riskScreen.indicatesRisk(
                request.getSafeNow(), request.getWhatHappened(), request.getOutcomeWanted(), request.getWhenHappened());
        item.recordSafety(request.getSafeNow(), risk);
        if (risk) {
            // the risk screen makes it a safeguarding concern at once, with the manager's decision clock running
            item.flagSafeguarding(Clocks.decideBy(today, triage.safeguardingDecisionDays()));
        }
        feedback.saveAndFlush(item);

        var answers = new EqualityMonitoring(
                quarterOf(today),
                organisation == null ? null : organisation.getSlug(),
                kind,
                request.getGender(),
                request.getAgeBand(),
                request.getEthnicity(),
                request.getDisability());
        if (!answers.isAllBlank()) {
            equality.save(answers);
        }
        boolean emailed = !item.isAnonymous() && item.getEmail() != null;
        if (emailed) {
            events.publishEvent(
                    new AcknowledgementRequested(item.getEmail(), item.getReference(), STATUS_PATH, acknowledgeBy));
        }
        return new Receipt(item.getReference(), code, risk, acknowledgeBy, emailed);
    }

    /** Status for a reference and its code; wrong tries are throttled per client and per reference. */
    @Transactional(readOnly = true)
    public Optional<StatusReport> checkStatus(String reference, String statusCode, String clientAddress) {
        return lookupLimiter.check(clientAddress, reference, () -> feedback.findByReference(References.tidy(reference))
                .filter(f -> statusCodes.matches(statusCode, f.getStatusCodeHash()))
                .map(f -> new StatusReport(
                        f.getReference(),
                        f.getStatus().name(),
                        f.getStatus().explanation(),
                        LocalDate.ofInstant(f.getReceivedAt(), Application.LONDON),
                        "the partnership's feedback team")));
    }

    /** Equality answers for a quarter, in aggregate only. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    @Transactional(readOnly = true)
    public EqualityReport equalityReport(String quarter) {
        return new EqualityReport(
                quarter,
                equality.countByQuarter(quarter),
                counts(equality.countGender(quarter)),
                counts(equality.countAgeBand(quarter)),
                counts(equality.countEthnicity(quarter)),
                counts(equality.countDisability(quarter)));
    }

    /** What the equality screen shows for a quarter: counts with small numbers suppressed. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    @Transactional(readOnly = true)
    public EqualitySummary equalitySummary(String quarter) {
        EqualityReport r = equalityReport(quarter);
        return new EqualitySummary(
                quarter,
                SmallNumbers.shown(r.responses()),
                List.of(
                        question("Gender", r.gender()),
                        question("Age", r.ageBand()),
                        question("Ethnic group", r.ethnicity()),
                        question("Disability", r.disability())));
    }

    private static EqualitySummary.Question question(String title, Map<String, Long> counts) {
        var answers = new ArrayList<EqualitySummary.Answer>();
        SmallNumbers.shownAll(counts)
                .forEach((answer, shown) -> answers.add(new EqualitySummary.Answer(answerLabel(answer), shown)));
        return new EqualitySummary.Question(title, answers);
    }

    /** "AGE_18_TO_24" becomes "18 to 24"; "NOT_ANSWERED" becomes "Not answered". */
    public static String answerLabel(String answer) {
        String words = answer.replace("AGE_", "").replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** This quarter and the seven before it, newest first. */
    public List<String> recentQuarters() {
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        var quarters = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            quarters.add(quarterOf(today.minusMonths(3L * i)));
        }
        return quarters.stream().distinct().toList();
    }

    /** Financial-year quarter: 2026-Q1 is April to June 2026, 2026-Q4 is January to March 2027. */
    public static String quarterOf(LocalDate date) {
        int month = date.getMonthValue();
        int fyStart = month >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return fyStart + "-Q" + quarter;
    }

    private @Nullable Organisation aboutWhom(Feedback item, @Nullable FeedbackSubject subject) {
        if (subject == null || subject.slug() == null) {
            item.aboutSubject(subject == null ? SubjectKind.NOT_SURE : subject.kind(), null, null);
            return null;
        }
        if (subject.kind() == SubjectKind.LISTING) {
            Listing listing = listings.findBySlug(subject.slug())
                    .orElseThrow(() -> invalid("subject", "Select a service from the list"));
            item.aboutSubject(SubjectKind.LISTING, listing.getOrganisation(), listing);
            return listing.getOrganisation();
        }
        Organisation organisation = organisations
                .findBySlug(subject.slug())
                .orElseThrow(() -> invalid("subject", "Select an organisation from the list"));
        item.aboutSubject(SubjectKind.ORGANISATION, organisation, null);
        return organisation;
    }

    private static InvalidSubmissionException invalid(String field, String message) {
        return new InvalidSubmissionException(Map.of(field, message));
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        var map = new LinkedHashMap<String, Long>();
        for (Object[] row : rows) {
            map.put(row[0] == null ? EqualityReport.NOT_ANSWERED : ((Enum<?>) row[0]).name(), (Long) row[1]);
        }
        return map;
    }
}
