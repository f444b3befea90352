package uk.nowrongdoor.basic;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * What every basic page shows: the crisis numbers at the top (from {@code content/} while a first start has not yet
 * loaded them into the database), and the site's address for canonical links.
 */
@ControllerAdvice(
        assignableTypes = {BasicSearchController.class, BasicListingController.class, BasicPageController.class})
class BasicSite {

    static final String BRAND = " | No Wrong Door";

    private final DirectoryService directory;
    private final String publicUrl;

    BasicSite(DirectoryService directory, @Value("${nwd.mail.public-url}") String publicUrl) {
        this.directory = directory;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ModelAttribute("crisisLines")
    List<CrisisLine> crisisLines() {
        return directory.crisisLines();
    }

    /** An unknown listing or page: a basic "page not found" with the crisis numbers and a way back to search. */
    @ExceptionHandler(ResponseStatusException.class)
    String notFound(ResponseStatusException e, HttpServletResponse response, Model model) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("title", "Page not found" + BRAND);
        model.addAttribute("noindex", true);
        model.addAttribute("vaadinUrl", "/");
        model.addAttribute("crisisLines", crisisLines());
        return "basic/not-found";
    }

    /** The site's public address without a trailing slash: canonical links and the sitemap name it. */
    @ModelAttribute("siteUrl")
    String siteUrl() {
        return publicUrl;
    }
}
