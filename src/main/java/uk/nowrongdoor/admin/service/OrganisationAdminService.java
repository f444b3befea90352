package uk.nowrongdoor.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.security.AppRoles;

/**
 * Admins keep the organisations: their public details (what the Open Referral feed publishes: name, description,
 * website), whether their edits publish at once (trust, kept by {@link ModerationService}), and who their partner
 * editors are (changed on the users screen). A rename reaches the search index through the listings' embedded
 * organisation name.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class OrganisationAdminService {

    public static final int WEBSITE_MAX = 300;

    /** An organisation as the admin's list shows it. */
    public record OrganisationRow(
            long id,
            String slug,
            String name,
            @Nullable String description,
            @Nullable String website,
            long activeListings,
            long otherListings,
            boolean trusted,
            List<PartnerRow> partners) {}

    /** A partner editor of the organisation. */
    public record PartnerRow(String displayName, String email) {}

    /** The public details an admin may set. */
    public record Details(String name, @Nullable String description, @Nullable String website) {}

    private final OrganisationRepository organisations;
    private final StaffAccountRepository accounts;
    private final ModerationService moderation;
    private final EntityManager entityManager;

    OrganisationAdminService(
            OrganisationRepository organisations,
            StaffAccountRepository accounts,
            ModerationService moderation,
            EntityManager entityManager) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.moderation = moderation;
        this.entityManager = entityManager;
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        Map<Long, long[]> counts = new HashMap<>();
        entityManager
                .createQuery(
                        "select l.organisation.id, l.status, count(l) from Listing l group by l.organisation.id, l.status",
                        Object[].class)
                .getResultList()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
                    c[r[1] == ListingStatus.ACTIVE ? 0 : 1] += (Long) r[2];
                });
        Map<Long, Boolean> trust = new HashMap<>();
        moderation.organisations().forEach(t -> trust.put(t.organisationId(), t.trusted()));
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> {
                    long id = java.util.Objects.requireNonNull(o.getId());
                    long[] c = counts.getOrDefault(id, new long[2]);
                    return new OrganisationRow(
                            id,
                            o.getSlug(),
                            o.getName(),
                            o.getDescription(),
                            o.getWebsite(),
                            c[0],
                            c[1],
                            trust.getOrDefault(id, false),
                            accounts.findPartnersOf(id).stream()
                                    .map(a -> new PartnerRow(a.getDisplayName(), a.getEmail()))
                                    .sorted(java.util.Comparator.comparing(PartnerRow::displayName))
                                    .toList());
                })
                .toList();
    }

    /** Adds an organisation with these details; it is not trusted and has no partners until an admin says so. */
    @RolesAllowed(AppRoles.ADMIN)
    public long addOrganisation(Details details) {
        var clean = validate(details, null);
        String slug = Slugs.free(
                clean.name(), "organisation", s -> organisations.findBySlug(s).isPresent());
        var organisation = new Organisation(slug, clean.name());
        organisation.setDescription(clean.description());
        organisation.setWebsite(clean.website());
        return java.util.Objects.requireNonNull(organisations.save(organisation).getId());
    }

    /** Changes the public details; a new name reaches the search results of every listing it runs. */
    @RolesAllowed(AppRoles.ADMIN)
    public void changeDetails(long organisationId, Details details) {
        var organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new UserFacingException("No such organisation"));
        var clean = validate(details, organisationId);
        organisation.setName(clean.name());
        organisation.setDescription(clean.description());
        organisation.setWebsite(clean.website());
    }

    /** Whether the organisation's partner edits publish at once (the same setting as on the moderation screen). */
    @RolesAllowed(AppRoles.ADMIN)
    public void setTrusted(long organisationId, boolean trusted) {
        moderation.setTrusted(organisationId, trusted);
    }

    private Details validate(Details details, @Nullable Long self) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty()) {
            throw new InvalidField("name", "Enter the organisation's name");
        }
        if (name.length() > Organisation.NAME_MAX) {
            throw new InvalidField("name", "The name must be " + Organisation.NAME_MAX + " characters or fewer");
        }
        boolean taken = organisations.findAll().stream()
                .anyMatch(o -> !o.getId().equals(self) && o.getName().equalsIgnoreCase(name));
        if (taken) {
            throw new InvalidField("name", "Another organisation already has this name");
        }
        String description = blankToNull(details.description());
        if (description != null && description.length() > Organisation.DESCRIPTION_MAX) {
            throw new InvalidField(
                    "description", "The description must be " + Organisation.DESCRIPTION_MAX + " characters or fewer");
        }
        String website = blankToNull(details.website());
        if (website != null) {
            if (website.length() > WEBSITE_MAX) {
                throw new InvalidField("website", "The address must be " + WEBSITE_MAX + " characters or fewer");
            }
            if (!isWebAddress(website)) {
                throw new InvalidField("website", "Enter a full web address starting with https://");
            }
        }
        return new Details(name, description, website);
    }

    private static boolean isWebAddress(String value) {
        try {
            var uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
