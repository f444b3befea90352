package uk.nowrongdoor.feedback.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackEvent;
import uk.nowrongdoor.feedback.domain.FeedbackEventRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.domain.PrivacyLogEntry;
import uk.nowrongdoor.feedback.domain.PrivacyLogRepository;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.intake.service.References;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;

/**
 * A person's rights over their feedback (UK GDPR): an admin finds everything held under an email address or a
 * reference, downloads it as JSON, and erases it where the law allows ({@link #erasureRule()}). Erasing anonymises the
 * item at once, as the retention job would later. Exports and erasures are recorded in the privacy log as counts.
 */
@Service
@Transactional
public class FeedbackRights {

    private final FeedbackRepository feedback;
    private final FeedbackEventRepository events;
    private final PrivacyLogRepository privacyLog;
    private final FeedbackRetentionProperties properties;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    FeedbackRights(
            FeedbackRepository feedback,
            FeedbackEventRepository events,
            PrivacyLogRepository privacyLog,
            FeedbackRetentionProperties properties,
            Clock clock) {
        this.feedback = feedback;
        this.events = events;
        this.privacyLog = privacyLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** The rule, as staff read it on the screen and in the README. */
    public String erasureRule() {
        String hold = FeedbackRetentionProperties.inWords(properties.erasureHold());
        return "Compliments, comments and suggestions can be erased at any time. A concern or formal complaint can be "
                + "erased only once it is closed and " + hold + (hold.startsWith("1 ") ? " has" : " have")
                + " passed since it was closed: the complaints regulations require a record of each complaint "
                + "and its outcome, and the organisation must be able to answer for it if the person takes it to the "
                + "Ombudsman. An item whose safeguarding decision is not yet recorded cannot be erased. Erasing "
                + "removes the person's details, their words and staff notes at once; what the report counts (kind, "
                + "organisation, dates, themes, outcome) stays, with nothing that identifies them.";
    }

    /** Everything held under an email address (when it has an @) or a reference. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<HeldItem> find(String emailOrReference) {
        LocalDate today = today();
        return lookUp(emailOrReference).stream().map(f -> held(f, today)).toList();
    }

    /** Everything held, as JSON, for the person (the right of access). Recorded in the privacy log. */
    @RolesAllowed(AppRoles.ADMIN)
    public String export(String emailOrReference) {
        List<Feedback> items = lookUp(emailOrReference);
        var document = new LinkedHashMap<String, Object>();
        document.put("exported_on", today().toString());
        document.put(
                "equality_monitoring",
                "Answers to the optional equality questions are stored apart, with no link to the person, so they "
                        + "cannot be found or exported.");
        var list = new ArrayList<Map<String, @Nullable Object>>();
        items.forEach(f -> list.add(exported(f)));
        document.put("feedback", list);
        privacyLog.save(new PrivacyLogEntry(
                clock.instant(),
                PrivacyLogEntry.Action.EXPORT,
                CurrentUser.require().email(),
                items.size(),
                ""));
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the export", e);
        }
    }

    /** Erases one item where the rule allows it; otherwise says why not. */
    @RolesAllowed(AppRoles.ADMIN)
    public void erase(long id) {
        Feedback f = feedback.findById(id)
                .filter(x -> !x.isImported())
                .orElseThrow(() -> new UserFacingException("There is no such feedback."));
        LocalDate today = today();
        String refusal = whyNotErasable(f, today);
        if (refusal != null) {
            throw new UserFacingException(f.getReference() + " cannot be erased yet: " + refusal);
        }
        String actor = CurrentUser.require().email();
        if (f.getStatus() != FeedbackStatus.CLOSED) {
            f.moveTo(FeedbackStatus.CLOSED);
            f.recordClosed(today);
        }
        f.anonymise(today);
        events.save(new FeedbackEvent(
                f.getId(), clock.instant(), actor, "Erased at the person's request: details, words and notes removed"));
        privacyLog.save(new PrivacyLogEntry(clock.instant(), PrivacyLogEntry.Action.ERASURE, actor, 1, ""));
    }

    private List<Feedback> lookUp(String emailOrReference) {
        String typed = emailOrReference == null ? "" : emailOrReference.strip();
        if (typed.isEmpty()) {
            throw new UserFacingException("Type the person's email address or a feedback reference.");
        }
        if (typed.contains("@")) {
            return feedback.findByEmailForRights(typed);
        }
        return feedback.findByReference(References.tidy(typed))
                .filter(f -> !f.isImported())
                .map(List::of)
                .orElse(List.of());
    }

