package uk.nowrongdoor.basic;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingFacts;
import uk.nowrongdoor.directory.service.ListingNoticeBoard;
import uk.nowrongdoor.directory.service.SelfReferralReception;
import uk.nowrongdoor.partner.domain.EditSuggestion;
import uk.nowrongdoor.partner.domain.SuggestionReason;
import uk.nowrongdoor.partner.service.SuggestionService;

/**
 * A listing as a basic page (the canonical address search engines are given), and "suggest an edit" as a plain form
 * posted to the same {@link SuggestionService} as the Vaadin form, with the same messages next to the fields.
 */
@Controller
class BasicListingController {

    static final String PATH = "/basic/listing/";
    static final String SUGGEST_PATH = "/basic/suggest-edit/";

    private final DirectoryService directory;
    private final ListingNoticeBoard notices;
    private final SelfReferralReception reception;
    private final SuggestionService suggestions;

    BasicListingController(
            DirectoryService directory,
            ListingNoticeBoard notices,
            SelfReferralReception reception,
            SuggestionService suggestions) {
        this.directory = directory;
        this.notices = notices;
        this.reception = reception;
        this.suggestions = suggestions;
    }

    @GetMapping(PATH + "{slug}")
    String listing(@PathVariable String slug, Model model) {
        Listing l = find(slug);
        var today = directory.today();
        var page = ListingFacts.of(
                l, today, notices.liveNotices(l), directory.openingStatus(l), reception.offersSelfReferral(l));
        String siteUrl = (String) model.getAttribute("siteUrl");
        String canonical = siteUrl + PATH + slug;
        model.addAttribute("listing", page);
        model.addAttribute(
                "title", l.getName() + (page.places().isEmpty() ? "" : ", " + page.places()) + BasicSite.BRAND);
        model.addAttribute("description", metaDescription(page));
        model.addAttribute("canonicalPath", PATH + slug);
        model.addAttribute("jsonLd", ListingJsonLd.of(l, canonical, today));
        model.addAttribute("vaadinUrl", "/listing/" + slug);
        return "basic/listing";
    }

    /** About 155 characters for a search engine's snippet: the summary, then who runs it. */
    static String metaDescription(ListingFacts page) {
        String text = page.summary() + " Run by " + page.organisation() + ".";
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 155)) + "…";
    }

    @GetMapping(SUGGEST_PATH + "{slug}")
    String suggestForm(@PathVariable String slug, Model model) {
        Listing l = find(slug);
        formModel(l, model);
        return "basic/suggest";
    }

    @PostMapping(SUGGEST_PATH + "{slug}")
    String suggest(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "") String details,
            @RequestParam(defaultValue = "") String contact,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        Listing l = find(slug);
        SuggestionReason chosen = reason(reason);
        if (chosen == null) {
            model.addAttribute("reasonError", "Choose what is wrong");
        } else {
            try {
                suggestions.suggest(slug, chosen, details, contact, request.getRemoteAddr());
                return "redirect:" + SUGGEST_PATH + slug + "/sent";
            } catch (UserFacingException e) {
                // the service names the field in its message ("Your email or phone number must be ...")
                // the service names the field in its message; a rate limit is about the whole form
                String field = e.getMessage().startsWith("Your email")
                        ? "contactError"
                        : e.getMessage().startsWith("What needs changing") ? "detailsError" : "formError";
                model.addAttribute(field, e.getMessage());
            }
        }
        formModel(l, model);
        model.addAttribute("reason", chosen == null ? "" : chosen.name());
        model.addAttribute("details", details);
        model.addAttribute("contact", contact);
        return "basic/suggest";
    }

    @GetMapping(SUGGEST_PATH + "{slug}/sent")
    String sent(@PathVariable String slug, Model model) {
        Listing l = find(slug);
        model.addAttribute("title", "Suggestion sent: " + l.getName() + BasicSite.BRAND);
        model.addAttribute("name", l.getName());
        model.addAttribute("slug", slug);
        model.addAttribute("noindex", true);
        model.addAttribute("vaadinUrl", "/listing/" + slug);
        return "basic/suggest-sent";
    }

    private void formModel(Listing l, Model model) {
        model.addAttribute("title", "Suggest an edit: " + l.getName() + BasicSite.BRAND);
        model.addAttribute("name", l.getName());
        model.addAttribute("slug", l.getSlug());
        model.addAttribute("reasons", SuggestionReason.values());
        model.addAttribute("detailsMax", EditSuggestion.DETAILS_MAX);
        model.addAttribute("contactMax", EditSuggestion.CONTACT_MAX);
        model.addAttribute("noindex", true);
        model.addAttribute("vaadinUrl", "/suggest-edit/" + l.getSlug());
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
            model.addAttribute("details", "");
            model.addAttribute("contact", "");
        }
    }

    private static @Nullable SuggestionReason reason(@Nullable String name) {
        for (SuggestionReason r : SuggestionReason.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private Listing find(String slug) {
        return directory
                .findListing(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such service"));
    }
}
