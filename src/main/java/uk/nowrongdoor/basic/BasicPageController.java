package uk.nowrongdoor.basic;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.pages.service.PageService;

/** The content pages (about, privacy and the others) and the full crisis card, as basic pages. */
@Controller
class BasicPageController {

    private final PageService pages;
    private final DirectoryService directory;

    BasicPageController(PageService pages, DirectoryService directory) {
        this.pages = pages;
        this.directory = directory;
    }

    @GetMapping("/basic/pages/{slug}")
    String page(@PathVariable String slug, Model model) {
        var page =
                pages.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such page"));
        model.addAttribute("title", page.title() + BasicSite.BRAND);
        model.addAttribute(
                "description",
                page.title() + ": No Wrong Door, mental health support in Coventry and " + "Warwickshire.");
        model.addAttribute("canonicalPath", "/basic/pages/" + slug);
        // rendered by PageService with raw HTML escaped and unsafe links dropped
        model.addAttribute("html", page.html());
        model.addAttribute(
                "unfinished",
                page.missing().isEmpty()
                        ? null
                        : "This page is not finished: the organisation running this site has not yet given "
                                + String.join(", ", page.missing())
                                + ". Until it does, ask through the feedback form.");
        model.addAttribute("vaadinUrl", "/pages/" + slug);
        return "basic/page";
    }

    /** The crisis card of the Vaadin "Need help now?" dialog: the national numbers, and crisis cafés open tonight. */
    @GetMapping("/basic/help")
    String help(Model model) {
        model.addAttribute("title", "Need help now?" + BasicSite.BRAND);
        model.addAttribute(
                "description",
                "Crisis numbers to call or text now, and crisis cafés in Coventry and Warwickshire open tonight.");
        model.addAttribute("canonicalPath", "/basic/help");
        model.addAttribute("cafes", directory.crisisCafesOpenTonight());
        model.addAttribute("vaadinUrl", "/");
        return "basic/help";
    }
}
