package uk.nowrongdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nowrongdoor.testsupport.ScaleOut;

/**
 * Liveness, readiness and the Actuator's access rules over HTTP, on the embedded default. The first-start loaders
 * (gazetteer, content) are application runners; a runner held open here stands for a long first load.
 */
class ProbesTest {

    private static final HttpClient http = HttpClient.newHttpClient();

    /** Holds start-up in the runner phase until released. A source of this test's context only. */
    public static class HeldLoading implements ApplicationRunner {
        static final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            release.await(5, TimeUnit.MINUTES);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int statusOrZero(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void
            a_node_is_live_but_not_ready_and_its_api_answers_503_while_loading_then_ready_and_actuator_details_are_for_admins()
                    throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var starter = Executors.newSingleThreadExecutor();
        ConfigurableApplicationContext node = null;
        try {
            int p = port;
            var starting = starter.submit(
                    () -> ScaleOut.app(HeldLoading.class).profiles("test").run("--server.port=" + p));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (statusOrZero(port, "/actuator/health/liveness") != 200) {
                assertThat(System.nanoTime()).as("the node answers liveness").isLessThan(deadline);
                Thread.sleep(100);
            }
            var loading = get(port, "/actuator/health/readiness");
            assertThat(loading.statusCode()).isEqualTo(503);
            assertThat(loading.body()).contains("OUT_OF_SERVICE");
            // the API does not answer "no services" while the directory is still loading
            var apiWhileLoading = get(port, "/api/openreferral/services?text=crisis");
            assertThat(apiWhileLoading.statusCode()).isEqualTo(503);
            assertThat(apiWhileLoading.headers().firstValue("Retry-After")).hasValue("10");

            HeldLoading.release.countDown();
            node = starting.get(5, TimeUnit.MINUTES);

            var ready = get(port, "/actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"");
            assertThat(get(port, "/api/openreferral/services?text=crisis").statusCode())
                    .isEqualTo(200);
            var health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            // anonymous: the status only, never which database or index, nor counts
            assertThat(health.body())
                    .startsWith("{\"status\":\"UP\"")
                    .doesNotContain("components", "db", "searchIndex");
            assertThat(get(port, "/actuator/metrics").statusCode()).isIn(401, 403);
            assertThat(get(port, "/actuator/info").statusCode()).isIn(401, 403);
        } finally {
            HeldLoading.release.countDown();
            if (node != null) {
                node.close();
            }
            starter.shutdownNow();
        }
    }
}
