package uk.nowrongdoor.referral.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.referral.domain.CloseReason;
import uk.nowrongdoor.referral.domain.ReferralEvent;
import uk.nowrongdoor.referral.domain.ReferralEventKind;
import uk.nowrongdoor.referral.domain.ReferralEventRepository;
import uk.nowrongdoor.referral.domain.ReferralStatus;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * The partners' referral inbox and the coordinators' queue. Every call checks who is asking: a partner reaches only
 * what their own organisations hold, a coordinator only what is in the coordinators' queue, whatever id is passed.
 * Opening a referral is recorded (who and when) for admins.
 */
@Service
@Transactional
public class ReferralInbox {

    static final String NOTE_NEEDED = "Write a note for the people it is passed to";
    static final String NO_TEAM = "No one at %s receives referrals on this website yet. Choose \"Not sure where\" to "
            + "pass it to the referral coordinators.";

    private final SelfReferralRepository referrals;
    private final ReferralEventRepository events;
    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final StaffDirectory staff;
    private final ReferralNotifier notifier;
    private final TimeLimits limits;
    private final Clock clock;

    ReferralInbox(
            SelfReferralRepository referrals,
            ReferralEventRepository events,
            ListingRepository listings,
            OrganisationRepository organisations,
            StaffDirectory staff,
            ReferralNotifier notifier,
            TimeLimits limits,
            Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.listings = listings;
        this.organisations = organisations;
        this.staff = staff;
        this.notifier = notifier;
        this.limits = limits;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    @Transactional(readOnly = true)
    public Inbox inbox() {
        StaffPrincipal me = CurrentUser.require();
        Instant now = clock.instant();
        boolean partner = me.hasRole(AppRoles.PARTNER);
        boolean coordinator = me.hasRole(AppRoles.COORDINATOR);
        List<ReferralCard> mine = partner && !me.organisationIds().isEmpty()
                ? referrals.openFor(me.organisationIds()).stream()
                        .map(r -> card(r, now))
                        .toList()
                : List.of();
        List<ReferralCard> queue = coordinator
                ? referrals.coordinatorsQueue().stream()
                        .filter(r -> mayHandle(me, r))
                        .map(r -> card(r, now))
                        .toList()
                : List.of();
        return new Inbox(partner, mine, coordinator, queue);
    }

    /**
     * The referral for the one reading it, recorded as opened by them. The first member of staff to open it where
     * it is now moves it from new (or passed on) to opened and becomes its owner.
     */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public ReferralDetail open(long id) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        Instant now = clock.instant();
        record(referral, ReferralEventKind.VIEWED, me, now);
        boolean byItsOrganisation = me.hasRole(AppRoles.PARTNER)
                && me.actsFor(referral.getOrganisation().getId());
        if (referral.open(me.accountId(), me.displayName(), byItsOrganisation, now)) {
            record(referral, ReferralEventKind.OPENED, me, now);
        }
        return detail(referral, now);
    }

    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public void markContacted(long id, @Nullable String note) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        Instant now = clock.instant();
        referral.markContacted(now);
        record(referral, ReferralEventKind.CONTACTED, me, now).note(note(note));
    }

    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public void accept(long id, @Nullable String note) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        Instant now = clock.instant();
        referral.accept(now);
        record(referral, ReferralEventKind.ACCEPTED, me, now).note(note(note));
    }

    /** Closing is never a rejection: the reason comes from the partnership's list. */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public void close(long id, CloseReason reason, @Nullable String note) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        if (reason == CloseReason.OTHER && PlainText.isBlank(note)) {
            throw new UserFacingException("Say why it is closed in the note");
        }
        Instant now = clock.instant();
        referral.close(reason, now);
        record(referral, ReferralEventKind.CLOSED, me, now).closeReason(reason).note(note(note));
    }

    /**
     * Passes the referral to another listing or organisation, which must have a receiving team. It arrives there
     * unopened with its history; the sender no longer holds it, and the new team is told it is waiting.
     */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public void redirect(long id, RedirectOption to, String note) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        String cleaned = requireNote(note);
        Instant now = clock.instant();
        Organisation organisation =
                organisations.findById(to.organisationId()).orElseThrow(() -> new UserFacingException("Choose where"));
        if (!staff.hasReceivingTeam(organisation.getId())) {
            throw new UserFacingException(NO_TEAM.formatted(organisation.getName()));
        }
        String where;
        if (to.listingSlug() != null) {
            Listing listing = listings.findBySlug(to.listingSlug())
                    .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                    .filter(l -> l.getOrganisation().equals(organisation))
                    .orElseThrow(() -> new UserFacingException("That service is no longer listed"));
            referral.redirectTo(listing, now);
            where = listing.getName() + " (" + organisation.getName() + ")";
        } else {
            referral.redirectTo(organisation, now);
            where = organisation.getName();
        }
        record(referral, ReferralEventKind.REDIRECTED, me, now).movedTo(where).note(cleaned);
        notifier.waitingAt(organisation.getId(), referral.getId());
    }

    /** "Not sure where": the coordinators hold it and are told at once. */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    public void redirectToCoordinators(long id, String note) {
        StaffPrincipal me = CurrentUser.require();
        SelfReferral referral = handled(id, me);
        String cleaned = requireNote(note);
        Instant now = clock.instant();
        referral.redirectToCoordinators(now);
        record(referral, ReferralEventKind.REDIRECTED, me, now)
                .movedTo("Not sure where: the referral coordinators")
                .note(cleaned);
        notifier.waitingForCoordinators(List.of(referral.getId()));
    }

    /** Organisations with a receiving team, each followed by its active listings. */
    @RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
    @Transactional(readOnly = true)
    public List<RedirectOption> redirectOptions() {
        var options = new ArrayList<RedirectOption>();
        for (Organisation org : organisations.findAllByOrderByNameAsc()) {
            if (!staff.hasReceivingTeam(org.getId())) {
                continue;
            }
            options.add(new RedirectOption(org.getId(), null, org.getName() + " (the organisation)"));
            listings.findByOrganisationOrderByNameAsc(org).stream()
                    .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                    .forEach(l -> options.add(
                            new RedirectOption(org.getId(), l.getSlug(), l.getName() + ", " + org.getName())));
        }
        return options;
    }

    /** Who opened which referral, and when: special-category data, so admins can see every access. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<ReferralAccess> recentAccess() {
        return events.latestOfKinds(EnumSet.of(ReferralEventKind.VIEWED)).stream()
                .map(e -> new ReferralAccess(
                        e.getOccurredAt(),
                        e.getActorName(),
                        e.getReferral().getReference(),
                        e.getReferral().getOrganisation().getName(),
                        e.getKind().label()))
                .toList();
    }

    /** May this member of staff read and act on this referral? */
    static boolean mayHandle(StaffPrincipal me, SelfReferral referral) {
        Long organisationId = referral.getOrganisation().getId();
        boolean partner =
                me.hasRole(AppRoles.PARTNER) && me.actsFor(organisationId) && !referral.isHeldByCoordinators();
        boolean coordinator = me.hasRole(AppRoles.COORDINATOR)
                && referral.isWithCoordinators()
                && (me.partnershipWide() || me.actsFor(organisationId));
        return partner || coordinator;
    }

    private SelfReferral handled(long id, StaffPrincipal me) {
        // the same refusal whether it does not exist or is someone else's: ids reveal nothing
        SelfReferral referral = referrals
                .findById(id)
                .filter(r -> mayHandle(me, r))
                .orElseThrow(() -> new AccessDeniedException("Not a referral this person handles"));
        return referral;
    }

    private ReferralEvent record(SelfReferral referral, ReferralEventKind kind, StaffPrincipal me, Instant at) {
        return events.save(new ReferralEvent(referral, at, kind, me.accountId(), actor(me)));
    }

    static String actor(StaffPrincipal me) {
        return me.displayName().equals(me.email()) ? me.email() : me.displayName() + " (" + me.email() + ")";
    }

    private static String requireNote(String note) {
        String cleaned = note(note);
        if (cleaned == null) {
            throw new UserFacingException(NOTE_NEEDED);
        }
        return cleaned;
    }

    private static @Nullable String note(@Nullable String note) {
        String cleaned = PlainText.clean(note);
        if (PlainText.isBlank(cleaned)) {
            return null;
        }
        if (cleaned.length() > ReferralEvent.NOTE_MAX) {
            throw new UserFacingException("The note must be " + ReferralEvent.NOTE_MAX + " characters or fewer");
        }
        return cleaned.strip();
    }

    ReferralCard card(SelfReferral r, Instant now) {
        return new ReferralCard(
                r.getId(),
                r.getReference(),
                r.getStatus(),
                r.whereName(),
                r.getOrganisation().getName(),
                r.isUrgent(),
                r.getSubmittedAt(),
                Duration.between(r.getSubmittedAt(), now),
                limits.firstContactTarget(),
                limits.firstContactOverdue(r, now),
                r.isWithCoordinators(),
                r.isHeldByCoordinators(),
                r.getOwnerName());
    }

    private ReferralDetail detail(SelfReferral r, Instant now) {
        var history = events.findByReferralIdOrderByOccurredAtAscIdAsc(r.getId()).stream()
                .filter(e -> e.getKind() != ReferralEventKind.VIEWED)
                .map(e -> new HistoryLine(
                        e.getOccurredAt(),
                        e.getKind().label(),
                        e.getActorName(),
                        e.getMovedTo() != null
                                ? "To " + e.getMovedTo()
                                : e.getCloseReason() != null
                                        ? e.getCloseReason().label()
                                        : null,
                        e.getNote()))
                .toList();
        return new ReferralDetail(
                card(r, now),
                r.getContactName(),
                r.getContactMethod().label(),
                r.getPhone(),
                r.getEmail(),
                r.isVoicemailOk(),
                r.isMaySayWhoCalls(),
                r.getBestTimes(),
                r.getPronouns(),
                r.getCommunicationNeeds(),
                r.getForWhom().label(),
                r.getSafeNow() == null ? null : r.getSafeNow().label(),
                r.isRiskIndicated(),
                r.getHelpWanted(),
                r.getAboutMe(),
                r.getCloseReason() == null ? null : r.getCloseReason().label(),
                history,
                actions(r.getStatus()));
    }

    static Set<ReferralAction> actions(ReferralStatus status) {
        return switch (status) {
            case NEW, REDIRECTED -> EnumSet.of(ReferralAction.REDIRECT, ReferralAction.CLOSE);
            case OPENED -> EnumSet.of(
                    ReferralAction.MARK_CONTACTED,
                    ReferralAction.ACCEPT,
                    ReferralAction.REDIRECT,
                    ReferralAction.CLOSE);
            case CONTACTED -> EnumSet.of(ReferralAction.ACCEPT, ReferralAction.REDIRECT, ReferralAction.CLOSE);
            case ACCEPTED -> EnumSet.of(ReferralAction.REDIRECT, ReferralAction.CLOSE);
            case CLOSED -> EnumSet.noneOf(ReferralAction.class);
        };
    }
}
