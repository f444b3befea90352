package uk.nowrongdoor.directory.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Place;

/**
 * A listing's change history, read from the Hibernate Envers snapshots: each change set compared with the one before
 * it, field by field, for the listing itself (with its weekly sessions, dated changes, access methods and delivery
 * modes, which it records as text) and for each of its locations. No access checks here: callers are the staff
 * history screens' services (which check roles and organisations) and the public Open Referral change log, which
 * reads {@link #publicOf} (organisations, never people; a sensitive venue's address, name and directions never).
 */
@Service
public class ListingHistory {

    /**
     * What changed in one field at one change set. {@code field} is a stable snake_case name, {@code label} for
     * people; {@code location} is the location's published id when the change is to a location, else null.
     */
    public record Entry(
            long revision,
            Instant when,
            String action,
            String field,
            String label,
            @Nullable String from,
            @Nullable String to,
            @Nullable Long staffAccountId,
            String organisationName,
            @Nullable UUID location) {}

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
            new Field("website", "Website", Listing::getWebsite),
            new Field("last_checked", "Confirmed still accurate", Listing::getLastChecked));

    /** Collections the listing records as text; compared only once both snapshots have recorded them. */
    private static final List<Field> RECORDED_SETS = List.of(
            new Field("access", "How to get in", Listing::getAccessText),
            new Field("delivery", "How it is delivered", Listing::getDeliveryText));

    /** Collections recorded one item a line: each item added or removed is one entry. */
    private record ItemList(String name, String singular, Function<Listing, @Nullable String> text) {}

    private static final List<ItemList> ITEM_LISTS = List.of(
            new ItemList("weekly_session", "Weekly session", Listing::getSessionsText),
            new ItemList("dated_change", "Dated change", Listing::getExceptionsText));

    private record LocationField(String name, String label, Function<Location, @Nullable Object> value) {}

    private static final List<LocationField> LOCATION_FIELDS = List.of(
            new LocationField(
                    "type",
                    "type",
                    l -> l.getType() == null ? null : l.getType().label()),
            new LocationField("name", "name", Location::getName),
            new LocationField("address", "address", Location::getAddress),
            new LocationField("town", "town", l -> placeName(l.getPlace())),
            new LocationField("postcode", "postcode", Location::getPostcode),
            new LocationField("accessibility", "accessibility", Location::getAccessibility),
            new LocationField("how_to_find", "how to find us", Location::getHowToFind),
            new LocationField("transport", "transport", Location::getTransport),
            new LocationField("sensitive", "sensitive venue", l -> yesNo(l.isSensitive())));

    /** What the public may read of a sensitive venue's changes: never its name, address or directions. */
    private static final List<String> PUBLIC_FOR_SENSITIVE = List.of("type", "town", "postcode", "sensitive");

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

    /**
     * Every change of the listing and its locations, newest first, for staff: full values. A listing's creation is
     * one entry, field {@code listing}.
     */
    @Transactional(readOnly = true)
    public List<Entry> of(Long listingId) {
        return history(listingId, false);
    }

    /**
     * The change log the public may read (the Open Referral API's metadata): a location that is a sensitive venue in
     * either snapshot shows only its type, town, sensitive flag and the outward part of its postcode.
     */
    @Transactional(readOnly = true)
    public List<Entry> publicOf(Long listingId) {
        return history(listingId, true);
    }

    /** Ids of the listings a staff account changed, the most recently changed first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Long> listingsChangedBy(long staffAccountId, int limit) {
        var latest = new LinkedHashMap<Long, Long>();
        collectChangedBy(Listing.class, staffAccountId, latest, row -> ((Listing) row).getId());
        collectChangedBy(Location.class, staffAccountId, latest, row -> listingIdOf((Location) row));
        return latest.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(limit)
                .toList();
    }

    private void collectChangedBy(
            Class<?> type, long staffAccountId, Map<Long, Long> latest, Function<Object, @Nullable Long> listingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.revisionProperty("staffAccountId").eq(staffAccountId))
                .getResultList();
        for (Object[] row : rows) {
            Long id = listingId.apply(row[0]);
            long rev = ((HistoryRevision) row[1]).getId();
            if (id != null) {
                latest.merge(id, rev, Math::max);
            }
        }
    }

    private List<Entry> history(Long listingId, boolean publicOnly) {
        var entries = new ArrayList<Entry>();
        listingEntries(listingId, entries);
        locationEntries(listingId, publicOnly, entries);
        // newest first; within a change set, the listing's own fields before its locations (a stable sort)
        entries.sort(Comparator.comparingLong(Entry::revision).reversed());
        return entries;
    }

    private void listingEntries(Long listingId, List<Entry> entries) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(Listing.class, false, true)
                .add(AuditEntity.id().eq(listingId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Listing previous = null;
        for (Object[] row : rows) {
            var listing = (Listing) row[0];
            var revision = (HistoryRevision) row[1];
            var type = (RevisionType) row[2];
            if (type == RevisionType.ADD || previous == null) {
                entries.add(entry(revision, "create", "listing", "Listing added", null, listing.getName(), null));
            } else {
                String action = type == RevisionType.DEL ? "delete" : "update";
                for (Field f : FIELDS) {
                    String from = text(f.value().apply(previous));
                    String to = text(f.value().apply(listing));
                    if (!Objects.equals(from, to)) {
                        entries.add(entry(revision, action, f.name(), f.label(), from, to, null));
                    }
                }
                for (Field f : RECORDED_SETS) {
                    Object was = f.value().apply(previous);
                    Object now = f.value().apply(listing);
                    if (was != null && now != null && !was.equals(now)) {
                        entries.add(entry(revision, action, f.name(), f.label(), text(was), text(now), null));
                    }
                }
                for (ItemList list : ITEM_LISTS) {
                    String was = list.text().apply(previous);
                    String now = list.text().apply(listing);
                    if (was == null || now == null) {
                        continue; // not recorded yet: the listing predates Flyway V41
                    }
                    var before = items(was);
                    var after = items(now);
                    before.stream()
                            .filter(i -> !after.contains(i))
                            .forEach(i -> entries.add(
                                    entry(revision, action, list.name(), list.singular() + " removed", i, null, null)));
                    after.stream()
                            .filter(i -> !before.contains(i))
                            .forEach(i -> entries.add(
                                    entry(revision, action, list.name(), list.singular() + " added", null, i, null)));
                }
            }
            previous = listing;
        }
    }

    private void locationEntries(Long listingId, boolean publicOnly, List<Entry> entries) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(Location.class, false, true)
                .add(AuditEntity.relatedId("listing").eq(listingId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var previous = new LinkedHashMap<Long, Location>();
        for (Object[] row : rows) {
            var location = (Location) row[0];
            var revision = (HistoryRevision) row[1];
            var type = (RevisionType) row[2];
            Location was = previous.get(location.getId());
            previous.put(location.getId(), location);
            if (revision.isBaseline()) {
                continue; // where the locations stood when the history began: a starting point, not a change
            }
            boolean hide = publicOnly && (location.isSensitive() || (was != null && was.isSensitive()));
            String name = hide ? "Location (sensitive venue)" : "Location " + quoted(location, was);
            if (type == RevisionType.ADD || was == null) {
                entries.add(entry(
                        revision,
                        "create",
                        "location",
                        "Location added",
                        null,
                        describe(location, publicOnly, hide),
                        location.getUuid()));
            } else if (type == RevisionType.DEL) {
                entries.add(entry(
                        revision,
                        "delete",
                        "location",
                        "Location removed",
                        describe(was, publicOnly, hide),
                        null,
                        was.getUuid()));
            } else {
                for (LocationField f : LOCATION_FIELDS) {
                    if (hide && !PUBLIC_FOR_SENSITIVE.contains(f.name())) {
                        continue;
                    }
                    String from = locationValue(f, was, hide);
                    String to = locationValue(f, location, hide);
                    if (!Objects.equals(from, to)) {
                        entries.add(entry(
                                revision,
                                "update",
                                "location_" + f.name(),
                                name + ": " + f.label(),
                                from,
                                to,
                                location.getUuid()));
                    }
                }
            }
        }
    }

    private static @Nullable String locationValue(LocationField f, Location l, boolean hide) {
        if (hide && f.name().equals("postcode")) {
            return l.getOutwardCode();
        }
        return text(f.value().apply(l));
    }

    /** "'Bedworth venue'" (its name now, or before it was removed), or its type when it has no name. */
    private static String quoted(Location now, @Nullable Location was) {
        String name = text(now.getName());
        if (name == null && was != null) {
            name = text(was.getName());
        }
        return name == null ? "(" + now.getType().label().toLowerCase() + ")" : "'" + name + "'";
    }

    /** A location added or removed, in one line; the public log leaves the street address to the field changes. */
    private static String describe(Location l, boolean publicOnly, boolean hide) {
        if (hide) {
            String outward = l.getOutwardCode();
            return l.getType().label() + ", sensitive venue" + (outward == null ? "" : " in " + outward);
        }
        return Stream.of(
                        text(l.getName()),
                        publicOnly ? null : text(l.getAddress()),
                        placeName(l.getPlace()),
                        text(l.getPostcode()),
                        "(" + l.getType().label() + (l.isSensitive() ? ", sensitive venue" : "") + ")")
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private Entry entry(
            HistoryRevision revision,
            String action,
            String field,
            String label,
            @Nullable String from,
            @Nullable String to,
            @Nullable UUID location) {
        String by = revision.getOrganisationName() == null ? partnershipName : revision.getOrganisationName();
        return new Entry(
                revision.getId(),
                revision.getChangedAt(),
                action,
                field,
                label,
                from,
                to,
                revision.getStaffAccountId(),
                by,
                location);
    }

    private static @Nullable Long listingIdOf(Location l) {
        try {
            return l.getListing() == null ? null : l.getListing().getId();
        } catch (RuntimeException e) {
            return null; // a listing since deleted along with its history rows' target
        }
    }

    private static LinkedHashSet<String> items(String text) {
        return text.lines().filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static @Nullable String placeName(@Nullable Place p) {
        return p == null ? null : p.getName();
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
