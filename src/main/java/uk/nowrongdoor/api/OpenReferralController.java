package uk.nowrongdoor.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpenDataFilter;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.OpenDataService;
import uk.nowrongdoor.geo.service.Gazetteer;

/**
 * The Open Referral UK 3.0 read API: open, no key, GET only. Query parameters combine with AND; the ORUK v1 names
 * ({@code text}, {@code taxonomy_id}, {@code postcode}, {@code proximity}, {@code minimum_age}, {@code maximum_age},
 * {@code day}) are accepted too. CORS and rate limiting are in {@link OpenApiFilter}.
 */
@RestController
@RequestMapping(path = OpenReferralController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralController {

    static final String BASE = "/api/openreferral";
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;
    static final int MAX_OFFSET = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OpenReferralController.class);

    private final OpenDataService openData;
    private final DirectoryService directory;
    private final Gazetteer gazetteer;

    OpenReferralController(OpenDataService openData, DirectoryService directory, Gazetteer gazetteer) {
        this.openData = openData;
        this.directory = directory;
        this.gazetteer = gazetteer;
    }

    @GetMapping({"", "/"})
    Oruk.ApiDetails details() {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
        return new Oruk.ApiDetails(Oruk.VERSION, PROFILE, base + "/openapi.json");
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
        var query = p.query(gazetteer);
        var result = openData.findListings(query, p.filter(), (p.page - 1) * p.perPage, p.perPage);
        var contents = result.listings().stream()
                .map(l -> OrukMapper.service(l, false))
                .toList();
        return Oruk.Page.of(contents, result.total(), p.page, p.perPage);
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Oruk.Service> service(@PathVariable String id) {
        return openData.findListing(id)
                .map(l -> ResponseEntity.ok(OrukMapper.service(l, true)))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
    ResponseEntity<Oruk.Organization> organization(@PathVariable String id) {
        return openData.findOrganisation(id)
                .map(o -> ResponseEntity.ok(OrukMapper.organization(
                        o,
                        openData.listingsOf(o).stream()
                                .map(l -> OrukMapper.service(l, false))
                                .toList())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/taxonomies")
    Oruk.Page<Oruk.Taxonomy> taxonomies(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var taxonomy = new Oruk.Taxonomy(
                Oruk.TAXONOMY_ID,
                "No Wrong Door categories",
                "The types of mental health and wellbeing support that the No Wrong Door directory lists.");
        return p.page(p.text == null || contains(taxonomy.name(), p.text) ? List.of(taxonomy) : List.of());
    }

    @GetMapping("/taxonomy_terms")
    Oruk.Page<Oruk.TaxonomyTerm> taxonomyTerms(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        String taxonomy = params.get("taxonomy_id");
        String parent = params.get("parent_id");
        boolean topOnly = "true".equalsIgnoreCase(params.get("top_only"));
        var terms = directory.categories().stream()
                .map(OrukMapper::term)
                .filter(t -> taxonomy == null || taxonomy.equals(t.taxonomyId()))
                .filter(t -> parent == null || parent.equals(t.parentId()))
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(t -> p.text == null || contains(t.name(), p.text))
                .toList();
        return p.page(terms);
    }

    /** Each listing at each of its locations; with {@code postcode}, nearest first and within {@code proximity}. */
    @GetMapping("/service_at_locations")
    Oruk.Page<Oruk.ServiceAtLocation> serviceAtLocations(@RequestParam Map<String, String> params) {
        var p = Params.of(params);
        var query = p.query(gazetteer);
        var gathered = openData.findListings(query, p.filter(), 0, OpenDataService.MAX_GATHERED);
        record Entry(Listing listing, int index, double distance) {}
        var entries = new ArrayList<Entry>();
        Near near = query.near();
        for (Listing l : gathered.listings()) {
            for (int i = 0; i < l.getLocations().size(); i++) {
                var loc = l.getLocations().get(i);
                double distance = Double.MAX_VALUE;
                if (near != null) {
                    if (!loc.hasCoordinates()) {
                        continue; // nowhere to measure from
                    }
                    distance = near.metresTo(loc.getPublicLatitude(), loc.getPublicLongitude());
                    if (near.withinMetres() != null && distance > near.withinMetres()) {
                        continue;
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

    /** Any other path under the base: a JSON 404 rather than the app's sign-in redirect. */
    @GetMapping("/**")
    ResponseEntity<Map<String, String>> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("error", "No such endpoint. See " + BASE + "/openapi.json"));
    }

    private static boolean contains(@Nullable String haystack, String needle) {
        return haystack != null
                && haystack.toLowerCase(java.util.Locale.UK).contains(needle.toLowerCase(java.util.Locale.UK));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> userFacing(UserFacingException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    /** Anything else: logged without the request's details, answered as JSON rather than a sign-in redirect. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException e) {
        log.error("Open Referral API request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("error", "Something went wrong on our side. Please try again later."));
    }

    static class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The query parameters, read once, with the ORUK v1 names as aliases. */
    static final class Params {

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
                "day",
                "format",
                "parent_id",
                "top_only",
                "full",
                "minimal");

        final int page;
        final int perPage;
        final @Nullable String text;
        final @Nullable String term;
        final @Nullable String organisation;
        final @Nullable Instant modifiedAfter;
        final @Nullable String postcode;
        final @Nullable Double proximity;
        final @Nullable Integer minimumAge;
        final @Nullable Integer maximumAge;
        final @Nullable DayOfWeek day;

        private Params(Map<String, String> m) {
            page = integer(m, "page", 1, 1, Integer.MAX_VALUE);
            perPage = integer(m, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
            // (page - 1) * per_page must not overflow an int, nor ask the index to skip millions of hits
            if ((long) (page - 1) * perPage > MAX_OFFSET) {
                throw new BadRequest("page × per_page may go at most " + MAX_OFFSET + " results deep");
            }
            text = first(m, "search", "text");
            term = first(m, "taxonomy_term_id", "taxonomy_id");
            organisation = first(m, "organization_id");
            modifiedAfter = instant(first(m, "modified_after"));
            postcode = first(m, "postcode");
            proximity = m.containsKey("proximity") ? (double) integer(m, "proximity", 0, 1, 1_000_000) : null;
            minimumAge = m.containsKey("minimum_age") ? integer(m, "minimum_age", 0, 0, 150) : null;
            maximumAge = m.containsKey("maximum_age") ? integer(m, "maximum_age", 0, 0, 150) : null;
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

        ListingQuery query(Gazetteer gazetteer) {
            var q = ListingQuery.text(text == null ? "" : text).withCategory(term);
            if (postcode != null) {
                var point = gazetteer.locate(postcode);
                q = q.withNear(new Near(point.latitude(), point.longitude(), proximity));
            }
            return q;
        }

        OpenDataFilter filter() {
            return new OpenDataFilter(organisation, modifiedAfter, minimumAge, maximumAge, day);
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
