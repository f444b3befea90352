package uk.nowrongdoor.content;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.content.ContentSet.DirectoryFile;
import uk.nowrongdoor.content.ContentSet.ListingEntry;
import uk.nowrongdoor.content.ContentSet.LocationEntry;
import uk.nowrongdoor.content.ContentSet.TreeNode;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.directory.service.CrisisLineChanged;

/**
 * Turns the content files into entities through JPA, so Hibernate Search indexes them on commit. Seeded listings get
 * no "last checked" date: they show as not yet checked by the service until a partner confirms them.
 */
@Service
@Transactional
class ContentImporter {

    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final OrganisationRepository organisations;
    private final ListingRepository listings;
    private final CrisisLineRepository crisisLines;
    private final ContentRecords records;
    private final Clock clock;
    private final String location;

    ContentImporter(
            CategoryRepository categories,
            PlaceRepository places,
            OrganisationRepository organisations,
            ListingRepository listings,
            CrisisLineRepository crisisLines,
            ContentRecords records,
            Clock clock,
            @Value("${nwd.content.location:classpath:content/}") String location) {
        this.categories = categories;
        this.places = places;
        this.organisations = organisations;
        this.listings = listings;
        this.crisisLines = crisisLines;
        this.records = records;
        this.clock = clock;
        this.location = location;
    }

    boolean isEmpty() {
        return organisations.count() == 0 && crisisLines.count() == 0;
    }

    void importAll(ContentSet content) {
        var categoryBySlug = new HashMap<String, Category>();
        saveTree(content.categories(), null, categoryBySlug, (node, parent, pos) -> {
            records.written(ContentRecords.Kind.CATEGORY, node.slug(), hash(node));
            return categories.save(new Category(node.slug(), node.name(), parent, pos));
        });
        var placeBySlug = new HashMap<String, Place>();
        saveTree(content.places(), null, placeBySlug, (node, parent, pos) -> {
            var place = new Place(node.slug(), node.name(), parent, pos);
            place.setPostcodeDistrict(node.postcodeDistrict());
            records.written(ContentRecords.Kind.PLACE, node.slug(), hash(node));
            return places.save(place);
        });
        int position = 0;
        for (var line : content.crisisLines()) {
            var saved = crisisLines.save(toCrisisLine(line, position));
            records.written(ContentRecords.Kind.CRISIS_LINE, line.id(), hash(saved));
            position++;
        }
        Instant now = clock.instant();
        int count = 0;
        for (DirectoryFile file : content.directory()) {
            var o = file.organisation();
            var organisation = new Organisation(o.id(), o.name());
            organisation.setDescription(o.description());
            organisation.setWebsite(blankToNull(o.website()));
            organisation.setSource(o.source());
            organisations.save(organisation);
            for (ListingEntry entry : file.listings()) {
                var listing = toListing(entry, organisation, categoryBySlug, placeBySlug, now, file.file());
                takeContactsFromCrisisLine(entry, listing, content);
                listings.save(listing);
                count++;
            }
        }
        log.info(
                "Loaded content: {} organisations, {} listings",
                content.directory().size(),
                count);
    }

    /**
     * A later start: brings changed crisis lines, categories and places from {@code content/} into rows nobody has
     * changed since the loader last wrote them, adds new ones, and leaves staff's changes (and everything else:
     * organisations, listings, submissions) alone. Content pages are read from the files at every request anyway.
     */
    void refresh(ContentSet content) {
        int[] counts = new int[3]; // updated, added, kept
        int position = 0;
        for (var line : content.crisisLines()) {
            CrisisLine shipped = toCrisisLine(line, position);
            String wanted = hash(shipped);
            var existing = crisisLines.findBySlug(line.id());
            if (existing.isEmpty()) {
                crisisLines.save(shipped);
                records.written(ContentRecords.Kind.CRISIS_LINE, line.id(), wanted);
                counts[1]++;
            } else {
                CrisisLine stored = existing.get();
                apply(
                        ContentRecords.Kind.CRISIS_LINE,
                        line.id(),
                        hash(stored),
                        wanted,
                        counts,
                        () -> stored.revise(
                                shipped.getName(),
                                shipped.getAction(),
                                shipped.getDial(),
                                shipped.getKind(),
                                shipped.getSmsBody(),
                                shipped.getDescription(),
                                shipped.getVerifiedOn(),
                                shipped.getPosition()));
            }
            position++;
        }
        for (DirectoryFile file : content.directory()) {
            for (ListingEntry entry : file.listings()) {
                if (entry.crisisLine() == null) {
                    continue;
                }
                // the listing follows the line as stored, which an admin may have changed since content was written
                var line = crisisLines.findBySlug(entry.crisisLine());
                var listing = listings.findBySlug(entry.id());
                if (line.isPresent() && listing.isPresent()) {
                    switch (followLine(entry.id(), listing.get(), line.get())) {
                        case CHANGED -> counts[0]++;
                        case KEPT_STAFF_NUMBER -> counts[2]++;
                        case ALREADY_SO -> {}
                    }
                }
            }
        }
        refreshTree(content.categories(), null, ContentRecords.Kind.CATEGORY, counts);
        refreshTree(content.places(), null, ContentRecords.Kind.PLACE, counts);
        fillGaps(content);
        if (counts[0] + counts[1] + counts[2] > 0) {
            log.info(
                    "Content refreshed: {} crisis lines, categories or places updated, {} added, {} changed by staff kept",
                    counts[0],
                    counts[1],
                    counts[2]);
        }
    }

