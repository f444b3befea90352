package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.partner.domain.FieldChange;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingNotice;
import uk.nowrongdoor.partner.domain.ListingNoticeRepository;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.NoticeKind;
import uk.nowrongdoor.partner.domain.OrganisationTrust;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.PartnerViews.ChangeRow;
import uk.nowrongdoor.partner.service.PartnerViews.ListingDetails;
import uk.nowrongdoor.partner.service.PartnerViews.LiveNotice;
import uk.nowrongdoor.partner.service.PartnerViews.MyListing;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.partner.service.PartnerViews.RevisionSummary;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * What a partner editor does with their own organisations' listings: notices, "still accurate?", and changes to the
 * details. Every method checks that the listing belongs to one of the signed-in partner's organisations, so an id of
 * another organisation's record is refused however it arrives.
 */
@Service
@Transactional
public class PartnerListingService {

    /** Dated notices end at this time on the morning after their date, when a night session has finished. */
    static final LocalTime DATED_NOTICE_ENDS = LocalTime.of(6, 0);

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final ListingNoticeRepository notices;
    private final ListingRevisionRepository revisions;
    private final OrganisationTrustRepository trust;
    private final StaffDirectory staffDirectory;
    private final OutboxService outbox;
    private final Clock clock;

    PartnerListingService(
            ListingRepository listings,
            OrganisationRepository organisations,
            ListingNoticeRepository notices,
            ListingRevisionRepository revisions,
            OrganisationTrustRepository trust,
            StaffDirectory staffDirectory,
            OutboxService outbox,
            Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.notices = notices;
        this.revisions = revisions;
        this.trust = trust;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.clock = clock;
    }

    // My listings ------------------------------------------------------------------------------------------------

    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public List<MyListing> myListings() {
        StaffPrincipal me = CurrentUser.require();
        LocalDate today = today();
        var result = new ArrayList<MyListing>();
        organisations.findAllById(me.organisationIds()).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .forEach(org -> listings.findByOrganisationOrderByNameAsc(org)
                        .forEach(l -> result.add(new MyListing(
                                l.getId(),
                                l.getSlug(),
                                l.getName(),
                                org.getName(),
                                l.getLastChecked(),
                                l.isStale(today),
                                live(l),
                                revisions.countByListingAndStatus(l.getId(), RevisionStatus.PENDING)))));
        return result;
    }

    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public ListingDetails details(Long listingId) {
        Listing l = ownListing(listingId);
        var values = new EnumMap<ListingField, String>(ListingField.class);
        for (ListingField f : ListingField.values()) {
            values.put(f, f.read(l));
        }
        return new ListingDetails(
                l.getId(), l.getSlug(), l.getName(), l.getOrganisation().getName(), values);
    }

    // "Still accurate?" ------------------------------------------------------------------------------------------

    /** One tap: the organisation confirms the listing as it stands today. */
    @RolesAllowed(AppRoles.PARTNER)
    public LocalDate confirmStillAccurate(Long listingId) {
        Listing l = ownListing(listingId);
        LocalDate today = today();
        l.setLastChecked(today);
        return today;
    }

    // Notices ----------------------------------------------------------------------------------------------------

