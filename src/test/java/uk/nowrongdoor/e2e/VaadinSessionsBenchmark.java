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
 * {@link BasicPagesLoadBenchmark}). A visitor is a JDK HTTP client with its own cookie jar that speaks to the server
 * as Vaadin's own client does on a first visit: the page's HTML, the {@code v-r=init} request that makes the UI, the
 * {@code ui-navigate} event that builds the route (a search link, {@code ?q=…}), and a second navigation to one of the
 * listings found. So it costs the server what a phone's first visit costs, session and all.
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
        for (int i = 0; i < 20; i++) {
            new Visit(null, null).search(QUERIES.get(i % QUERIES.size()));
        }
        long before = heapAfterFullGc();
        var kept = new ArrayList<Visit>();
        var errors = new AtomicLong();
        for (int i = 0; i < SESSIONS; i++) {
            var visit = new Visit(null, errors);
            var found = visit.search(QUERIES.get(i % QUERIES.size()));
            assertThat(found).as("the search the server built lists services").isNotEmpty();
            visit.listing(found.get(0));
            kept.add(visit);
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
                "Vaadin pages, %d visitors for %d s: %d pages opened (a search: shell, init and navigation; a listing:"
                        + " navigation), %.1f pages/s, p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms, %d errors%n",
                USERS,
                SECONDS,
                count,
                count / (double) SECONDS,
                BasicPagesLoadBenchmark.percentile(sorted, 0.50),
                BasicPagesLoadBenchmark.percentile(sorted, 0.95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                errors.get());
        if (!PID.isBlank()) {
            System.out.println("Server heap after a full GC: " + heapAfterFullGc() + " KB");
        }
        assertThat(count).isPositive();
    }

    private static void visit(long end, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        var random = ThreadLocalRandom.current();
        BasicPagesLoadBenchmark.sleep(random.nextInt(1000));
        while (System.nanoTime() < end) {
            var visit = new Visit(latencies, errors);
            var found = visit.search(QUERIES.get(random.nextInt(QUERIES.size())));
            BasicPagesLoadBenchmark.sleep(1000);
            if (!found.isEmpty() && System.nanoTime() < end) {
                visit.listing(found.get(random.nextInt(found.size())));
                BasicPagesLoadBenchmark.sleep(1000);
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

    static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    /** One visitor's first visit, as Vaadin's client makes it: each page's requests are timed together. */
    static final class Visit {
        private final HttpClient client = visitor();
        private final ConcurrentLinkedQueue<Long> latencies;
        private final AtomicLong errors;
        private String csrf = "";
        private int syncId;
        private int clientId;

        Visit(ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
            this.latencies = latencies;
            this.errors = errors;
        }

        /** Opens a search link; the slugs of the listings the page shows. */
        List<String> search(String words) {
            long start = System.nanoTime();
            String query = "q=" + words;
            send(get(URL + "/?" + query));
            String init = send(get(URL + "/?v-r=init&location=&query="
                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
            Matcher key = SECURITY_KEY.matcher(init);
            if (!key.find()) {
                failed();
                return List.of();
            }
            csrf = key.group(1);
            String page = navigate("", query);
            took(start);
            var found = new ArrayList<String>();
            Matcher m = LISTING.matcher(page);
            while (m.find()) {
                if (!found.contains(m.group(1))) {
                    found.add(m.group(1));
                }
            }
            return found;
        }

        /** Follows a link to a listing in the same page. */
        void listing(String slug) {
            long start = System.nanoTime();
            navigate("listing/" + slug, "");
            took(start);
        }

        private String navigate(String route, String query) {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query
                    + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            String response = send(HttpRequest.newBuilder(URI.create(URL + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            Matcher sync = SYNC_ID.matcher(response);
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
                clientId++;
            } else {
                failed();
            }
            return response;
        }

        private static HttpRequest get(String url) {
            return HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", "identity")
                    .timeout(Duration.ofSeconds(30))
                    .build();
        }

        private String send(HttpRequest request) {
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failed();
                }
                return response.body();
            } catch (Exception e) {
                failed();
                return "";
            }
        }

        private void took(long start) {
            if (latencies != null) {
                latencies.add(System.nanoTime() - start);
            }
        }

        private void failed() {
            if (errors != null) {
                errors.incrementAndGet();
            }
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
}
