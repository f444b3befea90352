package uk.nowrongdoor.referral.service;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.service.References;
import uk.nowrongdoor.intake.service.RiskScreen;
import uk.nowrongdoor.intake.service.StatusCodes;
import uk.nowrongdoor.intake.service.StatusLookupLimiter;
import uk.nowrongdoor.intake.service.StatusReport;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.service.SubmitOnce;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.ReferralEvent;
import uk.nowrongdoor.referral.domain.ReferralEventKind;
import uk.nowrongdoor.referral.domain.ReferralEventRepository;
import uk.nowrongdoor.referral.domain.ReferralStatus;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;

/**
 * Self-referral: a member of the public asks a listing's organisation for help. Offered only where the organisation
 * has a receiving team; stored NEW in its inbox, whose team is told one is waiting (no personal details). Nothing
 * here logs what the person wrote.
 */
@Service
@Transactional
public class ReferralService {

    public static final String NOT_ACCEPTED = "This service does not take requests for help through this website.";
    static final String HONEYPOT = "We could not send this form. Please try again, or contact the service directly.";

    private final DirectoryService directory;
    private final SelfReferralRepository referrals;
    private final RiskScreen riskScreen;
    private final SubmissionRateLimiter rateLimiter;
    private final StatusCodes statusCodes;
    private final StatusLookupLimiter lookupLimiter;
    private final SubmitOnce submitOnce;
    private final Validator validator;
    private final ReferralRouting routing;
    private final ReferralEventRepository events;
    private final ReferralNotifier notifier;
    private final ReferralProperties properties;
    private final Clock clock;

    ReferralService(
            DirectoryService directory,
            SelfReferralRepository referrals,
            RiskScreen riskScreen,
            SubmissionRateLimiter rateLimiter,
            StatusCodes statusCodes,
            StatusLookupLimiter lookupLimiter,
            SubmitOnce submitOnce,
            Validator validator,
            ReferralRouting routing,
            ReferralEventRepository events,
            ReferralNotifier notifier,
            ReferralProperties properties,
            Clock clock) {
        this.directory = directory;
        this.referrals = referrals;
        this.riskScreen = riskScreen;
        this.rateLimiter = rateLimiter;
        this.statusCodes = statusCodes;
        this.lookupLimiter = lookupLimiter;
        this.submitOnce = submitOnce;
        this.validator = validator;
        this.routing = routing;
        this.events = events;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The listing for a journey, if it is public. Whether the form is offered (it accepts self-referral and its
     * organisation has a receiving team) is part of the answer.
     */
    @Transactional(readOnly = true)
    public Optional<ReferralTarget> findTarget(String listingSlug) {
        return directory
                .findListing(listingSlug)
                .map(l -> new ReferralTarget(
                        l.getSlug(),
                        l.getName(),
                        l.getOrganisation().getName(),
                        routing.offersSelfReferral(l),
                        l.getPhone(),
                        properties.firstContactTargetInWords(),
                        properties.unopenedLimitInWords()));
    }

    /**
     * Stores a self-referral and returns its receipt only after the commit. A retry with the same idempotency key,
     * from this session or another, returns the first referral's reference without a status code (the first one
     * stays valid) and stores nothing new.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Receipt submitSelfReferral(String listingSlug, SelfReferralRequest request, String clientAddress) {
        if (!PlainText.isBlank(request.getWebsite())) {
            throw new UserFacingException(HONEYPOT);
        }
        return submitOnce.submit(
                request.getIdempotencyKey(),
                referrals::findByIdempotencyKey,
                r -> Receipt.repeat(r.getReference(), r.isRiskIndicated(), null),
                () -> store(listingSlug, request, clientAddress));
    }

    private Receipt store(String listingSlug, SelfReferralRequest request, String clientAddress) {
        rateLimiter.consume(clientAddress);
        request.check(validator);
        Listing listing = directory
                .findListing(listingSlug)
                .filter(routing::offersSelfReferral)
                .orElseThrow(() -> new UserFacingException(NOT_ACCEPTED));

        String code = statusCodes.newCode();
        var referral = new SelfReferral(
                References.newReference('R'),
                statusCodes.hash(code),
                request.getIdempotencyKey(),
                listing,
                clock.instant());
        ForWhom forWhom = request.getForWhom();
        referral.describeNeed(
                forWhom,
                forWhom == ForWhom.SOMEONE_I_CARE_FOR && request.isPersonConsents(),
                text(request.getHelpWanted()));
        boolean risk = riskScreen.indicatesRisk(
                request.getSafeNow(),
                request.getHelpWanted(),
                request.getAboutMe(),
                request.getCommunicationNeeds(),
                request.getBestTimes());
        referral.recordSafety(request.getSafeNow(), risk);
        ContactMethod method = request.getContactMethod();
        referral.setContact(
                text(request.getContactName()),
                method,
                request.getPhone(),
                request.getEmail(),
                request.isVoicemailOk(),
                request.isMaySayWhoCalls(),
                request.getBestTimes());
        referral.setAboutMe(request.getPronouns(), request.getCommunicationNeeds(), request.getAboutMe());
        referral.setConsentToShare(true);
        referrals.saveAndFlush(referral);
        events.save(new ReferralEvent(
                referral, referral.getSubmittedAt(), ReferralEventKind.SENT, null, ReferralEvent.THE_PERSON));
        notifier.waitingAt(listing.getOrganisation().getId(), referral.getId());
        return new Receipt(referral.getReference(), code, risk, null, false);
    }

    /**
     * Status for a reference and its code; empty when either is wrong (without saying which). Wrong tries are
     * throttled per client and per reference ({@link StatusLookupLimiter}). Only the status, its date and where the
     * request is, in plain words: never staff notes.
     */
    @Transactional(readOnly = true)
    public Optional<StatusReport> checkStatus(String reference, String statusCode, String clientAddress) {
        return lookupLimiter.check(clientAddress, reference, () -> referrals
                .findByReference(References.tidy(reference))
                .filter(r -> statusCodes.matches(statusCode, r.getStatusCodeHash()))
                .map(r -> new StatusReport(
                        r.getReference(),
                        r.getStatus().name(),
                        inPlainWords(r),
                        LocalDate.ofInstant(r.getSubmittedAt(), Application.LONDON),
                        r.isHeldByCoordinators() ? COORDINATORS : r.whereName())));
    }

    static final String COORDINATORS = "the partnership's referral coordinators";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** "Contacted on Thursday 26 November 2026. The service has been in touch with you." */
    static String inPlainWords(SelfReferral r) {
        String on = r.getStatus().label() + " on "
                + DAY.format(r.getStatusChangedAt().atZone(Application.LONDON)) + ". ";
        if (r.getStatus() == ReferralStatus.CLOSED && r.getCloseReason() != null) {
            return on + r.getCloseReason().forThePerson();
        }
        if (r.getStatus() == ReferralStatus.REDIRECTED) {
            return on
                    + (r.isHeldByCoordinators()
                            ? "It is with " + COORDINATORS + ", who will find the service best placed to help."
                            : "It has been passed to " + r.getOrganisation().getName()
                                    + ", who are better placed to help. They have not opened it yet.");
        }
        return on + r.getStatus().explanation();
    }

    private static String text(@org.jspecify.annotations.Nullable String cleaned) {
        return cleaned == null ? "" : cleaned;
    }
}
