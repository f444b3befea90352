package uk.nowrongdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.testsupport.ScaleOut;

/**
 * Nothing confirmed is lost when the server process is killed. The app runs in a child JVM ({@link DurabilityNode},
 * from the test class path) on loopback; clients send self-referrals, feedback and listing edits in parallel; the
 * process is killed with SIGKILL ({@link Process#destroyForcibly()}) while they are still sending; it is started again
 * on the same data, and every submission whose reference came back is in the database, and the search index agrees
 * with the database for every edited listing. Once on the embedded default (H2 file and Lucene index), once on the
 * scale profile (PostgreSQL and OpenSearch with outbox-polling).
 */
class DurabilityTest {

    /** Clients sending at once: two self-referral, one feedback, one listing-edit. */
    private static final int CLIENTS = 4;
    /** Kill after this many confirmations (or after {@link #KILL_AFTER}, whichever comes first). */
    private static final int KILL_AFTER_CONFIRMED = 60;

    private static final Duration KILL_AFTER = Duration.ofSeconds(20);
    private static final Duration START_LIMIT = Duration.ofSeconds(150);
    /** Listings the edit client changes in turn. */
    private static final List<String> EDITED =
            List.of("coventry-carers-centre-support", "autism-support-after-diagnosis", "age-uk-advocacy-coventry");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private Path data;

    @AfterEach
    void stopAndDelete() throws IOException {
        processes.forEach(Process::destroyForcibly);
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void every_confirmed_submission_survives_sigkill_on_h2_and_the_lucene_index_agrees_with_the_database()
            throws Exception {
        data = Files.createTempDirectory("nwd-durability-");
        var settings = new LinkedHashMap<String, Object>();
        settings.put("nwd.data-dir", data);
        run(settings, "H2 + Lucene");
        // the marker file told the restart that the index may have missed the last commits (UncleanStopRebuild)
        assertThat(Files.readString(data.resolve("second.log")))
                .contains("The last run did not stop cleanly: rebuilding the search index from the database");
    }

    @Test
    void every_confirmed_submission_survives_sigkill_on_postgresql_and_the_opensearch_index_catches_up()
            throws Exception {
        data = Files.createTempDirectory("nwd-durability-");
        var settings = new LinkedHashMap<String, Object>(ScaleOut.newNode());
        settings.put("nwd.data-dir", data);
        settings.put("spring.profiles.active", "scale");
        run(settings, "PostgreSQL + OpenSearch");
    }

    private void run(Map<String, Object> settings, String setup) throws Exception {
        int port = freePort();
        settings.put("server.port", port);
        settings.put("nwd.rate-limit.enabled", false);
        settings.put("nwd.scheduling.enabled", false);
        settings.put("nwd.dev-accounts", false);
        settings.put("nwd.security.status-code-secret", "durability-test-secret-0123456789abcdef");
        settings.put("vaadin.launch-browser", false);
        settings.put("spring.main.banner-mode", "off");
        // the door is plain HTTP: Vaadin need only look at its own and the app's classes (saves seconds per start)
        settings.put("vaadin.allowed-packages", "com.vaadin,uk.nowrongdoor");
        settings.put("logging.level.root", "warn");
        var base = "http://127.0.0.1:" + port;

        long startedAt = System.nanoTime();
        Process first = start(settings, "first");
        awaitReady(first, base);
        long firstStart = millisSince(startedAt);

        var confirmed = new ConcurrentLinkedQueue<String>();
        var words = new ConcurrentLinkedQueue<String>();
        var sent = new AtomicInteger();
        var stop = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String key = UUID.randomUUID().toString();
                        try {
                            if (c == CLIENTS - 1) {
                                String word = "zqdur" + i;
                                words.add(word);
                                post(base + "/durability/listing/" + EDITED.get(i % EDITED.size()) + "?word=" + word);
                            } else {
                                sent.incrementAndGet();
                                String kind = c == 0 ? "feedback" : "referral";
                                String reference = post(base + "/durability/" + kind + "?key=" + key);
                                confirmed.add(reference);
                            }
                        } catch (IOException | IllegalStateException e) {
                            // not confirmed: the process was killed while this one was on its way
                            if (!first.isAlive()) {
                                return null;
                            }
                        }
                    }
                    return null;
                });
            }
            long sendingSince = System.nanoTime();
            while (confirmed.size() < KILL_AFTER_CONFIRMED
                    && Duration.ofNanos(System.nanoTime() - sendingSince).compareTo(KILL_AFTER) < 0) {
                Thread.sleep(20);
            }
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            stop.set(true);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        int confirmedAtKill = confirmed.size();

        long restartedAt = System.nanoTime();
        Process second = start(settings, "second");
        awaitReady(second, base);
        long secondStart = millisSince(restartedAt);

        JsonNode check = check(base, List.copyOf(confirmed), List.copyOf(words));
        System.out.printf(
                "Durability (%s): %d submissions sent, %d confirmed before SIGKILL, %d of them found after restart"
                        + " (database holds %d referrals and %d feedback); %d listing edits; index: %d listings,"
                        + " database: %d; first start %d ms, restart %d ms%n",
                setup,
                sent.get(),
                confirmedAtKill,
                confirmedAtKill - check.get("missing").size(),
                check.get("referrals").asLong(),
                check.get("feedback").asLong(),
                words.size(),
                check.get("listingsInIndex").asLong(),
                check.get("listingsInDatabase").asLong(),
                firstStart,
                secondStart);

        assertThat(confirmedAtKill).as("confirmed before the kill").isGreaterThan(5);
        assertThat(check.get("missing"))
                .as("confirmed but missing after restart")
                .isEmpty();
        assertThat(check.get("referrals").asLong() + check.get("feedback").asLong())
                .as("stored: at least every confirmed one, at most every one sent")
                .isBetween((long) confirmedAtKill, (long) sent.get());
        assertThat(check.get("listingsInIndex").asLong())
                .isEqualTo(check.get("listingsInDatabase").asLong());
        assertThat(check.get("indexDiffers"))
                .as("words where index and database differ")
                .isEmpty();
    }

    /**
     * What the restarted node holds. With outbox-polling the node is ready once the outbox is empty, but OpenSearch
     * shows a write to searches only after its next refresh (1 s): ask again for a few seconds while they differ.
     */
    private JsonNode check(String base, List<String> references, List<String> words) throws Exception {
        long start = System.nanoTime();
        while (true) {
            JsonNode check = new ObjectMapper()
                    .readTree(postForm(base + "/durability/check", Map.of("references", references, "words", words)));
            boolean agrees = check.get("indexDiffers").isEmpty()
                    && check.get("listingsInIndex").asLong()
                            == check.get("listingsInDatabase").asLong();
            if (agrees || Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) > 0) {
                return check;
            }
            Thread.sleep(500);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Process start(Map<String, Object> settings, String name) throws IOException {
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityNode.class.getName()));
        command.addAll(List.of(ScaleOut.arguments(settings)));
        Path log = data.resolve(name + ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.add(process);
        return process;
    }

    private void awaitReady(Process process, String base) throws Exception {
        long start = System.nanoTime();
        while (true) {
            assertThat(process.isAlive())
                    .as("the node is running (its log: %s)", data)
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("the node is ready in time")
                    .isLessThan(START_LIMIT);
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    private String post(String url) throws IOException {
        return postForm(url, Map.of());
    }

    private String postForm(String url, Map<String, List<String>> form) throws IOException {
        String body = form.entrySet().stream()
                .flatMap(e ->
                        e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A free loopback port for the child's HTTP server. */
    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