    /** Null when the item may be erased today; otherwise the reason in words. */
    private @Nullable String whyNotErasable(Feedback f, LocalDate today) {
        if (f.getAnonymisedOn() != null) {
            return "it was already anonymised on " + TriageService.DATE.format(f.getAnonymisedOn()) + ".";
        }
        if (!f.safeguardingComplete()) {
            return "its safeguarding decision is not recorded.";
        }
        if (f.getKind() != FeedbackKind.CONCERN && f.getKind() != FeedbackKind.COMPLAINT) {
            return null;
        }
        if (f.getStatus() != FeedbackStatus.CLOSED || f.getClosedOn() == null) {
            return "a " + (f.getKind() == FeedbackKind.COMPLAINT ? "formal complaint" : "concern")
                    + " must be closed first.";
        }
        LocalDate from = f.getClosedOn().plus(properties.erasureHold());
        if (today.isBefore(from)) {
            return "it was closed on " + TriageService.DATE.format(f.getClosedOn()) + ", so it must be kept until "
                    + TriageService.DATE.format(from) + ".";
        }
        return null;
    }

    private HeldItem held(Feedback f, LocalDate today) {
        String refusal = whyNotErasable(f, today);
        return new HeldItem(
                f.getId(),
                f.getReference(),
                f.getKind().label(),
                f.getStatus().name().charAt(0)
                        + f.getStatus().name().substring(1).toLowerCase(java.util.Locale.UK),
                received(f),
                f.getOrganisation() == null
                        ? TriageService.PARTNERSHIP_NAME
                        : f.getOrganisation().getName(),
                f.getAnonymisedOn(),
                refusal == null,
                refusal);
    }

    private Map<String, @Nullable Object> exported(Feedback f) {
        var m = new LinkedHashMap<String, @Nullable Object>();
        m.put("reference", f.getReference());
        m.put("kind", f.getKind().label());
        m.put("status", f.getStatus().explanation());
        m.put(
                "about",
                f.getOrganisation() == null
                        ? TriageService.PARTNERSHIP_NAME
                        : f.getOrganisation().getName());
        m.put("service", f.getListing() == null ? null : f.getListing().getName());
        m.put("received", received(f).toString());
        m.put("what_happened", f.getWhatHappened());
        m.put("when_it_happened", f.getWhenHappened());
        m.put("outcome_wanted", f.getOutcomeWanted());
        m.put("anonymous", f.isAnonymous());
        m.put("name", f.getContactName());
        m.put("email", f.getEmail());
        m.put("phone", f.getPhone());
        m.put("on_behalf_of_someone_else", f.isForSomeoneElse());
        m.put("that_person_consents", f.isPersonConsents());
        m.put("safe_now", f.getSafeNow() == null ? null : f.getSafeNow().name());
        m.put("risk_indicated", f.isRiskIndicated());
        m.put("safeguarding_concern", f.isSafeguarding());
        m.put("safeguarding_decision", f.getSafeguardingDecision());
        m.put("safeguarding_decided_on", text(f.getSafeguardingDecidedOn()));
        m.put("your_wishes_asked", f.getWishesAsked());
        m.put("themes", f.getThemes().stream().sorted().map(Theme::label).toList());
        m.put("outcome", f.getOutcome() == null ? null : f.getOutcome().label());
        m.put("acknowledged_on", text(f.getAcknowledgedOn()));
        m.put("response_due", text(f.getResponseDue()));
        m.put("responded_on", text(f.getRespondedOn()));
        m.put("closed_on", text(f.getClosedOn()));
        m.put("well_founded", f.getWellFounded());
        m.put("referred_to_ombudsman", f.isReferredToOmbudsman());
        m.put("staff_notes", f.getNotes());
        m.put("anonymised_on", text(f.getAnonymisedOn()));
        m.put(
                "history",
                events.findByFeedbackIdOrderByOccurredAtAscIdAsc(f.getId()).stream()
                        .map(e -> e.getOccurredAt().toString() + ": " + e.getWhat())
                        .toList());
        return m;
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Application.LONDON));
    }

    private static LocalDate received(Feedback f) {
        return LocalDate.ofInstant(f.getReceivedAt(), Application.LONDON);
    }

    /** One item held about the person, and whether it may be erased today (and if not, why not). */
    public record HeldItem(
            long id,
            String reference,
            String kind,
            String status,
            LocalDate received,
            String organisation,
            @Nullable LocalDate anonymisedOn,
            boolean erasable,
            @Nullable String whyNotErasable) {}
}
