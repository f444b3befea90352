package uk.nowrongdoor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.base.domain.Progress;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.partner.domain.FieldChange;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.domain.TimetableText;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Loads an Open Referral UK 3.0 feed (a page envelope with {@code contents}, or a plain array of services) into the
 * moderation queue, never straight into the directory. Services, organisations, locations and taxonomy terms are
 * matched on their UUIDs (an id that is not a UUID, from an older feed, is matched on our slugs). A service already in
 * the directory gets a pending revision with the fields the feed changes (name, summary, description, who it is for,
 * ages, cost, phone, email, website, weekly sessions, locations and categories, see {@link #proposedLocations}), or a
 * pending withdrawal when the feed no longer lists it as active; a record with no change makes no revision. The import
 * never sets or clears a sensitive-venue flag, never turns a team base into a venue, never creates a category (an
 * unknown taxonomy term is noted in the result) and never changes the last-checked date. A new active service becomes a pending new listing (not public until an admin
 * approves it), with a slug made from its name and the UUID's start. An organisation the directory does not know is
 * added at once (it shows nowhere until one of its listings is approved). Each record is taken or refused on its own;
 * a refused record is reported with its id and the reason. Admins only.
 */
@Service
public class OpenReferralFeedImport {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** Who submitted a revision when no staff account is signed in (only in tests with a mock user). */
    static final String SUBMITTER = "Open Referral feed import";

    /** The listing fields a feed record can change through a revision. */
    static final List<ListingField> FIELDS = List.of(
            ListingField.NAME,
            ListingField.SUMMARY,
            ListingField.DESCRIPTION,
            ListingField.ELIGIBILITY,
            ListingField.MIN_AGE,
            ListingField.MAX_AGE,
            ListingField.COST,
            ListingField.PHONE,
            ListingField.EMAIL,
            ListingField.WEBSITE,
            ListingField.SESSIONS);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final CategoryRepository categories;
    private final ListingRevisionRepository revisions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OpenReferralFeedImport(
            ListingRepository listings,
            OrganisationRepository organisations,
            CategoryRepository categories,
            ListingRevisionRepository revisions,
            TransactionTemplate transactions,
            Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.categories = categories;
        this.revisions = revisions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record RecordError(String id, String message) {}

    /**
     * What an import did: pending new listings, pending revisions (changes and withdrawals) of known listings,
     * records with nothing new, and refused records.
     */
    public record Result(
            int newListings, int changes, int unchanged, List<RecordError> errors, List<RecordError> notes) {

        /** A result with nothing noted about the records that were taken. */
        public Result(int newListings, int changes, int unchanged, List<RecordError> errors) {
            this(newListings, changes, unchanged, errors, List.of());
        }
    }

    private enum Outcome {
        NEW_LISTING,
        REVISION,
        UNCHANGED
    }

    @RolesAllowed(AppRoles.ADMIN)
    public Result importFeed(InputStream json, String sourceName) {
        return importFeed(json, sourceName, Progress.NONE);
    }

    /** The feed from an uploaded file or an allowed URL (never a server path); progress after every record. */
    @RolesAllowed(AppRoles.ADMIN)
    public Result importFeed(InputStream json, String sourceName, Progress progress) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UserFacingException("The feed is not valid JSON.");
        }
        JsonNode records = root != null && root.isObject() && root.has("contents") ? root.get("contents") : root;
        if (records == null || !records.isArray()) {
            throw new UserFacingException("The feed holds no list of services (expected a page with contents).");
        }
        var submitter = CurrentUser.get();
        long accountId = submitter.map(StaffPrincipal::accountId).orElse(0L);
        String email = submitter.map(StaffPrincipal::email).orElse(SUBMITTER);
        String source = sourceName.length() > ListingRevision.IMPORTED_FROM_MAX
                ? sourceName.substring(0, ListingRevision.IMPORTED_FROM_MAX)
                : sourceName;
        int newListings = 0;
        int changes = 0;
        int unchanged = 0;
        var errors = new ArrayList<RecordError>();
        var notes = new ArrayList<RecordError>();
        int position = 0;
        for (JsonNode record : records) {
            position++;
            String id = text(record, "id");
            String label = id == null ? "record " + position : id;
            var recordNotes = new ArrayList<String>();
            try {
                Outcome outcome = transactions.execute(status -> apply(record, source, accountId, email, recordNotes));
                recordNotes.forEach(note -> notes.add(new RecordError(label, note)));
                if (outcome == Outcome.NEW_LISTING) {
                    newListings++;
                } else if (outcome == Outcome.REVISION) {
                    changes++;
                } else {
                    unchanged++;
                }
            } catch (InvalidRecord e) {
                errors.add(new RecordError(label, e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new RecordError(
                        label, "could not be saved (" + e.getClass().getSimpleName() + ")"));
            }
            progress.rows(position, newListings + changes);
        }
        return new Result(newListings, changes, unchanged, List.copyOf(errors), List.copyOf(notes));
    }

    /** Takes one service record: a pending new listing, a pending revision, or nothing when nothing changed. */
    private Outcome apply(JsonNode r, String sourceName, long accountId, String email, List<String> notes) {
        String id = required(r, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidRecord("id must be a UUID, or 1 to 80 letters, digits, dots, hyphens or underscores");
        }
        UUID uuid = StableId.parse(id);
        String name = limit(required(r, "name"), Listing.NAME_MAX, "name");
        ListingStatus status = status(required(r, "status"));
        var values = values(r, name);
        Organisation organisation = organisation(r);
        var existing = uuid != null ? listings.findByUuid(uuid) : listings.findBySlug(id);
        if (existing.isPresent()) {
            if (!existing.get().getOrganisation().equals(organisation)) {
                throw new InvalidRecord("belongs to another organization here; moving a service is not supported");
            }
            Listing listing = existing.get();
            if (r.has("service_at_locations")) {
                values.put(ListingField.LOCATIONS, checked(ListingField.LOCATIONS, proposedLocations(listing, r)));
            }
            if (r.has("attributes")) {
                values.put(ListingField.CATEGORIES, checked(ListingField.CATEGORIES, categorySlugs(r, notes)));
            }
            return propose(listing, values, status, sourceName, accountId, email);
        }
        if (status != ListingStatus.ACTIVE) {
            throw new InvalidRecord("is not active in the feed, so it is not added");
        }
        Instant now = clock.instant();
        Listing listing = uuid == null
                ? new Listing(id, organisation, name, values.get(ListingField.SUMMARY))
                : new Listing(
                        uuid,
                        freeSlug(name, uuid, s -> listings.findBySlug(s).isPresent()),
                        organisation,
                        name,
                        values.get(ListingField.SUMMARY));
        values.forEach((field, value) -> field.apply(listing, value));
        // not public until an admin approves it; never checked by its organisation yet
        listing.setStatus(ListingStatus.INACTIVE);
        listing.setAlert(optionalLimit(text(r, "alert"), Listing.SHORT_TEXT_MAX, "alert"), null);
        listing.setSource(limit(
                "Imported from the Open Referral feed " + sourceName + " on " + LocalDate.now(clock), 500, "source"));
        listing.setUpdatedAt(lastModified(r));
        categoryTerms(r, notes).forEach(listing.getCategories()::add);
        addLocations(listing, r);
        listings.save(listing);
        // the moderator sees (and approving keeps) the locations and categories with the other fields
        values.put(ListingField.LOCATIONS, checked(ListingField.LOCATIONS, LocationDraft.text(listing)));
        values.put(
                ListingField.CATEGORIES,
                checked(
                        ListingField.CATEGORIES,
                        ListingField.categoriesValue(listing.getCategories().stream()
                                .map(Category::getSlug)
                                .toList())));
        var changes = values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FieldChange(e.getKey(), "", e.getValue()))
                .toList();
        revisions.save(new ListingRevision(listing, changes, accountId, email, now)
                .asRequest(RevisionKind.NEW_LISTING, null)
                .fromImport(sourceName));
        return Outcome.NEW_LISTING;
    }

    /**
     * A pending revision of a known listing with the fields the feed changes, and a pending withdrawal when the feed
     * no longer lists an active listing as active. Nothing when nothing changed or the same change is already waiting.
     */
    private Outcome propose(
            Listing listing,
            Map<ListingField, String> values,
            ListingStatus status,
            String sourceName,
            long accountId,
            String email) {
        var pending = revisions.findHistory(listing.getId()).stream()
                .filter(rev -> rev.getStatus() == RevisionStatus.PENDING)
                .toList();
        var changes = new ArrayList<FieldChange>();
        values.forEach((field, value) -> {
            String current = field.read(listing);
            if (!value.equals(current)) {
                changes.add(new FieldChange(field, current, value));
            }
        });
        Instant now = clock.instant();
        boolean proposed = false;
        if (!changes.isEmpty() && pending.stream().noneMatch(rev -> sameChanges(rev, changes))) {
            revisions.save(new ListingRevision(listing, changes, accountId, email, now).fromImport(sourceName));
            proposed = true;
        }
        if (status != ListingStatus.ACTIVE
                && listing.getStatus() == ListingStatus.ACTIVE
                && pending.stream().noneMatch(rev -> rev.getKind() == RevisionKind.WITHDRAWAL)) {
            revisions.save(new ListingRevision(listing, List.of(), accountId, email, now)
                    .asRequest(
                            RevisionKind.WITHDRAWAL,
                            "The feed lists it as " + status.name().toLowerCase(Locale.ROOT) + ".")
                    .fromImport(sourceName));
            proposed = true;
        }
        return proposed ? Outcome.REVISION : Outcome.UNCHANGED;
    }

    /** The value, or the record refused with the reason a partner would be given. */
    private static String checked(ListingField field, String value) {
        String problem = field.problem(value);
        if (problem != null) {
            throw new InvalidRecord(problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1));
        }
        return value;
    }

    /**
     * The directory's categories for the record's taxonomy terms (matched on their UUIDs, or our slugs); a term the
     * directory does not have is noted for the admin's report and left out, never created.
     */
    private List<Category> categoryTerms(JsonNode r, List<String> notes) {
        var found = new ArrayList<Category>();
        for (JsonNode a : r.path("attributes")) {
            String term = a.hasNonNull("taxonomy_term_id")
                    ? a.get("taxonomy_term_id").asText()
                    : a.path("taxonomy_term").path("id").asText(null);
            if (term == null) {
                continue;
            }
            UUID termUuid = StableId.parse(term);
            var category = termUuid != null
                    ? categories.findByUuid(termUuid)
                    : ID.matcher(term).matches() ? categories.findBySlug(term) : Optional.<Category>empty();
            if (category.isPresent()) {
                if (!found.contains(category.get())) {
                    found.add(category.get());
                }
            } else {
                notes.add("taxonomy term " + (ID.matcher(term).matches() ? term : "(not an id)")
                        + " is not a category here, so it was left out");
            }
        }
        return found;
    }

    private String categorySlugs(JsonNode r, List<String> notes) {
        return ListingField.categoriesValue(
                categoryTerms(r, notes).stream().map(Category::getSlug).toList());
    }

    /**
     * The listing's locations as the feed would have them, in the listing's order, as a revision stores them. A feed
     * location is matched to one of the listing's by its UUID, then its name, then its address and postcode. A matched
     * location keeps its type (a team base stays one), its sensitive-venue flag, town, accessibility and "how to find
     * us"; only the name, address and postcode the feed gives are proposed. A location the feed does not list is
     * proposed for removal, unless it is a team base or a sensitive venue (which a public feed may well leave out).
     * A feed location that matches none is proposed as new: a venue, a postal address or online only, to be published
     * with the feed's location id when the feed gives a UUID.
     */
    private String proposedLocations(Listing listing, JsonNode r) {
        var current = listing.getLocations().stream().map(LocationDraft::from).toList();
        var proposed = new ArrayList<@Nullable LocationDraft>();
        current.forEach(d -> proposed.add(d.sensitive() || d.type() == LocationType.TEAM_BASE ? d : null));
        var seen = new boolean[current.size()];
        var added = new ArrayList<LocationDraft>();
        for (JsonNode sal : r.path("service_at_locations")) {
            JsonNode l = sal.path("location");
            if (l.isMissingNode()) {
                continue;
            }
            UUID id = StableId.parse(text(l, "id"));
            String name = optionalLimit(text(l, "name"), LocationDraft.NAME_MAX, "location name");
            JsonNode address = l.path("addresses").path(0);
            String line = text(address, "address_1");
            String city = text(address, "city");
            String street = line == null ? null : city == null ? line : line + ", " + city;
            String postcode = optionalLimit(text(address, "postal_code"), 10, "postal_code");
            String feedType = String.valueOf(text(l, "location_type"));
            int match = match(current, id, name, street, postcode);
            if (match < 0 && id != null) {
                var holder = listings.findByLocationsUuid(id);
                if (holder.isPresent() && !holder.get().equals(listing)) {
                    throw new InvalidRecord("location " + id + " belongs to another service here");
                }
            }
            LocationDraft was = match >= 0 ? current.get(match) : null;
            LocationType type = was != null
                    ? was.type()
                    : switch (feedType) {
                        case "postal" -> LocationType.POSTAL;
                        case "virtual" -> LocationType.ONLINE;
                        default -> LocationType.VENUE;
                    };
            boolean online = type == LocationType.ONLINE;
            var draft = new LocationDraft(
                    was == null ? null : was.uuid(),
                    type,
                    name != null ? name : was == null ? "" : was.name(),
                    online
                            ? List.of()
                            : street != null ? addressLines(street) : was == null ? List.of() : was.addressLines(),
                    was == null ? "" : was.town(),
                    online ? "" : postcode != null ? postcode : was == null ? "" : was.postcode(),
                    was == null ? "" : was.accessibility(),
                    was == null ? "" : was.howToFind(),
                    was != null && was.sensitive(),
                    // a new one is published with the feed's id, so the API gives it back and the next import knows it
                    was == null ? id : null);
            var problem = draft.problem();
            if (problem != null) {
                throw new InvalidRecord("location " + draft.label() + ": " + problem.message());
            }
            if (match >= 0) {
                if (seen[match]) {
                    throw new InvalidRecord("names location " + draft.label() + " twice");
                }
                seen[match] = true;
                proposed.set(match, draft);
            } else {
                added.add(draft);
            }
        }
        var all = new ArrayList<LocationDraft>();
        proposed.stream().filter(d -> d != null).forEach(all::add);
        all.addAll(added);
        if (all.size() > LocationDraft.MAX_LOCATIONS) {
            throw new InvalidRecord("has more than " + LocationDraft.MAX_LOCATIONS + " locations");
        }
        return LocationDraft.ofDrafts(all);
    }

    /** The address lines as a location's address column splits them. */
    private static List<String> addressLines(String address) {
        return List.of(limit(address, LocationDraft.ADDRESS_MAX, "address").split(",\\s*"));
    }

    /** Which of the listing's locations the feed's one is: by UUID, then name, then address and postcode; or -1. */
    private static int match(
            List<LocationDraft> current,
            @Nullable UUID id,
            @Nullable String name,
            @Nullable String street,
            @Nullable String postcode) {
        for (int i = 0; i < current.size(); i++) {
            if (id != null && id.equals(current.get(i).uuid())) {
                return i;
            }
        }
        for (int i = 0; i < current.size(); i++) {
            if (name != null && name.equalsIgnoreCase(current.get(i).name())) {
                return i;
            }
        }
        if (street != null && postcode != null) {
            var probe =
                    new LocationDraft(null, LocationType.VENUE, "", addressLines(street), "", postcode, "", "", false);
            for (int i = 0; i < current.size(); i++) {
                if (probe.address().equalsIgnoreCase(current.get(i).address())
                        && probe.postcode().equalsIgnoreCase(current.get(i).postcode())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean sameChanges(ListingRevision revision, List<FieldChange> changes) {
        if (revision.getKind() != RevisionKind.CHANGE || revision.getChanges().size() != changes.size()) {
            return false;
        }
        for (int i = 0; i < changes.size(); i++) {
            var a = revision.getChanges().get(i);
            var b = changes.get(i);
            if (a.getField() != b.getField() || !a.getNewValue().equals(b.getNewValue())) {
                return false;
            }
        }
        return true;
    }

    /** The record's values of {@link #FIELDS}, checked as a partner's would be. */
    private static Map<ListingField, String> values(JsonNode r, String name) {
        String description = text(r, "description");
        Integer minAge = age(r, "minimum_age");
        Integer maxAge = age(r, "maximum_age");
        var sessions = new ArrayList<WeeklySession>();
        for (JsonNode s : r.path("schedules")) {
            sessions.add(session(s));
        }
        var values = new EnumMap<ListingField, String>(ListingField.class);
        values.put(ListingField.NAME, name);
        values.put(ListingField.SUMMARY, summary(description == null ? name : description));
        values.put(ListingField.DESCRIPTION, description == null ? "" : description);
        values.put(ListingField.ELIGIBILITY, orEmpty(text(r, "eligibility_description")));
        values.put(ListingField.MIN_AGE, minAge == null ? "" : minAge.toString());
        values.put(ListingField.MAX_AGE, maxAge == null ? "" : maxAge.toString());
        values.put(ListingField.COST, orEmpty(text(r, "fees_description")));
        values.put(ListingField.PHONE, orEmpty(firstPhone(r)));
        values.put(ListingField.EMAIL, orEmpty(text(r, "email")));
        values.put(ListingField.WEBSITE, orEmpty(text(r, "url")));
        values.put(ListingField.SESSIONS, TimetableText.ofSessions(sessions));
        for (var e : values.entrySet()) {
            String problem = e.getKey().problem(e.getValue());
            if (problem != null) {
                throw new InvalidRecord(problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1));
            }
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new InvalidRecord("minimum_age is above maximum_age");
        }
        return values;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** A new listing's locations, as the feed gives them. */
    private void addLocations(Listing listing, JsonNode r) {
        var kept = new ArrayList<Location>();
        for (JsonNode sal : r.path("service_at_locations")) {
            JsonNode l = sal.path("location");
            if (l.isMissingNode()) {
                continue;
            }
            var location = location(listing, StableId.parse(text(l, "id")), kept);
            kept.add(location);
            location.setName(optionalLimit(text(l, "name"), 160, "location name"));
            // ORUK knows physical, postal and virtual; a physical one keeps what staff set (venue or team base)
            switch (String.valueOf(text(l, "location_type"))) {
                case "postal" -> location.setType(LocationType.POSTAL);
                case "virtual" -> location.setType(LocationType.ONLINE);
                default -> {
                    if (!location.getType().isVisitable() && location.getType() != LocationType.TEAM_BASE) {
                        location.setType(LocationType.VENUE);
                    }
                }
            }
            JsonNode address = l.path("addresses").path(0);
            String line = text(address, "address_1");
            String city = text(address, "city");
            if (line != null) {
                location.setAddress(limit(city == null ? line : line + ", " + city, 300, "address"));
            }
            location.setPostcode(optionalLimit(text(address, "postal_code"), 10, "postal_code"));
            if (l.hasNonNull("latitude") && l.hasNonNull("longitude")) {
                double lat = l.get("latitude").asDouble();
                double lon = l.get("longitude").asDouble();
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw new InvalidRecord("a location's latitude or longitude is out of range");
                }
                location.setCoordinates(lat, lon);
            }
        }
    }

    /**
     * The listing's location with the feed's location id, updated in place; or a new one, with that id when the feed
     * gives one that is not yet in use.
     */
    private Location location(Listing listing, @Nullable UUID id, List<Location> kept) {
        if (id == null) {
            return listing.addLocation();
        }
        for (Location l : listing.getLocations()) {
            if (id.equals(l.getUuid())) {
                if (kept.contains(l)) {
                    throw new InvalidRecord("names location " + id + " twice");
                }
                return l;
            }
        }
        var holder = listings.findByLocationsUuid(id);
        if (holder.isPresent() && !holder.get().equals(listing)) {
            throw new InvalidRecord("location " + id + " belongs to another service here");
        }
        return listing.addLocation(id);
    }

    /** A slug for the site's address of a record a feed knows only by UUID: its name, and the UUID's start. */
    static String freeSlug(String name, UUID uuid, java.util.function.Predicate<String> taken) {
        String base =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 50) {
            base = base.substring(0, 50).replaceAll("-+$", "");
        }
        String hex = uuid.toString().replace("-", "");
        for (int length = 8; length <= 32; length += 4) {
            String slug = (base.isEmpty() ? "service" : base) + "-" + hex.substring(0, length);
            if (!taken.test(slug)) {
                return slug;
            }
        }
        throw new InvalidRecord("no free address for " + uuid);
    }

    private Organisation organisation(JsonNode r) {
        JsonNode nested = r.path("organization");
        String orgId = nested.isObject() ? text(nested, "id") : text(r, "organization_id");
        if (orgId == null) {
            throw new InvalidRecord("has no organization_id");
        }
        UUID uuid = StableId.parse(orgId);
        Optional<Organisation> found = uuid != null ? organisations.findByUuid(uuid) : organisations.findBySlug(orgId);
        if (found.isPresent()) {
            return found.get();
        }
        if (!nested.isObject() || text(nested, "name") == null) {
            throw new InvalidRecord("names organization " + orgId + ", which is not in the directory or the record");
        }
        if (!ID.matcher(orgId).matches()) {
            throw new InvalidRecord("organization id is not usable as an id");
        }
        String name = limit(text(nested, "name"), Organisation.NAME_MAX, "organization name");
        var organisation = uuid == null
                ? new Organisation(orgId, name)
                : new Organisation(
                        uuid,
                        freeSlug(name, uuid, s -> organisations.findBySlug(s).isPresent()),
                        name);
        organisation.setDescription(
                optionalLimit(text(nested, "description"), Organisation.DESCRIPTION_MAX, "organization description"));
        organisation.setWebsite(optionalLimit(text(nested, "website"), 300, "organization website"));
        return organisations.save(organisation);
    }

    private static WeeklySession session(JsonNode s) {
        String freq = text(s, "freq");
        if (freq != null && !freq.equalsIgnoreCase("WEEKLY")) {
            throw new InvalidRecord("only weekly schedules can be imported");
        }
        String byday = text(s, "byday");
        if (byday == null) {
            throw new InvalidRecord("a schedule has no byday");
        }
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : byday.split(",")) {
            DayOfWeek day = OrukMapper.parseDay(d);
            if (day == null) {
                throw new InvalidRecord("a schedule's byday has " + d.trim() + ", which is not a day");
            }
            days.add(day);
        }
        LocalTime opens = time(text(s, "opens_at"));
        LocalTime closes = time(text(s, "closes_at"));
        var session = opens == null
                        || closes == null
                        || (opens.equals(LocalTime.MIDNIGHT) && closes.equals(LocalTime.of(23, 59)))
                ? WeeklySession.allDay(days)
                : new WeeklySession(days, opens, closes);
        return session.validBetween(date(text(s, "valid_from")), date(text(s, "valid_to")));
    }

    private static @Nullable LocalTime time(@Nullable String t) {
        if (t == null) {
            return null;
        }
        try {
            // "09:00", "09:00:00" or "09:00:00Z": the directory keeps local times
            String clean = t.replaceAll("(Z|[+-]\\d{2}:\\d{2})$", "");
            return LocalTime.parse(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidRecord("a schedule time is not a time: " + t);
        }
    }

    private static @Nullable LocalDate date(@Nullable String d) {
        try {
            return d == null ? null : LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
        } catch (DateTimeParseException e) {
            throw new InvalidRecord("a date is not a date: " + d);
        }
    }

    private Instant lastModified(JsonNode r) {
        String t = text(r, "last_modified");
        if (t == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRecord("last_modified is not a date-time: " + t);
        }
    }

    private static ListingStatus status(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "active" -> ListingStatus.ACTIVE;
            case "inactive", "temporarily closed" -> ListingStatus.INACTIVE;
            case "defunct" -> ListingStatus.DEFUNCT;
            default -> throw new InvalidRecord("status must be active, inactive, defunct or temporarily closed");
        };
    }

    private static @Nullable Integer age(JsonNode r, String field) {
        if (!r.hasNonNull(field)) {
            return null;
        }
        if (!r.get(field).canConvertToInt()
                || r.get(field).asInt() < 0
                || r.get(field).asInt() > 150) {
            throw new InvalidRecord(field + " must be a whole number from 0 to 150");
        }
        return r.get(field).asInt();
    }

    private static @Nullable String firstPhone(JsonNode r) {
        String number = text(r.path("phones").path(0), "number");
        return number == null ? null : optionalLimit(number, 40, "phone number");
    }

    private static String summary(String text) {
        String firstLine = text.strip().split("\\R", 2)[0];
        return firstLine.length() <= Listing.SUMMARY_MAX
                ? firstLine
                : firstLine.substring(0, Listing.SUMMARY_MAX - 1) + "…";
    }

    private static String required(JsonNode r, String field) {
        String value = text(r, field);
        if (value == null) {
            throw new InvalidRecord("has no " + field);
        }
        return value;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String limit(String value, int max, String field) {
        if (value.length() > max) {
            throw new InvalidRecord(field + " is longer than " + max + " characters");
        }
        return value;
    }

    private static @Nullable String optionalLimit(@Nullable String value, int max, String field) {
        return value == null ? null : limit(value, max, field);
    }

    /** A record that cannot be applied; its message says why, for the admin's report. */
    static class InvalidRecord extends RuntimeException {
        InvalidRecord(String message) {
            super(message);
        }
    }
}