    /** Publishes at once. A closed or extra-session notice also changes the timetable, so "open now" sees it. */
    @RolesAllowed(AppRoles.PARTNER)
    public LiveNotice publishNotice(Long listingId, NoticeRequest request) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        Instant now = clock.instant();
        String message = clean(request.message());
        if (message != null && message.length() > ListingNotice.MESSAGE_MAX) {
            throw new UserFacingException("The message must be " + ListingNotice.MESSAGE_MAX + " characters or fewer");
        }
        Instant expires;
        LocalDate date = null;
        if (request.kind().dated()) {
            date = request.date();
            LocalDate today = today();
            if (date == null) {
                throw new UserFacingException("Choose the date");
            }
            if (date.isBefore(today) || date.isAfter(today.plusDays(NoticeRequest.MAX_DAYS_AHEAD))) {
                throw new UserFacingException(
                        "Choose a date from today to " + NoticeRequest.MAX_DAYS_AHEAD + " days ahead");
            }
            if (request.kind() == NoticeKind.EXTRA_SESSION
                    && (request.opens() == null
                            || request.closes() == null
                            || request.opens().equals(request.closes()))) {
                throw new UserFacingException("Give the times the extra session opens and closes");
            }
            expires = date.plusDays(1)
                    .atTime(DATED_NOTICE_ENDS)
                    .atZone(Application.LONDON)
                    .toInstant();
        } else {
            if (request.hours() < 1 || request.hours() > NoticeRequest.MAX_HOURS) {
                throw new UserFacingException("Choose how long the notice shows, up to 7 days");
            }
            if (request.kind() == NoticeKind.OTHER && message == null) {
                throw new UserFacingException("Write the notice");
            }
            expires = now.plus(Duration.ofHours(request.hours()));
        }
        var notice = new ListingNotice(
                l,
                request.kind(),
                message,
                date,
                request.kind() == NoticeKind.EXTRA_SESSION ? request.opens() : null,
                request.kind() == NoticeKind.EXTRA_SESSION ? request.closes() : null,
                now,
                expires,
                me.accountId());
        SessionException exception = notice.asSessionException();
        if (exception != null && !alreadyOnTimetable(l, exception)) {
            l.getExceptions().add(exception);
            l.setUpdatedAt(now);
            notice.setExceptionAdded(true);
        }
        notices.save(notice);
        return new LiveNotice(notice.getId(), notice.publicText(), notice.getExpiresAt());
    }

    /** Takes a notice down before it expires, and the closure or extra session it added with it. */
    @RolesAllowed(AppRoles.PARTNER)
    public void withdrawNotice(Long noticeId) {
        ListingNotice notice = notices.findById(noticeId).orElseThrow(() -> new AccessDeniedException("No notice"));
        ownListing(notice.getListing().getId());
        end(notice, clock.instant());
    }

    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public List<LiveNotice> liveNotices(Long listingId) {
        return live(ownListing(listingId));
    }

    /** Ends a notice: it leaves the page, and its closure or extra session leaves the timetable (and the index). */
    static void end(ListingNotice notice, Instant at) {
        if (notice.getEndedAt() != null) {
            return;
        }
        notice.end(at);
        if (notice.isExceptionAdded()) {
            Listing l = notice.getListing();
            var it = l.getExceptions().iterator();
            while (it.hasNext()) {
                if (notice.matches(it.next())) {
                    it.remove();
                    l.setUpdatedAt(at);
                    break;
                }
            }
        }
    }

    private static boolean alreadyOnTimetable(Listing l, SessionException wanted) {
        return l.getExceptions().stream()
                .anyMatch(e -> e.getDate().equals(wanted.getDate())
                        && e.isClosed() == wanted.isClosed()
                        && (wanted.isClosed()
                                || (wanted.getOpens() != null
                                        && wanted.getOpens().equals(e.getOpens())
                                        && wanted.getCloses() != null
                                        && wanted.getCloses().equals(e.getCloses()))));
    }

    private List<LiveNotice> live(Listing l) {
        return notices.findLive(l.getId(), clock.instant()).stream()
                .map(n -> new LiveNotice(n.getId(), n.publicText(), n.getExpiresAt()))
                .toList();
    }

    // Revisions --------------------------------------------------------------------------------------------------

    /**
     * Proposes new values for the listing's details. Only fields that differ are kept. A trusted organisation's
     * change is published at once; anyone else's waits for an admin, who is told.
     */
    @RolesAllowed(AppRoles.PARTNER)
    public Outcome proposeChanges(Long listingId, Map<ListingField, String> proposed) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        var changes = new ArrayList<FieldChange>();
        for (ListingField field : ListingField.values()) {
            if (!proposed.containsKey(field)) {
                continue;
            }
            String value = normalise(field, proposed.get(field));
            String problem = field.problem(value);
            if (problem != null) {
                throw new UserFacingException(problem);
            }
            String current = field.read(l);
            if (!value.equals(current)) {
                changes.add(new FieldChange(field, current, value));
            }
        }
        checkAges(l, proposed);
        if (changes.isEmpty()) {
            throw new UserFacingException("Nothing has changed");
        }
        Instant now = clock.instant();
        var revision = new ListingRevision(l, changes, me.accountId(), me.email(), now);
        if (isTrusted(l.getOrganisation().getId())) {
            revision.applyTo(l);
            l.setUpdatedAt(now);
            revision.decide(RevisionStatus.PUBLISHED_TRUSTED, me.email(), now, null);
            revisions.save(revision);
            return Outcome.PUBLISHED;
        }
        revisions.save(revision);
        for (String admin : staffDirectory.emailsWithRole(StaffRole.ADMIN)) {
            outbox.queue(
                    admin,
                    "A listing change is waiting for moderation",
                    "A partner has proposed a change to \"" + l.getName()
                            + "\". Please review it on the moderation screen (admin/moderation).");
        }
        return Outcome.WAITING_FOR_APPROVAL;
    }

    /** Every revision of the listing, newest first, with what each changed. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(Long listingId) {
        ownListing(listingId);
        return revisions.findHistory(listingId).stream()
                .map(PartnerListingService::summary)
                .toList();
    }

    static RevisionSummary summary(ListingRevision r) {
        return new RevisionSummary(
                r.getId(),
                r.getStatus().label(),
                r.getSubmittedAt(),
                r.getSubmittedByEmail(),
                r.getChanges().stream()
                        .map(c -> new ChangeRow(
                                c.getField().label(),
                                c.getField().display(c.getPreviousValue()),
                                c.getField().display(c.getNewValue())))
                        .toList(),
                r.getReason());
    }

    static void checkAges(Listing l, Map<ListingField, String> proposed) {
        String min = proposed.containsKey(ListingField.MIN_AGE)
                ? normalise(ListingField.MIN_AGE, proposed.get(ListingField.MIN_AGE))
                : ListingField.MIN_AGE.read(l);
        String max = proposed.containsKey(ListingField.MAX_AGE)
                ? normalise(ListingField.MAX_AGE, proposed.get(ListingField.MAX_AGE))
                : ListingField.MAX_AGE.read(l);
        if (!min.isEmpty() && !max.isEmpty() && Integer.parseInt(min) > Integer.parseInt(max)) {
            throw new UserFacingException("The youngest age must not be above the oldest age");
        }
    }

    boolean isTrusted(Long organisationId) {
        return trust.findByOrganisationId(organisationId)
                .map(OrganisationTrust::isTrusted)
                .orElse(false);
    }

    // Shared -----------------------------------------------------------------------------------------------------

    /** The listing, when it belongs to one of the signed-in partner's organisations; otherwise refused. */
    private Listing ownListing(@Nullable Long listingId) {
        // an unknown id is refused like another organisation's, so ids cannot be probed
        Listing l = listingId == null ? null : listings.findById(listingId).orElse(null);
        if (l == null) {
            throw new AccessDeniedException("No such listing for this partner");
        }
        CurrentUser.requireMemberOf(l.getOrganisation().getId(), false);
        return l;
    }

    static String normalise(ListingField field, @Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value.replaceAll("[\\p{Cc}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        return field == ListingField.ACCESS ? ListingField.accessValue(ListingField.accessMethods(v)) : v;
    }

    private static @Nullable String clean(@Nullable String message) {
        if (message == null) {
            return null;
        }
        String v = message.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .strip();
        return v.isEmpty() ? null : v;
    }

    private LocalDate today() {
        return clock.instant().atZone(Application.LONDON).toLocalDate();
    }
}
