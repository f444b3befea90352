package uk.nowrongdoor.basic;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * What search engines read first: {@code /robots.txt} keeps them off staff, sign-in and form pages, and
 * {@code /sitemap.xml} lists every public listing's canonical (basic) address and the public basic pages.
 */
@RestController
class SearchEngineController {

    /** Content pages in {@code content/pages/}. */
    static final List<String> CONTENT_PAGES = List.of("about", "privacy", "accessibility", "staying-safe-online");

    /** Staff screens, sign-in, forms and the quick exit: never useful in a search engine's results. */
    static final List<String> DISALLOWED = List.of(
            "/staff",
            "/admin",
            "/partner",
            "/login",
            "/account",
            "/refer/",
            "/referral-status",
            "/feedback",
            "/suggest-edit/",
            "/basic/suggest-edit/",
            "/basic/near",
            "/exit",
            "/actuator",
            "/offline.html");

    private final DirectoryService directory;
    private final String siteUrl;

    SearchEngineController(DirectoryService directory, @Value("${nwd.mail.public-url}") String publicUrl) {
        this.directory = directory;
        this.siteUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        var out = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> out.append("Disallow: ").append(path).append('\n'));
        out.append("\nSitemap: ").append(siteUrl).append("/sitemap.xml\n");
        return out.toString();
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(out, "/basic/search");
        url(out, "/basic/help");
        CONTENT_PAGES.forEach(slug -> url(out, "/basic/pages/" + slug));
        directory.activeListingSlugs().forEach(slug -> url(out, BasicListingController.PATH + slug));
        return out.append("</urlset>\n").toString();
    }

    private void url(StringBuilder out, String path) {
        out.append("  <url><loc>").append(HtmlUtils.htmlEscape(siteUrl + path)).append("</loc></url>\n");
    }
}
