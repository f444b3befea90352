package uk.nowrongdoor.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpenDataFilter;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.directory.service.OpenDataService;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.geo.service.PostcodeLocation;

/**
 * The Open Referral UK 3.0 read API: open, no key, GET only. Ids are UUIDs (a record's former slug is still accepted
 * on the by-id endpoints). Query parameters combine with AND and mean what the UK profile's OpenAPI says; the ORUK v1
 * name {@code text} is accepted for {@code search}. CORS and rate limiting are in {@link OpenApiFilter}.
 */
@RestController
@RequestMapping(path = OpenReferralController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralController {

    static final String BASE = "/api/openreferral";
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;
    private static final Pattern OLD_SERVICE_AT_LOCATION = Pattern.compile("(.+)-at-([1-9][0-9]{0,2})");
    static final int MAX_OFFSET = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OpenReferralController.class);

    private final OpenDataService openData;
    private final ListingHistory history;
    private final DirectoryService directory;
    private final Gazetteer gazetteer;

    OpenReferralController(
            OpenDataService openData, DirectoryService directory, Gazetteer gazetteer, ListingHistory history) {
        this.openData = openData;
        this.history = history;
        this.directory = directory;
        this.gazetteer = gazetteer;
    }

    @GetMapping({"", "/"})
    Oruk.ApiDetails details() {
        return new Oruk.ApiDetails(Oruk.VERSION, PROFILE, site() + BASE + "/openapi.json");
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = new ClassPathResource("api/openreferral-openapi.json").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }

    @GetMapping("/services")
    Oruk.Page<Oruk.Service> services(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var search = search(p);
        String site = site();
        if (search == null) {
            return Oruk.Page.of(List.of(), 0, p.page, p.perPage);
        }
        if (search.inMemory() == null) {
            var result = openData.findListings(search.query(), search.filter(), (p.page - 1) * p.perPage, p.perPage);
            var contents = result.listings().stream()
                    .map(l -> OrukMapper.service(l, false, site))
                    .toList();
            return Oruk.Page.of(contents, result.total(), p.page, p.perPage);
        }
        var all =
                openData
                        .findListings(search.query(), search.filter(), 0, OpenDataService.MAX_GATHERED)
                        .listings()
                        .stream()
                        .filter(search.inMemory())
                        .map(l -> OrukMapper.service(l, false, site))
                        .toList();
        return p.page(all);
    }

    @GetMapping("/services/{id}")
    ResponseEntity<?> service(@PathVariable String id) {
        return listing(id)
                .<ResponseEntity<?>>map(l -> ResponseEntity.ok(OrukMapper.service(l, true, site())
                        .withMetadata(OrukMapper.metadata(l, history.publicOf(l.getId())))))
                .orElseGet(() -> notFound("service"));
    }

    @GetMapping("/organizations")
    Oruk.Page<Oruk.Organization> organizations(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var all = openData.organisations().stream()
                .filter(o -> p.text == null || contains(o.getName(), p.text) || contains(o.getDescription(), p.text))
                .map(o -> OrukMapper.organization(o, List.of()))
                .toList();
        return p.page(all);
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<?> organization(@PathVariable String id) {
        String site = site();
        return organisation(id)
                .<ResponseEntity<?>>map(o -> ResponseEntity.ok(OrukMapper.organization(
                        o,
                        openData.listingsOf(o).stream()
                                .map(l -> OrukMapper.service(l, false, site))
                                .toList())))
                .orElseGet(() -> notFound("organization"));
    }

    @GetMapping("/taxonomies")
    Oruk.Page<Oruk.Taxonomy> taxonomies(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var taxonomy = OrukMapper.taxonomy();
        return p.page(p.text == null || contains(taxonomy.name(), p.text) ? List.of(taxonomy) : List.of());
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<?> taxonomy(@PathVariable String id) {
        return isOurTaxonomy(id) ? ResponseEntity.ok(OrukMapper.taxonomy()) : notFound("taxonomy");
    }

    @GetMapping("/taxonomy_terms")
    Oruk.Page<Oruk.TaxonomyTerm> taxonomyTerms(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        String taxonomy = params.get("taxonomy_id");
        String parent = params.get("parent_id");
        Optional<String> parentId = parent == null
                ? Optional.empty()
                : category(parent).map(c -> c.getUuid().toString());
        boolean topOnly = "true".equalsIgnoreCase(params.get("top_only"));
        var terms = directory.categories().stream()
                .map(OrukMapper::term)
                .filter(t -> taxonomy == null || isOurTaxonomy(taxonomy))
                .filter(t -> parent == null
                        || (parentId.isPresent() && parentId.get().equals(t.parentId())))
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(t -> p.text == null || contains(t.name(), p.text))
                .toList();
        return p.page(terms);
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<?> taxonomyTerm(@PathVariable String id) {
        return category(id)
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(OrukMapper.term(c)))
                .orElseGet(() -> notFound("taxonomy term"));
    }

    /**
     * Each listing at each of its locations. With {@code postcode}: nearest first; with {@code proximity} only those
     * within that distance, otherwise also the locations with no published point of services whose area covers it.
     */
    @GetMapping("/service_at_locations")
    Oruk.Page<Oruk.ServiceAtLocation> serviceAtLocations(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var search = search(p);
        if (search == null) {
            return Oruk.Page.of(List.of(), 0, p.page, p.perPage);
        }
        var gathered = openData.findListings(search.query(), search.filter(), 0, OpenDataService.MAX_GATHERED);
        record Entry(Listing listing, int index, double distance) {}
        var entries = new ArrayList<Entry>();
        Near near = search.query().near();
        for (Listing l : gathered.listings()) {
            if (search.inMemory() != null && !search.inMemory().test(l)) {
                continue;
            }
            for (int i = 0; i < l.getLocations().size(); i++) {
                var loc = l.getLocations().get(i);
                double distance = Double.MAX_VALUE;
                if (near != null) {
                    if (!loc.hasCoordinates()) {
                        if (near.withinMetres() != null) {
                            continue; // nowhere to measure from
                        }
                    } else {
                        distance = near.metresTo(loc.getPublicLatitude(), loc.getPublicLongitude());
                        if (near.withinMetres() != null && distance > near.withinMetres()) {
                            continue;
                        }
                    }
                }
                entries.add(new Entry(l, i, distance));
            }
        }
        if (near != null) {
            entries.sort(Comparator.comparingDouble(Entry::distance));
        }
        return p.page(entries.stream()
                .map(e -> OrukMapper.serviceAtLocation(e.listing(), e.index()))
                .toList());
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<?> serviceAtLocation(@PathVariable String id) {
        String site = site();
        return serviceAtLocationOf(id)
                .<ResponseEntity<?>>map(
                        at -> ResponseEntity.ok(OrukMapper.fullServiceAtLocation(at.listing(), at.index(), site)))
                .orElseGet(() -> notFound("service at location"));
    }

    /** Any other path under the base: a JSON 404 rather than the app's sign-in redirect. */
    @GetMapping("/**")
    ResponseEntity<Map<String, String>> unknown() {
        return error(HttpStatus.NOT_FOUND, "No such endpoint. See " + BASE + "/openapi.json");
    }

    // Lookups: a UUID, or the slug the record was published under before --------------------------------------------

    private Optional<Listing> listing(String id) {
        UUID uuid = StableId.parse(id);
        return uuid != null ? openData.findListing(uuid) : openData.findListing(id);
    }

    private Optional<Organisation> organisation(String id) {
        UUID uuid = StableId.parse(id);
        return uuid != null ? openData.findOrganisation(uuid) : openData.findOrganisation(id);
    }

    private Optional<Category> category(String id) {
        UUID uuid = StableId.parse(id);
        return uuid != null ? openData.findCategory(uuid) : openData.findCategory(id);
    }

    private static boolean isOurTaxonomy(String id) {
        return Oruk.TAXONOMY_ID.toString().equalsIgnoreCase(id) || Oruk.TAXONOMY_SLUG.equals(id);
    }

    private record At(Listing listing, int index) {}

    /** A service at location's id is derived from its location's: find the location whose derived id it is. */
    private Optional<At> serviceAtLocationOf(String id) {
        UUID uuid = StableId.parse(id);
        if (uuid == null) {
            var old = OLD_SERVICE_AT_LOCATION.matcher(id);
            return old.matches()
                    ? openData.findListing(old.group(1))
                            .filter(l -> Integer.parseInt(old.group(2))
                                    <= l.getLocations().size())
                            .map(l -> new At(l, Integer.parseInt(old.group(2)) - 1))
                    : Optional.empty();
        }
        String wanted = uuid.toString();
        return openData.activeLocationIds().stream()
                .filter(location -> StableId.derived(location, "service-at-location")
                        .toString()
                        .equals(wanted))
                .findFirst()
                .flatMap(
                        location -> openData.findListingAtLocation(location).map(l -> new At(l, indexOf(l, location))));
    }

    private static int indexOf(Listing l, UUID location) {
        for (int i = 0; i < l.getLocations().size(); i++) {
            if (location.equals(l.getLocations().get(i).getUuid())) {
                return i;
            }
        }
        throw new IllegalStateException("The listing holds the location it was found by");
    }

    // The search a request asks for --------------------------------------------------------------------------------

    /**
     * The index query and filter, and what is checked in memory afterwards (the profile's taxonomy, age and time
     * rules, and service-area coverage); null when an id in the request names nothing here, so nothing matches.
     */
    private record Search(ListingQuery query, OpenDataFilter filter, @Nullable Predicate<Listing> inMemory) {}

    private @Nullable Search search(Params p) {
        String term = null;
        if (p.term != null) {
            var category = category(p.term);
            if (category.isEmpty()) {
                return null;
            }
            term = category.get().getSlug();
        }
        String organisation = null;
        if (p.organisation != null) {
            var found = organisation(p.organisation);
            if (found.isEmpty()) {
                return null;
            }
            organisation = found.get().getSlug();
        }
        if (p.taxonomy != null && !isOurTaxonomy(p.taxonomy)) {
            return null;
        }
        var query = ListingQuery.text(p.text == null ? "" : p.text).withCategory(term);
        CoveredPlace covered = null;
        if (p.postcode != null) {
            PostcodeLocation point = gazetteer.locate(p.postcode);
            query = query.withNear(new Near(point.latitude(), point.longitude(), p.proximity));
            if (p.proximity == null) {
                covered = CoveredPlace.of(point, directory.places(), gazetteer).orElse(null);
            }
        }
        var filter = new OpenDataFilter(organisation, p.modifiedAfter, null, null, p.day);
        var checks = new ArrayList<Predicate<Listing>>();
        if (p.taxonomy != null) {
            checks.add(l -> !l.getCategories().isEmpty());
        }
        if (p.minimumAge != null) {
            int min = p.minimumAge;
            checks.add(l -> (l.getMinAge() == null ? 0 : l.getMinAge()) >= min);
        }
        if (p.maximumAge != null) {
            int max = p.maximumAge;
            checks.add(l -> l.getMaxAge() != null && l.getMaxAge() <= max);
        }
        if (p.startTime != null || p.endTime != null) {
            LocalDate today = directory.today();
            var window = new SessionWindow(
                    p.startTime == null ? null : p.startTime.inLondon(today),
                    p.endTime == null ? null : p.endTime.inLondon(today),
                    p.day);
            checks.add(window::matches);
        }
        if (covered != null) {
            var place = covered;
            checks.add(place::covers);
        }
        Predicate<Listing> inMemory = checks.stream().reduce(Predicate::and).orElse(null);
        return new Search(query, filter, inMemory);
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static boolean contains(@Nullable String haystack, String needle) {
        return haystack != null
                && haystack.toLowerCase(java.util.Locale.UK).contains(needle.toLowerCase(java.util.Locale.UK));
    }

    private static ResponseEntity<Map<String, String>> notFound(String what) {
        return error(HttpStatus.NOT_FOUND, "No " + what + " has that id.");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> userFacing(UserFacingException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Anything else: logged without the request's details, answered as JSON rather than a sign-in redirect. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException e) {
        log.error("Open Referral API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later.");
    }

    /** A time of day as asked for; one with a UTC offset is turned into UK local time on the given day. */
    record ClockTime(LocalTime time, @Nullable ZoneOffset offset) {
        LocalTime inLondon(LocalDate day) {
            return offset == null
                    ? time
                    : time.atDate(day)
                            .atOffset(offset)
                            .atZoneSameInstant(Application.LONDON)
                            .toLocalTime();
        }
    }

    static class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The query parameters, read once. Any other name is ignored. */
    static final class Params {

        /** Every parameter some endpoint reads; each is in the OpenAPI document (a test checks). */
        static final Set<String> KNOWN = Set.of(
                "page",
                "per_page",
                "search",
                "text",
                "taxonomy_term_id",
                "taxonomy_id",
                "organization_id",
                "modified_after",
                "postcode",
                "proximity",
                "minimum_age",
                "maximum_age",
                "start_time",
                "end_time",
                "day",
                "format",
                "parent_id",
                "top_only");

        final int page;
        final int perPage;
        final @Nullable String text;
        final @Nullable String term;
        final @Nullable String taxonomy;
        final @Nullable String organisation;
        final @Nullable Instant modifiedAfter;
        final @Nullable String postcode;
        final @Nullable Double proximity;
        final @Nullable Integer minimumAge;
        final @Nullable Integer maximumAge;
        final @Nullable ClockTime startTime;
        final @Nullable ClockTime endTime;
        final @Nullable DayOfWeek day;

        private Params(Map<String, String> m) {
            page = integer(m, "page", 1, 1, Integer.MAX_VALUE);
            perPage = integer(m, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
            // (page - 1) * per_page must not overflow an int, nor ask the index to skip millions of hits
            if ((long) (page - 1) * perPage > MAX_OFFSET) {
                throw new BadRequest("page × per_page may go at most " + MAX_OFFSET + " results deep");
            }
            text = first(m, "search", "text");
            term = first(m, "taxonomy_term_id");
            taxonomy = first(m, "taxonomy_id");
            organisation = first(m, "organization_id");
            modifiedAfter = instant(first(m, "modified_after"));
            postcode = first(m, "postcode");
            proximity = m.containsKey("proximity") ? (double) integer(m, "proximity", 0, 1, 1_000_000) : null;
            minimumAge = m.containsKey("minimum_age") ? integer(m, "minimum_age", 0, 0, 150) : null;
            maximumAge = m.containsKey("maximum_age") ? integer(m, "maximum_age", 0, 0, 150) : null;
            startTime = time(m, "start_time");
            endTime = time(m, "end_time");
            String d = first(m, "day");
            day = d == null ? null : OrukMapper.parseDay(d);
            if (d != null && day == null) {
                throw new BadRequest("day must be a day of the week, like MO or monday");
            }
            if (proximity != null && postcode == null) {
                throw new BadRequest("proximity needs a postcode to measure from");
            }
            String format = m.get("format");
            if (format != null && !format.equalsIgnoreCase("json")) {
                throw new BadRequest("Only format=json is offered");
            }
        }

        static Params of(Map<String, String> m) {
            return new Params(m);
        }

        <T> Oruk.Page<T> page(List<T> all) {
            int from = (int) Math.min((long) (page - 1) * perPage, all.size());
            int to = Math.min(from + perPage, all.size());
            return Oruk.Page.of(all.subList(from, to), all.size(), page, perPage);
        }

        private static @Nullable String first(Map<String, String> m, String... names) {
            for (String n : names) {
                String v = m.get(n);
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
            return null;
        }

        private static int integer(Map<String, String> m, String name, int fallback, int min, int max) {
            String v = m.get(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v.trim());
                if (n < min || n > max) {
                    throw new BadRequest(name + " must be between " + min + " and " + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new BadRequest(name + " must be a whole number");
            }
        }

        /** "09:30", "09:30:00", or with a UTC offset ("09:30Z", "09:30+01:00"). */
        private static @Nullable ClockTime time(Map<String, String> m, String name) {
            String v = first(m, name);
            if (v == null) {
                return null;
            }
            try {
                if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$")) {
                    var offsetTime = OffsetTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) + "+00:00" : v);
                    return new ClockTime(offsetTime.toLocalTime(), offsetTime.getOffset());
                }
                return new ClockTime(LocalTime.parse(v), null);
            } catch (DateTimeParseException e) {
                throw new BadRequest(name + " must be a time, like 09:30 or 09:30:00");
            }
        }

        private static @Nullable Instant instant(@Nullable String v) {
            if (v == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    throw new BadRequest("modified_after must be a date or date-time, like 2026-01-31T00:00:00Z");
                }
            }
        }
    }
}
