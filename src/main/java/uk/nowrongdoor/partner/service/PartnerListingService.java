package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.FieldChange;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingNotice;
import uk.nowrongdoor.partner.domain.ListingNoticeRepository;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.NoticeKind;
import uk.nowrongdoor.partner.domain.OrganisationTrust;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.partner.domain.TimetableText;
import uk.nowrongdoor.partner.service.PartnerViews.CategoryDetails;
import uk.nowrongdoor.partner.service.PartnerViews.CategoryGroup;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;
import uk.nowrongdoor.partner.service.PartnerViews.ListingDetails;
import uk.nowrongdoor.partner.service.PartnerViews.LiveNotice;
import uk.nowrongdoor.partner.service.PartnerViews.LocationDetails;
import uk.nowrongdoor.partner.service.PartnerViews.MyListing;
import uk.nowrongdoor.partner.service.PartnerViews.MyOrganisation;
import uk.nowrongdoor.partner.service.PartnerViews.NewListingRequest;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.partner.service.PartnerViews.RevisionSummary;
import uk.nowrongdoor.partner.service.PartnerViews.TimetableDetails;
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
    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final RevisionChanges revisionChanges;
    private final Clock clock;

    PartnerListingService(
            ListingRepository listings,
            OrganisationRepository organisations,
            ListingNoticeRepository notices,
            ListingRevisionRepository revisions,
            OrganisationTrustRepository trust,
            StaffDirectory staffDirectory,
            OutboxService outbox,
            CategoryRepository categories,
            PlaceRepository places,
            RevisionChanges revisionChanges,
            Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.notices = notices;
        this.revisions = revisions;
        this.trust = trust;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.categories = categories;
        this.places = places;
        this.revisionChanges = revisionChanges;
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
                                revisions.countByListingAndStatus(l.getId(), RevisionStatus.PENDING),
                                l.getStatus() == ListingStatus.ACTIVE,
                                visibility(l)))));
        return result;
    }

    /** Null for a public listing; otherwise why the public does not see it. */
    private @Nullable String visibility(Listing l) {
        if (l.getStatus() == ListingStatus.ACTIVE) {
            return pendingRequest(l, RevisionKind.WITHDRAWAL) ? "Withdrawal asked for: an admin will decide." : null;
        }
        return pendingRequest(l, RevisionKind.NEW_LISTING)
                ? "New listing: not public until an admin approves it."
                : "Not shown to the public.";
    }

    private boolean pendingRequest(Listing l, RevisionKind kind) {
        return revisions.findHistory(l.getId()).stream()
                .anyMatch(r -> r.getStatus() == RevisionStatus.PENDING && r.getKind() == kind);
    }

    /** The organisations the signed-in partner may add listings for. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public List<MyOrganisation> myOrganisations() {
        return organisations.findAllById(CurrentUser.require().organisationIds()).stream()
                .map(o -> new MyOrganisation(o.getId(), o.getName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
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

    /**
     * One tap: the organisation confirms the listing as it stands today. The listing's history records who confirmed
     * it, for which organisation; a second tap the same day changes nothing.
     */
    @RolesAllowed(AppRoles.PARTNER)
    public LocalDate confirmStillAccurate(Long listingId) {
        Listing l = ownListing(listingId);
        LocalDate today = today();
        if (!today.equals(l.getLastChecked())) {
            l.setLastChecked(today);
            revisionChanges.actedFor(l);
        }
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
            if (!field.isDetail()) {
                throw new UserFacingException(field.label() + " cannot be changed here");
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
        return submit(l, changes, me);
    }

    /** Publishes a change at once for a trusted organisation; otherwise stores it for an admin, who is told. */
    private Outcome submit(Listing l, List<FieldChange> changes, StaffPrincipal me) {
        Instant now = clock.instant();
        var revision = new ListingRevision(l, changes, me.accountId(), me.email(), now);
        if (isTrusted(l.getOrganisation().getId())) {
            revisionChanges.apply(revision, l);
            l.setUpdatedAt(now);
            revision.decide(RevisionStatus.PUBLISHED_TRUSTED, me.email(), now, null);
            revisions.save(revision);
            return Outcome.PUBLISHED;
        }
        revisions.save(revision);
        tellAdmins(l, "A listing change is waiting for moderation", "proposed a change to");
        return Outcome.WAITING_FOR_APPROVAL;
    }

    private void tellAdmins(Listing l, String subject, String what) {
        for (String admin : staffDirectory.emailsWithRole(StaffRole.ADMIN)) {
            outbox.queue(
                    admin,
                    subject,
                    "A partner has " + what + " \"" + l.getName()
                            + "\". Please review it on the moderation screen (admin/moderation).");
        }
    }

    // Timetable --------------------------------------------------------------------------------------------------

    /** The published weekly sessions and the dated changes from today on, for the timetable editor. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public TimetableDetails timetable(Long listingId) {
        Listing l = ownListing(listingId);
        LocalDate today = today();
        long waiting = revisions.findHistory(l.getId()).stream()
                .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                .filter(r -> r.getChanges().stream()
                        .anyMatch(
                                c -> c.getField() == ListingField.SESSIONS || c.getField() == ListingField.EXCEPTIONS))
                .count();
        return new TimetableDetails(
                l.getId(),
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                TimetableText.sessions(ListingField.SESSIONS.read(l)),
                TimetableText.exceptions(ListingField.EXCEPTIONS.read(l)).stream()
                        .filter(e -> e.date() != null && !e.date().isBefore(today))
                        .toList(),
                waiting,
                today);
    }

    /**
     * Proposes the whole weekly timetable and the dated changes from today on (earlier ones stay as they are). Like
     * any other edit it waits for an admin unless the organisation is trusted.
     */
    @RolesAllowed(AppRoles.PARTNER)
    public Outcome proposeTimetable(Long listingId, List<SessionDraft> sessions, List<ExceptionDraft> upcoming) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        LocalDate today = today();
        if (sessions.size() > SessionDraft.MAX_SESSIONS) {
            throw new UserFacingException("A listing can have up to " + SessionDraft.MAX_SESSIONS + " weekly sessions");
        }
        if (upcoming.size() > ExceptionDraft.MAX_UPCOMING) {
            throw new UserFacingException("A listing can have up to " + ExceptionDraft.MAX_UPCOMING + " dated changes");
        }
        for (SessionDraft s : sessions) {
            var problem = s.problem();
            if (problem != null) {
                throw new UserFacingException(s.label() + ": " + problem.message());
            }
        }
        for (SessionDraft s : sessions) {
            var clash = s.clashWith(sessions);
            if (clash != null) {
                throw new UserFacingException(s.label() + " overlaps " + clash.label());
            }
        }
        for (ExceptionDraft e : upcoming) {
            var problem = e.problem(today);
            if (problem != null) {
                throw new UserFacingException(e.label() + ": " + problem.message());
            }
        }
        for (ExceptionDraft e : upcoming) {
            var clash = e.clashWith(upcoming);
            if (clash != null) {
                throw new UserFacingException(e.label() + " overlaps " + clash.label());
            }
        }
        var changes = new ArrayList<FieldChange>();
        String currentSessions = ListingField.SESSIONS.read(l);
        String newSessions = TimetableText.ofDrafts(sessions);
        if (!newSessions.equals(currentSessions)) {
            changes.add(new FieldChange(ListingField.SESSIONS, currentSessions, newSessions));
        }
        String currentExceptions = ListingField.EXCEPTIONS.read(l);
        var wanted = new ArrayList<ExceptionDraft>(TimetableText.exceptions(currentExceptions).stream()
                .filter(e -> e.date() != null && e.date().isBefore(today))
                .toList());
        wanted.addAll(upcoming);
        String newExceptions = TimetableText.ofExceptionDrafts(wanted);
        if (!newExceptions.equals(currentExceptions)) {
            changes.add(new FieldChange(ListingField.EXCEPTIONS, currentExceptions, newExceptions));
        }
        if (changes.isEmpty()) {
            throw new UserFacingException("Nothing has changed");
        }
        if (changes.stream()
                .anyMatch(c -> c.getNewValue().length() > FieldChange.VALUE_MAX
                        || c.getPreviousValue().length() > FieldChange.VALUE_MAX)) {
            throw new UserFacingException("The timetable is too long to save: remove some sessions or notes");
        }
        return submit(l, changes, me);
    }

    // Locations --------------------------------------------------------------------------------------------------

    /** The published locations, for the locations editor, with the towns to choose from. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public LocationDetails locations(Long listingId) {
        Listing l = ownListing(listingId);
        var towns = places.findAll().stream()
                .map(p -> new Choice(p.getSlug(), p.getName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return new LocationDetails(
                l.getId(),
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                l.getLocations().stream().map(LocationDraft::from).toList(),
                towns,
                pendingChangesOf(l, ListingField.LOCATIONS));
    }

    /**
     * Proposes the whole list of locations: the ones kept (changed or not), the new ones (without an id) and, by
     * leaving them out, the ones to remove. Only a location that is new or changed is checked, so an old address the
     * partner did not touch never blocks an edit of another one.
     */
    @RolesAllowed(AppRoles.PARTNER)
    public Outcome proposeLocations(Long listingId, List<LocationDraft> wanted) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        if (wanted.size() > LocationDraft.MAX_LOCATIONS) {
            throw new UserFacingException("A listing can have up to " + LocationDraft.MAX_LOCATIONS + " locations");
        }
        var published = l.getLocations().stream().map(LocationDraft::from).toList();
        for (LocationDraft d : wanted) {
            if (d.uuid() != null && published.stream().noneMatch(p -> d.uuid().equals(p.uuid()))) {
                // an id of another listing's location, or of one removed since: never written through this listing
                throw new UserFacingException("A location has been removed since you opened this page: reload it");
            }
            if (published.contains(d)) {
                continue;
            }
            var problem = d.problem();
            if (problem != null) {
                throw new UserFacingException(d.label() + ": " + problem.message());
            }
            if (!d.town().isEmpty() && places.findBySlug(d.town()).isEmpty()) {
                throw new UserFacingException(d.label() + ": choose the town from the list");
            }
        }
        String current = ListingField.LOCATIONS.read(l);
        String proposed = LocationDraft.ofDrafts(wanted);
        if (proposed.equals(current)) {
            throw new UserFacingException("Nothing has changed");
        }
        if (proposed.length() > FieldChange.VALUE_MAX || current.length() > FieldChange.VALUE_MAX) {
            throw new UserFacingException("The locations are too long to save: shorten some descriptions");
        }
        return submit(l, List.of(new FieldChange(ListingField.LOCATIONS, current, proposed)), me);
    }

    // Categories -------------------------------------------------------------------------------------------------

    /** The category tree, grouped by top-level category, and the listing's own categories. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public CategoryDetails categories(Long listingId) {
        Listing l = ownListing(listingId);
        var all = categories.findAllByOrderByPositionAsc();
        var groups = all.stream()
                .filter(c -> c.getParent() == null)
                .map(top -> {
                    var choices = new ArrayList<Choice>();
                    choices.add(new Choice(top.getSlug(), top.getName()));
                    all.stream()
                            .filter(c -> c.getParent() != null
                                    && c.getParent().getId().equals(top.getId()))
                            .forEach(c -> choices.add(new Choice(c.getSlug(), c.getName())));
                    return new CategoryGroup(top.getName(), choices);
                })
                .toList();
        return new CategoryDetails(
                l.getId(),
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                groups,
                Set.copyOf(ListingField.slugs(ListingField.CATEGORIES.read(l))),
                pendingChangesOf(l, ListingField.CATEGORIES));
    }

    /** Proposes the listing's categories: at least one, each from the tree. */
    @RolesAllowed(AppRoles.PARTNER)
    public Outcome proposeCategories(Long listingId, Set<String> slugs) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        String proposed = ListingField.categoriesValue(slugs);
        if (proposed.isEmpty()) {
            throw new UserFacingException("Choose at least one category, so people can find the listing");
        }
        for (String slug : ListingField.slugs(proposed)) {
            if (categories.findBySlug(slug).isEmpty()) {
                throw new UserFacingException("Choose categories from the list");
            }
        }
        String current = ListingField.CATEGORIES.read(l);
        if (proposed.equals(current)) {
            throw new UserFacingException("Nothing has changed");
        }
        return submit(l, List.of(new FieldChange(ListingField.CATEGORIES, current, proposed)), me);
    }

    private long pendingChangesOf(Listing l, ListingField field) {
        return revisions.findHistory(l.getId()).stream()
                .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                .filter(r -> r.getChanges().stream().anyMatch(c -> c.getField() == field))
                .count();
    }

    // New listings and withdrawals -------------------------------------------------------------------------------

    /**
     * Adds a listing for one of the partner's organisations. It is not public until an admin approves it, even for a
     * trusted organisation; the admins are told.
     */
    @RolesAllowed(AppRoles.PARTNER)
    public Long addListing(NewListingRequest request) {
        StaffPrincipal me = CurrentUser.requireMemberOf(request.organisationId(), false);
        Organisation org = organisations
                .findById(request.organisationId())
                .orElseThrow(() -> new AccessDeniedException("No such organisation"));
        var values = new EnumMap<ListingField, String>(ListingField.class);
        values.put(ListingField.NAME, normalise(ListingField.NAME, request.name()));
        values.put(ListingField.SUMMARY, normalise(ListingField.SUMMARY, request.summary()));
        values.put(ListingField.DESCRIPTION, normalise(ListingField.DESCRIPTION, request.description()));
        values.put(ListingField.PHONE, normalise(ListingField.PHONE, request.phone()));
        values.put(ListingField.EMAIL, normalise(ListingField.EMAIL, request.email()));
        values.put(ListingField.WEBSITE, normalise(ListingField.WEBSITE, request.website()));
        for (var e : values.entrySet()) {
            String problem = e.getKey().problem(e.getValue());
            if (problem != null) {
                throw new UserFacingException(problem);
            }
        }
        Instant now = clock.instant();
        var listing = new Listing(
                UUID.randomUUID(),
                freeSlug(values.get(ListingField.NAME)),
                org,
                values.get(ListingField.NAME),
                values.get(ListingField.SUMMARY));
        values.forEach((field, value) -> field.apply(listing, value));
        listing.setStatus(ListingStatus.INACTIVE);
        listing.setLastChecked(today());
        listing.setUpdatedAt(now);
        listings.save(listing);
        var changes = values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FieldChange(e.getKey(), "", e.getValue()))
                .toList();
        revisions.save(new ListingRevision(listing, changes, me.accountId(), me.email(), now)
                .asRequest(RevisionKind.NEW_LISTING, null));
        tellAdmins(listing, "A new listing is waiting for moderation", "added a new listing,");
        return listing.getId();
    }

    /** Asks the admins to take a public listing out of the directory; it stays public until one approves. */
    @RolesAllowed(AppRoles.PARTNER)
    public void requestWithdrawal(Long listingId, @Nullable String note) {
        Listing l = ownListing(listingId);
        StaffPrincipal me = CurrentUser.require();
        if (l.getStatus() != ListingStatus.ACTIVE) {
            throw new UserFacingException("This listing is not public, so there is nothing to withdraw");
        }
        if (pendingRequest(l, RevisionKind.WITHDRAWAL)) {
            throw new UserFacingException("You have already asked for this listing to be withdrawn");
        }
        String why = clean(note);
        if (why != null && why.length() > ListingRevision.NOTE_MAX) {
            throw new UserFacingException("The reason must be " + ListingRevision.NOTE_MAX + " characters or fewer");
        }
        revisions.save(new ListingRevision(l, List.of(), me.accountId(), me.email(), clock.instant())
                .asRequest(RevisionKind.WITHDRAWAL, why));
        tellAdmins(l, "A partner asks for a listing to be withdrawn", "asked to withdraw");
    }

    private String freeSlug(String name) {
        String base = Normalizer.normalize(name.toLowerCase(Locale.UK), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "listing";
        }
        String slug = base;
        for (int n = 2; listings.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Every revision of the listing, newest first, with what each changed. */
    @RolesAllowed(AppRoles.PARTNER)
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(Long listingId) {
        ownListing(listingId);
        return revisions.findHistory(listingId).stream()
                .map(r -> summary(r, revisionChanges))
                .toList();
    }

    static RevisionSummary summary(ListingRevision r, RevisionChanges describe) {
        return new RevisionSummary(
                r.getId(),
                (r.getKind() == RevisionKind.CHANGE ? "" : r.getKind().label() + ": ")
                        + r.getStatus().label(),
                r.getSubmittedAt(),
                r.getSubmittedByEmail(),
                r.getChanges().stream()
                        .flatMap(c -> describe.rows(c, c.getPreviousValue()).stream())
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
        return switch (field) {
            case ACCESS -> ListingField.accessValue(ListingField.accessMethods(v));
            case DELIVERY -> ListingField.deliveryValue(ListingField.deliveryModes(v));
            case BSL, INTERPRETING -> v.isEmpty() || v.equalsIgnoreCase(ListingField.YES)
                    ? v.toLowerCase(Locale.ROOT)
                    : v;
            default -> v;
        };
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
