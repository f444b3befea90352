package uk.nowrongdoor.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a first visit to a page in a fresh phone-sized context: bytes over the wire (compressed, headers
 * included) and requests, and, on an emulated slow-4G mid-range phone, when the crisis numbers paint and when search
 * is usable.
 */
final class PageMetrics {

    /**
     * Lighthouse's "slow 4G" as DevTools throttling applies it: 562.5 ms request latency, 1.4 Mbit/s down,
     * 675 kbit/s up, and a CPU four times slower than this machine's.
     */
    static final double LATENCY_MS = 562.5;

    static final double DOWNLOAD_BYTES_PER_S = 1474.56 * 1024 / 8;
    static final double UPLOAD_BYTES_PER_S = 675 * 1024 / 8;
    static final int CPU_SLOWDOWN = 4;

    /** {@code urls} holds one line per request: its size over the wire and its URL. */
    record Weight(long bytes, int requests, List<String> urls) {
        long kilobytes() {
            return Math.round(bytes / 1024.0);
        }

        List<String> otherHosts(String origin) {
            return urls.stream()
                    .map(line -> line.substring(line.indexOf("KB  ") + 4))
                    .filter(u -> !u.startsWith(origin + "/") && !u.startsWith("blob:"))
                    .toList();
        }
    }

    /**
     * Times from the start of navigation. {@code javaScriptLoadedAtCrisisPaint} says whether Vaadin's components were
     * already defined when the crisis numbers painted; {@code searchUsableMs} is -1 when not measured.
     */
    record Paint(double crisisNumbersMs, boolean javaScriptLoadedAtCrisisPaint, double searchUsableMs) {}

    private PageMetrics() {}

    static BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true)
                .setLocale("en-GB"));
    }

    /** A first visit: an empty cache, everything the page loads until Vaadin has rendered and the network is idle. */
    static Weight firstVisit(Browser browser, String url) {
        return firstVisit(browser, url, true);
    }

    /** As above; {@code vaadin} false for a page that is complete once loaded (the basic pages). */
    static Weight firstVisit(Browser browser, String url, boolean vaadin) {
        try (var context = phone(browser)) {
            var page = context.newPage();
            var cdp = context.newCDPSession(page);
            Map<String, String> urls = new LinkedHashMap<>();
            Map<String, Double> sizes = new LinkedHashMap<>();
            cdp.on(
                    "Network.requestWillBeSent",
                    e -> urls.putIfAbsent(
                            e.get("requestId").getAsString(),
                            e.getAsJsonObject("request").get("url").getAsString()));
            cdp.on(
                    "Network.loadingFinished",
                    e -> sizes.put(
                            e.get("requestId").getAsString(),
                            e.get("encodedDataLength").getAsDouble()));
            cdp.send("Network.enable");
            page.navigate(url);
            if (vaadin) {
                BrowserTest.waitForVaadin(page);
            }
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // data: URLs (Lumo's inline icon font) cost no network request, so they are not counted.
            var lines = new java.util.ArrayList<String>();
            double bytes = 0;
            for (var entry : urls.entrySet()) {
                if (entry.getValue().startsWith("data:")) {
                    continue;
                }
                double size = sizes.getOrDefault(entry.getKey(), 0.0);
                bytes += size;
                lines.add(String.format("%6.1f KB  %s", size / 1024, entry.getValue()));
            }
            return new Weight(Math.round(bytes), lines.size(), lines);
        }
    }

    /** A first visit on an emulated slow-4G mid-range phone; times are from the start of navigation. */
    static Paint slow4g(Browser browser, String url, boolean measureSearch) {
        try (var context = phone(browser)) {
            var page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", json("cacheDisabled", true));
            var network = new JsonObject();
            network.addProperty("offline", false);
            network.addProperty("latency", LATENCY_MS);
            network.addProperty("downloadThroughput", DOWNLOAD_BYTES_PER_S);
            network.addProperty("uploadThroughput", UPLOAD_BYTES_PER_S);
            cdp.send("Network.emulateNetworkConditions", network);
            cdp.send("Emulation.setCPUThrottlingRate", json("rate", CPU_SLOWDOWN));

            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            // CrisisShell marks the strip's paragraph with elementtiming="crisis-numbers".
            @SuppressWarnings("unchecked")
            var crisis = (List<Object>)
                    page.evaluate(
                            """
                    () => new Promise(resolve => new PerformanceObserver(list => {
                      for (const entry of list.getEntries()) {
                        if (entry.identifier === 'crisis-numbers') {
                          resolve([entry.renderTime || entry.loadTime, !!customElements.get('vaadin-text-field')]);
                        }
                      }
                    }).observe({type: 'element', buffered: true}))
                    """);
            double search = -1;
            if (measureSearch) {
                search = number(page.waitForFunction(
                                """
                                () => {
                                  const field = document.querySelector('vaadin-text-field');
                                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                                  return field && field.shadowRoot && field.querySelector('input') && clients
                                    && Object.values(clients).every(c => !c.isActive || !c.isActive())
                                    ? performance.now() : false;
                                }
                                """,
                                null,
                                new Page.WaitForFunctionOptions()
                                        .setPollingInterval(50)
                                        .setTimeout(120_000))
                        .jsonValue());
            }
            return new Paint(number(crisis.get(0)), (Boolean) crisis.get(1), search);
        }
    }

    /**
     * On the same emulated slow-4G phone, the time from the start of navigation until a basic page's search form and
     * its first result card are in the page and the page has loaded (nothing more has to run for them to work).
     */
    static double basicUsable(Browser browser, String url) {
        try (var context = phone(browser)) {
            var page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", json("cacheDisabled", true));
            var network = new JsonObject();
            network.addProperty("offline", false);
            network.addProperty("latency", LATENCY_MS);
            network.addProperty("downloadThroughput", DOWNLOAD_BYTES_PER_S);
            network.addProperty("uploadThroughput", UPLOAD_BYTES_PER_S);
            cdp.send("Network.emulateNetworkConditions", network);
            cdp.send("Emulation.setCPUThrottlingRate", json("rate", CPU_SLOWDOWN));
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            return number(page.waitForFunction(
                            """
                            () => document.readyState !== 'loading' && document.querySelector('main')
                              && (document.querySelector('input[name=q]') || document.querySelector('a[href^="tel:"]'))
                              && (document.querySelector('.card') || document.querySelector('h1'))
                              ? performance.now() : false
                            """,
                            null,
                            new Page.WaitForFunctionOptions()
                                    .setPollingInterval(20)
                                    .setTimeout(60_000))
                    .jsonValue());
        }
    }

    static String origin(String url) {
        var uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static JsonObject json(String key, Object value) {
        var o = new JsonObject();
        if (value instanceof Boolean b) {
            o.addProperty(key, b);
        } else {
            o.addProperty(key, (Number) value);
        }
        return o;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
