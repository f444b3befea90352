package uk.nowrongdoor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium, driven by Playwright; started once per test JVM and shared by every browser test. */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getProperty("nwd.chromium", "/usr/bin/chromium"));
    static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static Browser browser;

    private Chromium() {}

    /** The shared browser. Fails (never skips) when Chromium is missing, saying how to install it. */
    static synchronized Browser browser() {
        assertTrue(
                Files.isExecutable(EXECUTABLE),
                "Browser tests need Debian's Chromium at " + EXECUTABLE + ". Install it with: "
                        + "sudo apt-get update && sudo apt-get install -y chromium "
                        + "(or point -Dnwd.chromium=/path/to/chromium at another build).");
        if (browser == null) {
            // The driver bundle (node and playwright-core) comes from Maven Central; the browser never downloads.
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
