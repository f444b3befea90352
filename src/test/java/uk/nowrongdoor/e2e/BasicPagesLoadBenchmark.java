package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A bounded load test of the basic pages on loopback, with the JDK's own HTTP client (no load tool to install, and
 * the basic pages are plain GETs with no session, so a client loop is all a visitor is): {@code nwd.benchmark.users}
 * visitors (300) each search and open a listing from the results, again and again for
 * {@code nwd.benchmark.seconds} (60), one second's thought between pages. Prints requests per second, p50 and p95
 * latency, errors, and with {@code nwd.benchmark.pid} the server's heap after a full GC (through {@code jcmd}).
 * <pre>
 * java -jar target/no-wrong-door-1.0.0-SNAPSHOT.jar --server.port=18093 --nwd.data-dir=/tmp/nwd-bench &amp;
 * ./mvnw test -Dtest=BasicPagesLoadBenchmark -Dnwd.benchmark.url=http://localhost:18093/ -Dnwd.benchmark.pid=$!
 * </pre>
 */
@EnabledIfSystemProperty(named = "nwd.benchmark.url", matches = ".+")
class BasicPagesLoadBenchmark {

    static final String URL = System.getProperty("nwd.benchmark.url", "").replaceFirst("/$", "");
    static final int USERS = Integer.getInteger("nwd.benchmark.users", 300);
    static final int SECONDS = Integer.getInteger("nwd.benchmark.seconds", 60);
    static final String PID = System.getProperty("nwd.benchmark.pid", "");
    static final List<String> QUERIES = List.of(
            "crisis+cafe",
            "carers+in+Rugby",
            "low+mood+leam",
            "can%27t+sleep",
            "advocacy",
            "young+people+nuneaton",
            "talk+to+someone+now",
            "dementia+carers",
            "&category=safe-haven&when=tonight",
            "hearing+voices");
    static final Pattern LISTING = Pattern.compile("href=\"(/basic/listing/[a-z0-9-]+)\"");

    @Test
    void visitors_search_and_open_listings_through_the_basic_pages() throws Exception {
        var client = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(32))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < USERS; i++) {
            var thread = new Thread(() -> visit(client, end, latencies, errors));
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
                "Basic pages, %d visitors for %d s: %d requests, %.0f requests/s, p50 %.1f ms, p95 %.1f ms, "
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
            run("jcmd", PID, "GC.run");
            System.out.println("Server heap after a full GC:\n" + run("jcmd", PID, "GC.heap_info"));
        }
        assertThat(count).isPositive();
    }

    private static void visit(HttpClient client, long end, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        var random = ThreadLocalRandom.current();
        sleep(random.nextInt(1000));
        while (System.nanoTime() < end) {
            String html = get(
                    client, URL + "/basic/search?q=" + QUERIES.get(random.nextInt(QUERIES.size())), latencies, errors);
            var m = LISTING.matcher(html);
            var found = new ArrayList<String>();
            while (m.find()) {
                found.add(m.group(1));
            }
            sleep(1000);
            if (!found.isEmpty() && System.nanoTime() < end) {
                get(client, URL + found.get(random.nextInt(found.size())), latencies, errors);
                sleep(1000);
            }
        }
    }

    private static String get(HttpClient client, String url, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        long start = System.nanoTime();
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept-Encoding", "identity")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            return response.body();
        } catch (Exception e) {
            errors.incrementAndGet();
            return "";
        }
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