    private void refreshTree(
            List<TreeNode> nodes, @Nullable String parentSlug, ContentRecords.Kind kind, int[] counts) {
        int position = 0;
        for (TreeNode node : nodes) {
            String wanted = hash(node);
            if (kind == ContentRecords.Kind.CATEGORY) {
                var existing = categories.findBySlug(node.slug());
                if (existing.isEmpty()) {
                    var parent = parentSlug == null
                            ? null
                            : categories.findBySlug(parentSlug).orElse(null);
                    if (!removedByStaff(kind, node.slug(), parentSlug, parent, counts)) {
                        categories.save(new Category(node.slug(), node.name(), parent, position));
                        records.written(kind, node.slug(), wanted);
                        counts[1]++;
                    }
                } else {
                    var stored = existing.get();
                    apply(
                            kind,
                            node.slug(),
                            ContentRecords.hash(stored.getName(), null),
                            wanted,
                            counts,
                            () -> stored.setName(node.name()));
                }
            } else {
                var existing = places.findBySlug(node.slug());
                if (existing.isEmpty()) {
                    var parent = parentSlug == null
                            ? null
                            : places.findBySlug(parentSlug).orElse(null);
                    if (!removedByStaff(kind, node.slug(), parentSlug, parent, counts)) {
                        var place = new Place(node.slug(), node.name(), parent, position);
                        place.setPostcodeDistrict(node.postcodeDistrict());
                        places.save(place);
                        records.written(kind, node.slug(), wanted);
                        counts[1]++;
                    }
                } else {
                    var stored = existing.get();
                    apply(
                            kind,
                            node.slug(),
                            ContentRecords.hash(stored.getName(), stored.getPostcodeDistrict()),
                            wanted,
                            counts,
                            () -> {
                                stored.setName(node.name());
                                stored.setPostcodeDistrict(node.postcodeDistrict());
                            });
                }
            }
            refreshTree(node.childList(), node.slug(), kind, counts);
            position++;
        }
    }

    /**
     * A category or place the loader once wrote and that is gone now was removed (or merged into another) by an admin:
     * a later start does not bring it back, nor a new node content puts under it. Staff's moves and renames are kept by
     * {@link #apply} (content never changes a node's parent).
     */
    private boolean removedByStaff(
            ContentRecords.Kind kind, String slug, @Nullable String parentSlug, @Nullable Object parent, int[] counts) {
        if (records.lastWritten(kind, slug).isPresent() || (parentSlug != null && parent == null)) {
            counts[2]++;
            return true;
        }
        return false;
    }

    /**
     * Updates a row from content when nobody changed it since the loader last wrote it. A row with no record comes
     * from a release before records were kept, when only the loader wrote these rows: it is brought up to date too.
     */
    private void apply(
            ContentRecords.Kind kind, String slug, String current, String wanted, int[] counts, Runnable update) {
        var last = records.lastWritten(kind, slug);
        if (current.equals(wanted)) {
            records.written(kind, slug, wanted);
        } else if (last.isEmpty() || last.get().equals(current)) {
            update.run();
            records.written(kind, slug, wanted);
            counts[0]++;
        } else {
            counts[2]++;
        }
    }

    /** The fields the loader sets on a category or place (a category never has a postcode district). */
    private static String hash(TreeNode node) {
        return ContentRecords.hash(node.name(), node.postcodeDistrict());
    }

