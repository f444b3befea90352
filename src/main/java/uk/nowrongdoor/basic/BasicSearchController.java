package uk.nowrongdoor.basic;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.service.DirectoryReadiness;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.SearchPage;
import uk.nowrongdoor.directory.ui.SearchParameters;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;

/**
 * The basic search: the Vaadin home page's query, filters, place and counts through the same
 * {@link DirectoryService#search}, as a GET form, one page of 20 at a time. A postcode arrives by POST and only its
 * outward code goes into the address the browser is sent on to, so a full postcode is never in a URL or a log. Until
 * the directory is loaded ({@link DirectoryReadiness}) it answers 503 with {@code Retry-After} and "still loading",
 * with the crisis help, and does not search: an empty index must not read as "no services found".
 */
@Controller
class BasicSearchController {

    /** As the home page's "Show more". */
    static final int PAGE_SIZE = 20;
    /** As the home page's distance choices. */
    static final List<Integer> MILES = List.of(1, 2, 5, 10, 25);

    private final DirectoryService directory;
    private final Gazetteer gazetteer;
    private final DirectoryReadiness readiness;

    BasicSearchController(DirectoryService directory, Gazetteer gazetteer, DirectoryReadiness readiness) {
        this.directory = directory;
        this.gazetteer = gazetteer;
        this.readiness = readiness;
    }

    @GetMapping("/basic")
    String start() {
        return "redirect:" + SearchLinks.PATH;
    }

    @GetMapping(SearchLinks.PATH)
    String search(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String near,
            @RequestParam(required = false) @Nullable String within,
            @RequestParam(required = false) @Nullable String page,
            HttpServletResponse response,
            Model model) {
        var query = SearchLinks.query(request.getParameterMap());
        String outward = Postcode.parse(near).map(Postcode::outward).orElse(null);
        Integer miles = miles(within);
        var links = new SearchLinks(query, outward, outward == null ? null : miles, pageNumber(page));
        if (!readiness.ready()) {
            return loading(links, response, model);
        }
        Near point = null;
        if (outward != null) {
            var found = gazetteer.find(new Postcode(outward, null));
            if (found.isEmpty()) {
                model.addAttribute(
                        "postcodeError",
                        "We don't know where " + outward + " is yet. Try a nearby "
                                + "postcode, or search by area instead.");
                links = new SearchLinks(query, null, null, links.page());
            } else {
                point = Near.point(found.get().latitude(), found.get().longitude())
                        .withinMiles(miles);
            }
        }
        return show(links, point, model);
    }

    /** "Near me" without JavaScript: the postcode comes in the body, the outward code goes on in the URL. */
    @PostMapping("/basic/near")
    String near(
            HttpServletRequest request,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(required = false) @Nullable String within,
            HttpServletResponse response,
            Model model) {
        var query = SearchLinks.query(request.getParameterMap());
        if (!readiness.ready()) {
            // the postcode is not looked up (the gazetteer may be loading too), nor kept
            return loading(new SearchLinks(query, null, null, 1), response, model);
        }
        if (postcode.isBlank()) {
            return "redirect:" + new SearchLinks(query, null, null, 1).basic();
        }
        try {
            var location = gazetteer.locate(postcode);
            return "redirect:" + new SearchLinks(query, location.outwardCode(), miles(within), 1).basic();
        } catch (UserFacingException e) {
            model.addAttribute("postcodeError", e.getMessage());
            return show(new SearchLinks(query, null, null, 1), null, model);
        }
    }

