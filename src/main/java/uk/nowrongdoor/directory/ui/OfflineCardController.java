package uk.nowrongdoor.directory.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * The offline crisis card the service worker keeps ({@code nwd-sw.js}): written from the crisis lines in the
 * database, so it always has the numbers the site shows, including an admin's change. No script, no cookies, no
 * request to any other host.
 */
@RestController
class OfflineCardController {

    static final String PATH = "/offline.html";

    private final DirectoryService directory;

    OfflineCardController(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> card() {
        var items = new StringBuilder();
        for (var line : directory.crisisLines()) {
            items.append("    <li>\n      <h2>")
                    .append(htmlEscape(line.getName()))
                    .append("</h2>\n      <a class=\"call\" href=\"")
                    .append(htmlEscape(line.href()))
                    .append("\">")
                    .append(htmlEscape(line.getAction()))
                    .append("</a>\n      <p>")
                    .append(htmlEscape(line.getDescription()))
                    .append("</p>\n    </li>\n");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(TEMPLATE.replace("{{lines}}", items));
    }

    private static final String TEMPLATE =
            """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>You are offline: crisis numbers | No Wrong Door</title>
            <style>
              body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
              main { max-width: 40rem; margin: 0 auto; padding: 16px; }
              h1 { font-size: 1.6rem; line-height: 1.2; }
              h2 { font-size: 1.1rem; margin: 16px 0 0; }
              ul { list-style: none; padding: 0; margin: 0; }
              li { border-bottom: 1px solid #c9c9c9; padding: 8px 0 12px; }
              p { margin: 4px 0; }
              a { color: #00305e; }
              .call { display: inline-flex; align-items: center; min-height: 48px; padding: 0 16px; margin: 4px 0;
                      border: 2px solid #00305e; border-radius: 8px; font-weight: 700; font-size: 1.15rem; text-decoration: none; }
              .retry { display: inline-flex; align-items: center; min-height: 44px; font-weight: 600; }
              a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; background: #ffdd00; }
            </style>
            </head>
            <body>
            <main>
              <h1>You are offline</h1>
              <p>This page could not load because there is no internet connection. Calls and texts still work.</p>
              <p><strong>If you or someone else is in danger right now, call 999 or go to A&amp;E.</strong></p>
              <ul>
            {{lines}}  </ul>
              <p><a class="retry" href="/">Try again when you have a signal</a></p>
            </main>
            </body>
            </html>
            """;
}
