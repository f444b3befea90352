package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.partner.domain.EditSuggestion;
import uk.nowrongdoor.partner.domain.EditSuggestionRepository;
import uk.nowrongdoor.partner.domain.SuggestionReason;
import uk.nowrongdoor.partner.domain.SuggestionStatus;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * "Suggest an edit" from the public listing page. The owning organisation's partners and the admins are told that
 * there is one (never what it says), read it on their screen and set its status.
 */
@Service
@Transactional
public class SuggestionService {

    /** Suggestions have an allowance of their own, so they never use up what a person needs to ask for help. */
    public static final String RATE_LIMITED_FORM = "suggest-edit";

    private final EditSuggestionRepository suggestions;
    private final ListingRepository listings;
    private final StaffDirectory staffDirectory;
    private final OutboxService outbox;
    private final Clock clock;
    private final SubmissionRateLimiter rateLimiter;

    SuggestionService(
            EditSuggestionRepository suggestions,
            ListingRepository listings,
            StaffDirectory staffDirectory,
            OutboxService outbox,
            Clock clock,
            SubmissionRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        this.suggestions = suggestions;
        this.listings = listings;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A record for staff screens. */
    public record SuggestionCard(
            Long id,
            String listingName,
            String listingSlug,
            String organisationName,
            SuggestionReason reason,
            @Nullable String details,
            @Nullable String contact,
            SuggestionStatus status,
            Instant createdAt) {}

    /** Anyone may suggest an edit to a public listing, a few times an hour from one address (see nwd.rate-limit). */
    public void suggest(
            String listingSlug,
            SuggestionReason reason,
            @Nullable String details,
            @Nullable String contact,
            String clientAddress) {
        rateLimiter.consume(clientAddress, RATE_LIMITED_FORM);
        Listing l = listings.findBySlug(listingSlug)
                .filter(x -> x.getStatus() == ListingStatus.ACTIVE)
                .orElseThrow(() -> new UserFacingException("This service is not in the directory"));
        String d = clean(details, EditSuggestion.DETAILS_MAX, "What needs changing");
        String c = clean(contact, EditSuggestion.CONTACT_MAX, "Your email or phone number");
        suggestions.save(new EditSuggestion(l, reason, d, c, clock.instant()));
        var recipients = new LinkedHashSet<String>(
                staffDirectory.partnerEmails(l.getOrganisation().getId()));
        recipients.addAll(staffDirectory.emailsWithRole(StaffRole.ADMIN));
        // the email names the listing only: what the person wrote stays on the staff screen
        recipients.forEach(to -> outbox.queue(
                to,
                "Someone suggested an edit to a listing",
                "A member of the public suggested an edit to \"" + l.getName()
                        + "\". Read it under Edit suggestions (partner/suggestions)."));
    }

    /** A partner sees their organisations' suggestions; an admin sees all. */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<SuggestionCard> forMe() {
        StaffPrincipal me = CurrentUser.require();
        var found = me.hasRole(AppRoles.ADMIN)
                ? suggestions.findAllNewestFirst()
                : me.organisationIds().isEmpty()
                        ? List.<EditSuggestion>of()
                        : suggestions.findForOrganisations(me.organisationIds());
        return found.stream().map(SuggestionService::card).toList();
    }

    @RolesAllowed({AppRoles.PARTNER, AppRoles.ADMIN})
    public void setStatus(Long suggestionId, SuggestionStatus status) {
        EditSuggestion s =
                suggestions.findById(suggestionId).orElseThrow(() -> new AccessDeniedException("No such suggestion"));
        CurrentUser.requireMemberOf(s.getListing().getOrganisation().getId(), true);
        s.setStatus(status, clock.instant());
    }

    private static SuggestionCard card(EditSuggestion s) {
        Listing l = s.getListing();
        return new SuggestionCard(
                s.getId(),
                l.getName(),
                l.getSlug(),
                l.getOrganisation().getName(),
                s.getReason(),
                s.getDetails(),
                s.getContact(),
                s.getStatus(),
                s.getCreatedAt());
    }

    private static @Nullable String clean(@Nullable String value, int max, String label) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("[\\p{Cc}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        if (v.length() > max) {
            throw new UserFacingException(label + " must be " + max + " characters or fewer");
        }
        return v.isEmpty() ? null : v;
    }
}
