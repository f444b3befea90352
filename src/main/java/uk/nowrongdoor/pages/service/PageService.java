package uk.nowrongdoor.pages.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Content pages from {@code content/pages/*.md}, rendered with CommonMark. Raw HTML in the markdown is escaped and
 * unsafe link schemes are dropped, so a page edit cannot inject script.
 */
@Service
public class PageService {

    private static final String SLUG = "[a-z0-9-]{1,60}";

    private final String location;
    private final PageFacts facts;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final DefaultResourceLoader loader = new DefaultResourceLoader();
    private final ConcurrentMap<String, Optional<Page>> cache = new ConcurrentHashMap<>();

    PageService(@Value("${nwd.content.location:classpath:content/}") String location, PageFacts facts) {
        this.location = location.endsWith("/") ? location : location + "/";
        this.facts = facts;
    }

    public Optional<Page> find(String slug) {
        if (!slug.matches(SLUG)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(slug, this::load);
    }

    private Optional<Page> load(String slug) {
        Resource resource = loader.getResource(location + "pages/" + slug + ".md");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            var filled = facts.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Node document = parser.parse(filled.markdown());
            return Optional.of(new Page(slug, title(document, slug), renderer.render(document), filled.missing()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read page " + slug, e);
        }
    }

    private static String title(Node document, String fallback) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                var text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        text.append(t.getLiteral());
                    }
                }
                return text.toString();
            }
        }
        return fallback;
    }

    /**
     * A rendered page: its title (the first level-1 heading), its HTML body, and what the deployer has not yet set for
     * it (the page then shows a warning; see {@link PageFacts}).
     */
    public record Page(String slug, String title, String html, List<String> missing) {}
}
