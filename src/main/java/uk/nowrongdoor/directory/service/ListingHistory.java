package uk.nowrongdoor.directory.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.HistoryRevision;
import uk.nowrongdoor.directory.domain.Listing;

/**
 * A listing's change history, read from the Hibernate Envers snapshots: each change set compared with the one before
 * it, field by field. No access checks here: callers are the partner history screen's service (which checks the
 * organisation) and the public Open Referral change log (which names organisations, never people).
 */
@Service
public class ListingHistory {

    /** What changed in one field at one change set. {@code field} is a stable snake_case name, {@code label} for people. */
    public record Entry(
            long revision,
            Instant when,
            String action,
            String field,
            String label,
            @Nullable String from,
            @Nullable String to,
            @Nullable Long staffAccountId,
            String organisationName) {}

    private record Field(String name, String label, Function<Listing, @Nullable Object> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("name", "Name", Listing::getName),
            new Field("summary", "Summary", Listing::getSummary),
            new Field("description", "Description", Listing::getDescription),
            new Field(
                    "status",
                    "Status",
                    l -> l.getStatus() == null ? null : l.getStatus().name().toLowerCase()),
            new Field("categories", "Categories", ListingHistory::categories),
            new Field("minimum_age", "Minimum age", Listing::getMinAge),
            new Field("maximum_age", "Maximum age", Listing::getMaxAge),
            new Field("free", "Free", l -> yesNo(l.getFree())),
            new Field("cost", "Cost", Listing::getCost),
            new Field("languages", "Languages", Listing::getLanguages),
            new Field("bsl", "British Sign Language", l -> yesNo(l.isBsl())),
            new Field("interpreting", "Interpreters", l -> yesNo(l.isInterpreting())),
            new Field("accepts_self_referral", "Self-referral", l -> yesNo(l.isAcceptsSelfReferral())),
            new Field("eligibility", "Who it is for", Listing::getEligibility),
            new Field("alert", "Alert", Listing::getAlert),
            new Field("alert_until", "Alert until", Listing::getAlertUntil),
            new Field("phone", "Phone", Listing::getPhone),
            new Field("text_number", "Text number", Listing::getTextNumber),
            new Field("email", "Email", Listing::getEmail),
            new Field("website", "Website", Listing::getWebsite));

    private final EntityManager em;
    private final String partnershipName;

    ListingHistory(EntityManager em, @Value("${nwd.history.partnership-name:No Wrong Door}") String partnershipName) {
        this.em = em;
        this.partnershipName = partnershipName;
    }

    /**
     * Records, on the current change set, the organisation the change is made for. Call it inside the transaction
     * that changes the listing, after the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void actedFor(String organisationName) {
        AuditReaderFactory.get(em)
                .getCurrentRevision(HistoryRevision.class, true)
                .setOrganisationName(organisationName);
    }

    /** Every field change of the listing, newest first. A listing's creation is one entry, field {@code listing}. */
    @Transactional(readOnly = true)
    public List<Entry> of(Long listingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(Listing.class, false, true)
                .add(AuditEntity.id().eq(listingId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var entries = new ArrayList<Entry>();
        Listing previous = null;
        for (Object[] row : rows) {
            var listing = (Listing) row[0];
            var revision = (HistoryRevision) row[1];
            var type = (RevisionType) row[2];
            String by = revision.getOrganisationName() == null ? partnershipName : revision.getOrganisationName();
            if (type == RevisionType.ADD || previous == null) {
                entries.add(new Entry(
                        revision.getId(),
                        revision.getChangedAt(),
                        "create",
                        "listing",
                        "Listing added",
                        null,
                        listing.getName(),
                        revision.getStaffAccountId(),
                        by));
            } else {
                for (Field f : FIELDS) {
                    String from = text(f.value().apply(previous));
                    String to = text(f.value().apply(listing));
                    if (!Objects.equals(from, to)) {
                        entries.add(new Entry(
                                revision.getId(),
                                revision.getChangedAt(),
                                type == RevisionType.DEL ? "delete" : "update",
                                f.name(),
                                f.label(),
                                from,
                                to,
                                revision.getStaffAccountId(),
                                by));
                    }
                }
            }
            previous = listing;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static @Nullable String categories(Listing l) {
        var names = l.getCategories().stream().map(Category::getName).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static @Nullable String yesNo(@Nullable Boolean b) {
        return b == null ? null : b ? "Yes" : "No";
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }
}