    /** The fields the loader sets on a crisis line, the same for a shipped line and a stored one. */
    private static String hash(CrisisLine line) {
        return ContentRecords.hash(
                line.getName(),
                line.getAction(),
                line.getDial(),
                line.getKind(),
                line.getSmsBody(),
                line.getDescription(),
                line.getVerifiedOn(),
                line.getPosition());
    }

    static CrisisLine toCrisisLine(ContentSet.CrisisLineEntry line, int position) {
        return new CrisisLine(
                line.id(),
                line.name(),
                line.action(),
                line.dial(),
                kind(line),
                line.smsBody(),
                line.description(),
                line.verifiedOn(),
                position);
    }

    private static CrisisLine.Kind kind(ContentSet.CrisisLineEntry line) {
        return CrisisLine.Kind.valueOf(line.kind().toUpperCase(Locale.ROOT));
    }

    /**
     * A listing that names a national crisis line ({@code crisisLine: samaritans}) takes its phone or text number from
     * {@code crisis-lines.yaml}, the only place those numbers are kept, and the loader remembers what it wrote.
     */
    private void takeContactsFromCrisisLine(ListingEntry entry, Listing listing, ContentSet content) {
        if (entry.crisisLine() == null) {
            return;
        }
        var line = content.crisisLines().stream()
                .filter(l -> l.id().equals(entry.crisisLine()))
                .findFirst()
                .orElseThrow(() -> new ContentFiles.ContentException(
                        "listing " + entry.id() + " names unknown crisis line " + entry.crisisLine(), null));
        setNumber(entry.id(), listing, kind(line), shownNumber(line.action(), line.dial()));
    }

    /** What {@link #followLine} did to a national-line listing. */
    enum Followed {
        CHANGED,
        ALREADY_SO,
        KEPT_STAFF_NUMBER
    }

    /**
     * The one rule for a national-line listing's number, on a later start and after an admin's change to the line:
     * it follows the stored line unless someone changed the listing's number by hand since the loader last wrote it.
     */
    Followed followLine(String listingSlug, Listing listing, CrisisLine line) {
        String now = ContentRecords.hash(listing.getPhone(), listing.getTextNumber());
        var last = records.lastWritten(ContentRecords.Kind.CRISIS_LISTING, listingSlug);
        if (last.isPresent() && !last.get().equals(now)) {
            return Followed.KEPT_STAFF_NUMBER;
        }
        setNumber(listingSlug, listing, line.getKind(), shownNumber(line.getAction(), line.getDial()));
        return now.equals(ContentRecords.hash(listing.getPhone(), listing.getTextNumber()))
                ? Followed.ALREADY_SO
                : Followed.CHANGED;
    }

    private void setNumber(String listingSlug, Listing listing, CrisisLine.Kind kind, String shown) {
        boolean text = kind == CrisisLine.Kind.TEXT;
        listing.setPhone(text ? null : shown);
        listing.setTextNumber(text ? shown : null);
        records.written(
                ContentRecords.Kind.CRISIS_LISTING,
                listingSlug,
                ContentRecords.hash(listing.getPhone(), listing.getTextNumber()));
    }

    /**
     * An admin changed a national line on /admin/crisis-lines: the listings that name it in {@code content/} follow,
     * in the admin's transaction, by the same rule as a later start ({@link #followLine}).
     */
    @EventListener
    void crisisLineChanged(CrisisLineChanged changed) {
        var line = crisisLines.findBySlug(changed.slug());
        if (line.isEmpty()) {
            return;
        }
        int followed = 0;
        for (DirectoryFile file : new ContentFiles(location).read().directory()) {
            for (ListingEntry entry : file.listings()) {
                if (changed.slug().equals(entry.crisisLine())) {
                    var listing = listings.findBySlug(entry.id());
                    if (listing.isPresent() && followLine(entry.id(), listing.get(), line.get()) == Followed.CHANGED) {
                        listing.get().setUpdatedAt(clock.instant());
                        followed++;
                    }
                }
            }
        }
        log.info("Crisis line {} changed by an admin: {} listings follow it", changed.slug(), followed);
    }

    /** The number as the line's action writes it ("116 123" of "Call 116 123"), else the digits to dial. */
    static String shownNumber(String action, String dial) {
        var numbers = java.util.regex.Pattern.compile("\\d[\\d ]*\\d").matcher(action);
        while (numbers.find()) {
            if (numbers.group().replace(" ", "").equals(dial)) {
                return numbers.group();
            }
        }
        return dial;
    }

