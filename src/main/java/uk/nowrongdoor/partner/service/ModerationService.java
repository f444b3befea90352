package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.OrganisationTrust;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.PartnerViews.OrganisationTrustRow;
import uk.nowrongdoor.partner.service.PartnerViews.PendingRevision;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;

/** The admins' moderation queue and the organisations whose edits publish at once. */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class ModerationService {

    private final ListingRevisionRepository revisions;
    private final OrganisationRepository organisations;
    private final OrganisationTrustRepository trust;
    private final OutboxService outbox;
    private final RevisionChanges revisionChanges;
    private final Clock clock;

    ModerationService(
            ListingRevisionRepository revisions,
            OrganisationRepository organisations,
            OrganisationTrustRepository trust,
            OutboxService outbox,
            RevisionChanges revisionChanges,
            Clock clock) {
        this.revisions = revisions;
        this.organisations = organisations;
        this.trust = trust;
        this.outbox = outbox;
        this.revisionChanges = revisionChanges;
        this.clock = clock;
    }

    /**
     * Pending revisions, oldest first, each as a field-by-field difference from what is published now (which may
     * have moved on since the partner asked).
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<PendingRevision> pending() {
        return revisions.findByStatus(RevisionStatus.PENDING).stream()
                .map(r -> {
                    Listing l = r.getListing();
                    return new PendingRevision(
                            r.getId(),
                            l.getId(),
                            l.getName(),
                            l.getSlug(),
                            l.getOrganisation().getName(),
                            r.getSubmittedByEmail(),
                            r.getSubmittedAt(),
                            r.getKind(),
                            r.getPartnerNote(),
                            r.getChanges().stream()
                                    .flatMap(c -> revisionChanges
                                            .rows(
                                                    c,
                                                    // a new listing has nothing published yet
                                                    r.getKind() == RevisionKind.NEW_LISTING
                                                            ? ""
                                                            : c.getField().read(l))
                                            .stream())
                                    .toList(),
                            r.getImportedFrom());
                })
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void approve(Long revisionId) {
        ListingRevision r = pendingRevision(revisionId);
        Listing l = r.getListing();
        Instant now = clock.instant();
        switch (r.getKind()) {
            case CHANGE -> revisionChanges.apply(r, l);
            case NEW_LISTING -> {
                revisionChanges.apply(r, l);
                l.setStatus(ListingStatus.ACTIVE);
            }
                // out of search, the listing page and the Open Referral feed, which all show active listings only
            case WITHDRAWAL -> {
                l.setStatus(ListingStatus.DEFUNCT);
                revisionChanges.actedFor(r, l);
            }
        }
        l.setUpdatedAt(now);
        r.decide(RevisionStatus.APPROVED, CurrentUser.require().email(), now, null);
        if (r.getImportedFrom() != null) {
            return; // a feed import has no partner to tell
        }
        outbox.queue(
                r.getSubmittedByEmail(),
                switch (r.getKind()) {
                    case CHANGE -> "Your change to a listing is published";
                    case NEW_LISTING -> "Your new listing is published";
                    case WITHDRAWAL -> "Your listing has been withdrawn";
                },
                switch (r.getKind()) {
                    case CHANGE -> "Your change to \"" + l.getName()
                            + "\" has been approved and is now on the public page.";
                    case NEW_LISTING -> "\"" + l.getName() + "\" has been approved and is now in the directory.";
                    case WITHDRAWAL -> "\"" + l.getName() + "\" is no longer shown in the directory.";
                });
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void reject(Long revisionId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserFacingException("Give a reason, so the partner knows what to change");
        }
        if (why.length() > ListingRevision.REASON_MAX) {
            throw new UserFacingException("The reason must be " + ListingRevision.REASON_MAX + " characters or fewer");
        }
        ListingRevision r = pendingRevision(revisionId);
        r.decide(RevisionStatus.REJECTED, CurrentUser.require().email(), clock.instant(), why);
        if (r.getKind() == RevisionKind.NEW_LISTING) {
            r.getListing().setStatus(ListingStatus.DEFUNCT);
        }
        if (r.getImportedFrom() != null) {
            return;
        }
        outbox.queue(
                r.getSubmittedByEmail(),
                "Your change to a listing was not approved",
                "Your change to \"" + r.getListing().getName() + "\" was not approved. The admin's reason: " + why);
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<OrganisationTrustRow> organisations() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new OrganisationTrustRow(
                        o.getId(),
                        o.getName(),
                        trust.findByOrganisationId(o.getId())
                                .map(OrganisationTrust::isTrusted)
                                .orElse(false)))
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void setTrusted(Long organisationId, boolean trusted) {
        if (!organisations.existsById(organisationId)) {
            throw new UserFacingException("No such organisation");
        }
        var row = trust.findByOrganisationId(organisationId).orElseGet(() -> new OrganisationTrust(organisationId));
        row.setTrusted(trusted, clock.instant());
        trust.save(row);
    }

    private ListingRevision pendingRevision(Long id) {
        ListingRevision r = revisions.findById(id).orElseThrow(() -> new AccessDeniedException("No such revision"));
        if (r.getStatus() != RevisionStatus.PENDING) {
            throw new UserFacingException("This change has already been decided");
        }
        return r;
    }
}