    /**
     * While the directory is loading: the search form as asked, "still loading" where the count goes, the crisis help,
     * and no search at all (so an empty index is neither shown nor counted as a search that found nothing).
     */
    private String loading(SearchLinks links, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DirectoryReadiness.RETRY_AFTER_SECONDS));
        form(links, links.query(), Map.of(), Map.of(), model);
        model.addAttribute("title", "Still loading" + BasicSite.BRAND);
        model.addAttribute("canonicalPath", null);
        model.addAttribute("noindex", true);
        model.addAttribute("loading", true);
        model.addAttribute("count", DirectoryReadiness.LOADING_MESSAGE);
        model.addAttribute("crisisFirst", true);
        return "basic/search";
    }

    private String show(SearchLinks links, @Nullable Near point, Model model) {
        ListingQuery query = links.query().withNear(point);
        SearchPage result = directory.search(query, (links.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        boolean searched = !SearchLinks.parameters(links.query()).isEmpty() || links.near() != null;
        model.addAttribute("title", (searched ? "Search results" : "Find mental health support") + BasicSite.BRAND);
        model.addAttribute("canonicalPath", searched ? null : SearchLinks.PATH);
        model.addAttribute("noindex", searched);
        model.addAttribute("loading", false);
        form(links, query, result.categoryCounts(), result.placeCounts(), model);
        model.addAttribute("count", countText(result.total()));
        model.addAttribute("total", result.total());
        model.addAttribute("pageNumber", links.page());
        model.addAttribute("pages", pages);
        model.addAttribute(
                "previous", links.page() > 1 ? links.toPage(links.page() - 1).basic() : null);
        model.addAttribute(
                "next", links.page() < pages ? links.toPage(links.page() + 1).basic() : null);
        model.addAttribute("result", result);
        var understood = result.understanding();
        model.addAttribute("crisisFirst", understood.crisisFirst() || result.fallback() != null);
        if (understood.crisisFirst() || result.fallback() != null) {
            model.addAttribute("cafes", directory.crisisCafesOpenTonight());
        }
        model.addAttribute(
                "placeNote",
                understood.placeName() != null && links.query().place() == null
                        ? "Showing services in " + understood.placeName()
                                + ", and services that cover the whole area around it."
                        : null);
        model.addAttribute(
                "didYouMean",
                understood.didYouMean() == null
                        ? null
                        : links.with(links.query().withText(understood.didYouMean()))
                                .basic());
        model.addAttribute("fallbackCategories", fallbackCategories(result));
        return "basic/search";
    }

    /** The search form, filled in as asked, with the filters' counts (none while loading). */
    private void form(
            SearchLinks links,
            ListingQuery query,
            Map<String, Long> categoryCounts,
            Map<String, Long> placeCounts,
            Model model) {
        model.addAttribute(
                "description",
                "Find mental health support in Coventry and Warwickshire: crisis cafés, talking support, carers' and "
                        + "young people's services, with opening times and phone numbers.");
        model.addAttribute("vaadinUrl", links.vaadin());
        model.addAttribute("q", query.text());
        model.addAttribute("categories", options(categoryNames(), query.category(), categoryCounts));
        model.addAttribute("places", options(placeNames(), query.place(), placeCounts));
        model.addAttribute("times", timeChoices(query.times()));
        model.addAttribute("age", query.age() == null ? "" : query.age().toString());
        model.addAttribute("maxAge", SearchParameters.MAX_AGE);
        model.addAttribute("accessChoices", enumChoices(AccessMethod.values(), query.access(), AccessMethod::label));
        model.addAttribute(
                "deliveryChoices", enumChoices(DeliveryMode.values(), query.delivery(), DeliveryMode::label));
        model.addAttribute("free", query.freeOnly());
        model.addAttribute("near", links.near());
        model.addAttribute("within", links.within());
        model.addAttribute("miles", MILES);
        model.addAttribute("hidden", hiddenFields(links.query()));
    }

    /** The words of the home page's count line, so both versions say the same. */
    static String countText(long total) {
        if (total == 0) {
            return "No services found for those words. Below are other ways to get help; you can also try other "
                    + "words or clear the filters. If you need help now, use the crisis numbers at the top of the "
                    + "page.";
        }
        return total == 1 ? "1 service found" : total + " services found";
    }

    record Option(String value, String label, boolean selected) {}

    record Choice(String value, String label, boolean checked) {}

    record Link(String href, String text) {}

    private List<Link> fallbackCategories(SearchPage result) {
        if (result.fallback() == null) {
            return List.of();
        }
        return result.fallback().closestCategories().stream()
                .map(c -> new Link(
                        new SearchLinks(ListingQuery.everything().withCategory(c.slug()), null, null, 1).basic(),
                        c.name()))
                .toList();
    }

    private Map<String, String> categoryNames() {
        var names = new LinkedHashMap<String, String>();
        for (Category c : directory.categories()) {
            names.put(c.getSlug(), indent(c.selfAndAncestors().size()) + c.getName());
        }
        return names;
    }

    private Map<String, String> placeNames() {
        var names = new LinkedHashMap<String, String>();
        for (Place p : directory.places()) {
            names.put(p.getSlug(), indent(p.selfAndAncestors().size()) + p.getName());
        }
        return names;
    }

    /** As the home page's filter: children indented under their parents, with the result count in brackets. */
    private static List<Option> options(Map<String, String> names, @Nullable String chosen, Map<String, Long> counts) {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Any", chosen == null || !names.containsKey(chosen)));
        names.forEach((slug, name) -> {
            Long count = counts.get(slug);
            options.add(new Option(slug, name + (count == null ? "" : " (" + count + ")"), slug.equals(chosen)));
        });
        return options;
    }

    private static String indent(int depth) {
        return "\u2003".repeat(Math.max(0, depth - 1));
    }

    private static List<Choice> timeChoices(Set<TimeFilter> chosen) {
        return List.of(
                new Choice("now", "Open now", chosen.contains(TimeFilter.OPEN_NOW)),
                new Choice("tonight", "Open tonight", chosen.contains(TimeFilter.OPEN_TONIGHT)),
                new Choice("weekend", "Open at the weekend", chosen.contains(TimeFilter.OPEN_AT_WEEKEND)));
    }

    private static <E extends Enum<E>> List<Choice> enumChoices(
            E[] values, Set<E> chosen, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values)
                .map(v -> new Choice(v.name().toLowerCase(Locale.ROOT), label.apply(v), chosen.contains(v)))
                .toList();
    }

    /** The search as hidden fields of the postcode form, so choosing a postcode keeps the words and filters. */
    private static List<Option> hiddenFields(ListingQuery query) {
        var fields = new ArrayList<Option>();
        SearchLinks.parameters(query).forEach((k, values) -> values.forEach(v -> fields.add(new Option(k, v, true))));
        return fields;
    }

    private static @Nullable Integer miles(@Nullable String within) {
        try {
            int m = Integer.parseInt(within == null ? "" : within.trim());
            return MILES.contains(m) ? m : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(@Nullable String page) {
        try {
            int p = Integer.parseInt(page == null ? "" : page.trim());
            return Math.min(Math.max(1, p), 10_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
