package uk.nowrongdoor.directory.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingSearchRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpenDataFilter;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.geo.domain.GeoDistance;
import uk.nowrongdoor.geo.service.Gazetteer;

/** The public directory: search, listing pages and the crisis numbers. Anyone may call it. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    public static final int MAX_PAGE = 50;
    public static final String SAFE_HAVEN = "safe-haven";
    public static final String TALK_NOW = "talk-now";
    /** How many services each part of the fallback offers. */
    static final int FALLBACK_SIZE = 5;
    /** Postcode districts further than this from every town are not read as a place here. */
    static final double DISTRICT_REACH_METRES = 15_000;

    private final ListingRepository listings;
    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final CrisisLineRepository crisisLines;
    private final ShippedCrisisLines shippedCrisisLines;
    private final DirectoryReadiness readiness;
    private final QueryUnderstanding understanding;
    private final DirectoryTrees trees;
    private final Gazetteer gazetteer;
    private final Clock clock;

    DirectoryService(
            ListingRepository listings,
            CategoryRepository categories,
            PlaceRepository places,
            CrisisLineRepository crisisLines,
            ShippedCrisisLines shippedCrisisLines,
            DirectoryReadiness readiness,
            QueryUnderstanding understanding,
            DirectoryTrees trees,
            Gazetteer gazetteer,
            Clock clock) {
        this.listings = listings;
        this.categories = categories;
        this.places = places;
        this.crisisLines = crisisLines;
        this.shippedCrisisLines = shippedCrisisLines;
        this.readiness = readiness;
        this.understanding = understanding;
        this.trees = trees;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /**
     * The home page's search: the words read for places, filler, concepts and risk first; when nothing matches, the
     * nearest useful things (see {@link SearchPage.Fallback}).
     */
    public SearchPage search(ListingQuery query, int offset, int limit) {
        ZonedDateTime now = now();
        var found = find(query, OpenDataFilter.NONE, now, offset, Math.min(Math.max(1, limit), MAX_PAGE));
        var hits = found.hits();
        var cards = cards(hits.listings(), now, query.near());
        var understood = found.understood();
        Place place = understood.place();
        String didYouMean = offset == 0 ? didYouMean(understood) : null;
        var understandingShown = new SearchPage.Understanding(
                place == null ? null : place.getSlug(),
                place == null ? null : place.getName(),
                understood.risk(),
                didYouMean,
                List.copyOf(understood.conceptPhrases()));
        var fallback = hits.total() == 0 && offset == 0 ? fallback(found, now) : null;
        return new SearchPage(
                cards, hits.total(), hits.categoryCounts(), hits.placeCounts(), understandingShown, fallback);
    }

    /** A search as its words were read, and what it found. */
    record Found(QueryUnderstanding.Understood understood, ListingQuery query, ListingSearchRepository.Hits hits) {}

    /**
     * The one way both the home page and the Open Referral API search: the words read the same way, so both give the
     * same first results.
     */
    Found find(ListingQuery query, OpenDataFilter filter, ZonedDateTime now, int offset, int limit) {
        var snapshot = trees.snapshot();
        var understood = understand(query, snapshot);
        var effective = understood.place() == null
                ? query
                : query.withPlace(understood.place().getSlug());
        var hits = listings.search(
                effective,
                understood.words(),
                snapshot.placesAround(effective.place()),
                filter,
                now,
                Math.max(0, offset),
                Math.min(Math.max(1, limit), OpenDataService.MAX_GATHERED));
        return new Found(understood, effective, hits);
    }

    /** The words read against the trees in memory: a query reads no table before the index is asked. */
    private QueryUnderstanding.Understood understand(ListingQuery query, DirectoryTrees.Snapshot snapshot) {
        return understanding.understand(
                query.text(),
                snapshot.placeIndex(),
                code -> placeAroundDistrict(code, snapshot.places()),
                query.place() != null);
    }

    /**
     * How a query's words are read before the index is asked (the place named in them becomes the place filter; filler
     * goes; concepts add categories and words): what {@link #search} and the Open Referral API then run. Public for
     * the search benchmark, which times the index query on exactly these words.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Reading read(ListingQuery query) {
        var understood = understand(query, trees.snapshot());
        return new Reading(
                understood.place() == null
                        ? query
                        : query.withPlace(understood.place().getSlug()),
                understood.words());
    }

    /** A query as read: the query with the place its words named, and the words to match. */
    public record Reading(ListingQuery query, uk.nowrongdoor.directory.domain.SearchWords words) {}

    /** The words again with a misspelt one corrected from the index's own words, or null. */
    private @Nullable String didYouMean(QueryUnderstanding.Understood understood) {
        var toCheck = understood.words().words();
        if (toCheck.isEmpty()) {
            return null;
        }
        var vocabulary = listings.vocabulary(toCheck);
        if (vocabulary.known().containsAll(toCheck)) {
            return null;
        }
        return DidYouMean.suggest(understood.tokens(), toCheck::contains, vocabulary.known(), vocabulary.nameWords());
    }

    private SearchPage.Fallback fallback(Found found, ZonedDateTime now) {
        var words = found.understood().words();
        var closest = new ArrayList<SearchPage.CategoryChoice>();
        for (var c : trees.snapshot().categories()) {
            boolean fromConcept = words.categories().containsKey(c.slug());
            boolean named = words.words().stream().anyMatch(w -> w.length() > 3 && nameShares(c.name(), w));
            if ((fromConcept || named) && closest.size() < FALLBACK_SIZE) {
                closest.add(c);
            }
        }
        List<ListingCard> inThePlace = List.of();
        if (found.query().place() != null) {
            var area = ListingQuery.everything().withPlace(found.query().place());
            inThePlace = cards(
                    listings.search(area, now, 0, FALLBACK_SIZE).listings(),
                    now,
                    found.query().near());
        }
        var talk = ListingQuery.everything().withCategory(TALK_NOW);
        var talkNow = cards(listings.search(talk, now, 0, FALLBACK_SIZE).listings(), now, null);
        return new SearchPage.Fallback(closest, inThePlace, talkNow);
    }

    private static boolean nameShares(String name, String word) {
        String stem = word.length() > 5 ? word.substring(0, word.length() - 2) : word;
        return java.util.Arrays.stream(QueryUnderstanding.normalise(name).split(" "))
                .anyMatch(n -> n.startsWith(stem));
    }

    /**
     * The place a postcode district lies in when no town gives it as its own: the district around the nearest town
     * (CV3 is in Coventry, CV35 in Stratford-on-Avon district), if a town is near enough.
     */
    private Optional<Place> placeAroundDistrict(String outwardCode, List<Place> all) {
        var postcode = uk.nowrongdoor.geo.domain.Postcode.parse(outwardCode);
        if (postcode.isEmpty()) {
            return Optional.empty();
        }
        return gazetteer.find(postcode.get()).flatMap(point -> all.stream()
                .filter(p -> p.getPostcodeDistrict() != null)
                .flatMap(p -> gazetteer
                        .find(uk.nowrongdoor.geo.domain.Postcode.parse(p.getPostcodeDistrict())
                                .orElseThrow())
                        .map(town -> java.util.Map.entry(
                                p,
                                GeoDistance.metresBetween(
                                        point.latitude(), point.longitude(), town.latitude(), town.longitude())))
                        .stream())
                .filter(e -> e.getValue() <= DISTRICT_REACH_METRES)
                .min(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .map(town -> all.stream().anyMatch(p -> p.getParent() == town) || town.getParent() == null
                        ? town
                        : town.getParent()));
    }

    private List<ListingCard> cards(List<Listing> found, ZonedDateTime now, @Nullable Near near) {
        return found.stream().map(l -> toCard(l, now, near)).toList();
    }

    /**
     * Whether searches answer truthfully yet (see {@link DirectoryReadiness}): until then an empty list means "not
     * loaded", so pages say that instead.
     */
    public boolean ready() {
        return readiness.ready();
    }

    /** Crisis cafés and safe havens with a session between now and 06:00 tomorrow. */
    public List<ListingCard> crisisCafesOpenTonight() {
        var query = ListingQuery.everything().withCategory(SAFE_HAVEN).withTimes(Set.of(TimeFilter.OPEN_TONIGHT));
        return search(query, 0, MAX_PAGE).cards();
    }

    /** An active listing by its slug; inactive and unknown ones are not public. */
    public Optional<Listing> findListing(String slug) {
        return listings.findBySlug(slug).filter(l -> l.getStatus() == ListingStatus.ACTIVE);
    }

    /** The slugs of every public listing, for the sitemap. */
    public List<String> activeListingSlugs() {
        return listings.findActiveSlugs();
    }

    public OpeningStatus openingStatus(Listing listing) {
        return listing.openingHours().statusAt(now());
    }

    /**
     * The crisis numbers every page shows: the database's (admins edit them), or while it has none yet (a first start
     * still loading its content), the ones the app ships with, so the numbers are never missing.
     */
    public List<CrisisLine> crisisLines() {
        var saved = crisisLines.findAllByOrderByPositionAsc();
        return saved.isEmpty() ? shippedCrisisLines.lines() : saved;
    }

    /** Categories in tree order, parents before their children. */
    public List<Category> categories() {
        return DirectoryTrees.treeOrder(categories.findAll(), Category::getParent, Category::getPosition);
    }

    /** Places in tree order, parents before their children. */
    public List<Place> places() {
        return DirectoryTrees.treeOrder(places.findAll(), Place::getParent, Place::getPosition);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(Application.LONDON);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /**
     * The distance from the point to the listing's nearest public point, as the card shows it: "About 2.1 miles" when
     * that point is only a postcode district's or town's centre.
     */
    static @Nullable String distanceText(Listing l, @Nullable Near near) {
        if (near == null) {
            return null;
        }
        @Nullable Location nearest = null;
        double metres = Double.MAX_VALUE;
        for (Location loc : l.getLocations()) {
            double m = loc.hasCoordinates() && loc.getType().isVisitable()
                    ? near.metresTo(loc.getPublicLatitude(), loc.getPublicLongitude())
                    : Double.MAX_VALUE;
            if (m < metres) {
                nearest = loc;
                metres = m;
            }
        }
        if (nearest == null) {
            return null;
        }
        String miles = GeoDistance.milesText(metres);
        if (nearest.hasExactPoint()) {
            return miles;
        }
        return miles.startsWith("less") ? "Under a mile" : "About " + miles;
    }

    private ListingCard toCard(Listing l, ZonedDateTime now, @Nullable Near near) {
        return new ListingCard(
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                l.getSummary(),
                l.openingHours().statusAt(now),
                l.servedPlaces().stream().map(Place::getName).distinct().collect(Collectors.joining(", ")),
                l.getAccess().stream().map(AccessMethod::label).collect(Collectors.joining(", ")),
                l.isAcceptsSelfReferral(),
                l.currentAlert(now.toLocalDate()),
                distanceText(l, near));
    }
}
