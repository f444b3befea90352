package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Vaadin side of the load figures, against a running production jar on loopback (like
 * {@link BasicPagesLoadBenchmark}). Vaadin builds a page's UI on the server in the first request (the initial UIDL is
 * in the HTML), so a visitor who opens a search link ({@code /?q=…}) and then a listing costs the server what a
 * first visit costs, session and all; a visitor is a JDK HTTP client with its own cookie jar.
 * <ul>
 *   <li>{@code anonymous_vaadin_sessions_use_little_server_memory}: the server's heap after a full GC, before and
 *       after {@code nwd.benchmark.sessions} (200) visitors each opened a search and a listing and left their session
 *       open; the difference divided by the sessions is the memory an anonymous Vaadin session holds (goal ≤ 100 KB).
 *   <li>{@code visitors_search_and_open_listings_through_the_vaadin_pages}: {@code nwd.benchmark.users} (100)
 *       visitors for {@code nwd.benchmark.seconds} (60), one second's thought between pages, each visit a new session.
 *       What it does not do is type into the search box after the page has loaded (that is a UIDL round trip the
 *       browser tests cover, not a load figure).
 * </ul>
 * <pre>
 * java -jar target/no-wrong-door-1.0.0-SNAPSHOT.jar --server.port=18093 --nwd.data-dir=/tmp/nwd-bench &amp;
 * ./mvnw test -Dtest=VaadinSessionsBenchmark -Dnwd.benchmark.url=http://localhost:18093/ -Dnwd.benchmark.pid=$!
 * </pre>
 */
@EnabledIfSystemProperty(named = "nwd.benchmark.url", matches = ".+")
class VaadinSessionsBenchmark {

    static final String URL = System.getProperty("nwd.benchmark.url", "").replaceFirst("/$", "");
    static final String PID = System.getProperty("nwd.benchmark.pid", "");
    static final int SESSIONS = Integer.getInteger("nwd.benchmark.sessions", 200);
    static final int USERS = Integer.getInteger("nwd.benchmark.users", 100);
    static final int SECONDS = Integer.getInteger("nwd.benchmark.seconds", 60);
    static final List<String> QUERIES = BasicPagesLoadBenchmark.QUERIES;
    /** A listing link as the initial UIDL carries it (attribute values are JSON strings in the page). */
    static final Pattern LISTING = Pattern.compile("listing/([a-z0-9]+(?:-[a-z0-9]+)*)");

    static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void anonymous_vaadin_sessions_use_little_server_memory() throws Exception {
        assertThat(PID)
                .as("-Dnwd.benchmark.pid: the server's process id, to read its heap")
                .isNotBlank();
        // warm up: classes loaded, caches filled, so the difference is the sessions alone
        var warm = visitor();
        for (int i = 0; i < 20; i++) {
            open(warm, URL + "/?q=" + QUERIES.get(i % QUERIES.size()), null, null);
        }
        long before = heapAfterFullGc();
        var kept = new ArrayList<HttpClient>();
        var errors = new AtomicLong();
        for (int i = 0; i < SESSIONS; i++) {
            var client = visitor();
            String html = open(client, URL + "/?q=" + QUERIES.get(i % QUERIES.size()), null, errors);
            assertThat(html)
                    .as("the home page builds its UI in the first response")
                    .contains("nwd-");
            Matcher m = LISTING.matcher(html);
            if (m.find()) {
                open(client, URL + "/listing/" + m.group(1), null, errors);
            }
            kept.add(client);
        }
        long after = heapAfterFullGc();
        double perSession = (after - before) / (double) SESSIONS;
        System.out.printf(
                "Vaadin: %d anonymous sessions (a search and a listing each), heap after full GC %d KB before, %d KB"
                        + " after: %.0f KB a session, %d errors%n",
                SESSIONS, before, after, perSession, errors.get());
        assertThat(kept).hasSize(SESSIONS);
        assertThat(errors.get()).isZero();
    }

    @Test
    void visitors_search_and_open_listings_through_the_vaadin_pages() throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < USERS; i++) {
            var thread = new Thread(() -> visit(end, latencies, errors));
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long count = sorted.size();
        System.out.printf(
                "Vaadin pages, %d visitors for %d s: %d requests, %.0f requests/s, p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms, %d errors%n",
                USERS,
                SECONDS,
                count,
                count / (double) SECONDS,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                errors.get());
        if (!PID.isBlank()) {
            System.out.println("Server heap after a full GC: " + heapAfterFullGc() + " KB");
        }
        assertThat(count).isPositive();
    }

    private static void visit(long end, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        var random = ThreadLocalRandom.current();
        sleep(random.nextInt(1000));
        while (System.nanoTime() < end) {
            var client = visitor();
            String html = open(client, URL + "/?q=" + QUERIES.get(random.nextInt(QUERIES.size())), latencies, errors);
            var found = new ArrayList<String>();
            Matcher m = LISTING.matcher(html);
            while (m.find()) {
                found.add(m.group(1));
            }
            sleep(1000);
            if (!found.isEmpty() && System.nanoTime() < end) {
                open(client, URL + "/listing/" + found.get(random.nextInt(found.size())), latencies, errors);
                sleep(1000);
            }
        }
    }

    private static final ExecutorService CLIENT_THREADS = Executors.newFixedThreadPool(32);

    /** A new visitor: their own cookies, so their own HTTP and Vaadin session. */
    private static HttpClient visitor() {
        return HttpClient.newBuilder()
                .executor(CLIENT_THREADS)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String open(
            HttpClient client, String url, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        long start = System.nanoTime();
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept-Encoding", "identity")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (latencies != null) {
                latencies.add(System.nanoTime() - start);
            }
            if (response.statusCode() != 200 && errors != null) {
                errors.incrementAndGet();
            }
            return response.body();
        } catch (Exception e) {
            if (errors != null) {
                errors.incrementAndGet();
            }
            return "";
        }
    }

    /** The server's used heap in KB after a full GC, read with {@code jcmd} (G1 prints "used NNNK"). */
    static long heapAfterFullGc() throws Exception {
        BasicPagesLoadBenchmark.run("jcmd", PID, "GC.run");
        String info = BasicPagesLoadBenchmark.run("jcmd", PID, "GC.heap_info");
        Matcher m = USED.matcher(info);
        assertThat(m.find()).as("heap info: %s", info).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