    /** Gives a place the postcode district content names for it, where the database has none yet. */
    void fillGaps(ContentSet content) {
        int filled = 0;
        for (TreeNode node : TreeNode.all(content.places()).toList()) {
            var place = places.findBySlug(node.slug());
            if (node.postcodeDistrict() != null
                    && place.isPresent()
                    && place.get().getPostcodeDistrict() == null) {
                place.get().setPostcodeDistrict(node.postcodeDistrict());
                filled++;
            }
        }
        if (filled > 0) {
            log.info("Content gave {} places their postcode district", filled);
        }
    }

    private static Listing toListing(
            ListingEntry e,
            Organisation organisation,
            Map<String, Category> categoryBySlug,
            Map<String, Place> placeBySlug,
            Instant now,
            String file) {
        var listing = new Listing(e.id(), organisation, e.name(), e.summary());
        listing.setDescription(e.description());
        for (String slug : e.categories()) {
            listing.getCategories().add(required(categoryBySlug, slug, file));
        }
        for (String slug : e.places()) {
            listing.getPlaces().add(required(placeBySlug, slug, file));
        }
        listing.setAges(e.minAge(), e.maxAge());
        if (e.access() != null) {
            listing.getAccess().addAll(e.access());
        }
        if (e.delivery() != null) {
            listing.getDelivery().addAll(e.delivery());
        }
        listing.setFree(e.free());
        listing.setCost(blankToNull(e.cost()));
        listing.setLanguages(
                e.languages() == null || e.languages().isEmpty() ? null : String.join(", ", e.languages()));
        listing.setBsl(Boolean.TRUE.equals(e.bsl()));
        listing.setInterpreting(Boolean.TRUE.equals(e.interpreting()));
        listing.setAcceptsSelfReferral(Boolean.TRUE.equals(e.acceptsSelfReferral()));
        listing.setEligibility(blankToNull(e.eligibility()));
        listing.setAlert(blankToNull(e.alert()), e.alertUntil());
        listing.setPhone(blankToNull(e.phone()));
        listing.setTextNumber(blankToNull(e.text()));
        listing.setEmail(blankToNull(e.email()));
        listing.setWebsite(blankToNull(e.website()));
        listing.setSource(e.source());
        listing.setUpdatedAt(now);
        for (LocationEntry l : orEmpty(e.locations())) {
            var location = listing.addLocation();
            location.setName(blankToNull(l.name()));
            location.setAddress(blankToNull(l.address()));
            location.setPostcode(blankToNull(l.postcode()));
            location.setCoordinates(l.latitude(), l.longitude());
            location.setPlace(l.place() == null ? null : required(placeBySlug, l.place(), file));
            location.setHowToFind(blankToNull(l.howToFind()));
            location.setTransport(blankToNull(l.transport()));
            location.setAccessibility(blankToNull(l.accessibility()));
            location.setSensitive(Boolean.TRUE.equals(l.sensitive()));
            location.setType(l.typeOrVenue());
        }
        for (var s : orEmpty(e.sessions())) {
            var session = Boolean.TRUE.equals(s.allDay())
                    ? WeeklySession.allDay(s.days())
                    : new WeeklySession(s.days(), s.opens(), s.closes());
            listing.getSessions().add(session.validBetween(s.validFrom(), s.validTo()));
        }
        for (var x : orEmpty(e.exceptions())) {
            listing.getExceptions()
                    .add(
                            Boolean.TRUE.equals(x.closed()) || x.opens() == null || x.closes() == null
                                    ? SessionException.closedOn(x.date(), x.note())
                                    : SessionException.extraSession(x.date(), x.opens(), x.closes(), x.note()));
        }
        return listing;
    }

    private interface NodeSaver<T> {
        T save(TreeNode node, @Nullable T parent, int position);
    }

    private static <T> void saveTree(
            List<TreeNode> nodes, @Nullable T parent, Map<String, T> bySlug, NodeSaver<T> saver) {
        int position = 0;
        for (TreeNode node : nodes) {
            T saved = saver.save(node, parent, position++);
            bySlug.put(node.slug(), saved);
            saveTree(node.childList(), saved, bySlug, saver);
        }
    }

    private static <T> T required(Map<String, T> bySlug, String slug, String file) {
        T value = bySlug.get(slug);
        if (value == null) {
            throw new ContentFiles.ContentException("directory/" + file + ": unknown slug " + slug, null);
        }
        return value;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
