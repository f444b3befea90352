package uk.nowrongdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node inside the test JVM, on free loopback ports, stopped and deleted when the JVM exits.
 * Its jars come from OpenSearch's Maven Central distribution, which the build unpacks into {@code target/opensearch}
 * (maven-dependency-plugin). They are loaded by a class loader of their own: OpenSearch needs Lucene 9.12 and the
 * app's Lucene backend (Hibernate Search 7.2) needs 9.11, so they cannot share a class path. The app's Elasticsearch
 * backend talks to the node over HTTP, as it would to a cluster.
 */
public final class EmbeddedOpenSearch {

    static final Path DISTRIBUTION = Path.of(System.getProperty("nwd.opensearch.home", "target/opensearch"));

    private static EmbeddedOpenSearch running;

    private final int httpPort;

    private EmbeddedOpenSearch(int httpPort) {
        this.httpPort = httpPort;
    }

    /** The node of this test JVM, started on first use. */
    public static synchronized EmbeddedOpenSearch get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** {@code host:port} for {@code hibernate.search.backend.hosts}. */
    public String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    private static List<URL> jars() throws IOException {
        var urls = new ArrayList<URL>();
        Path home;
        try (Stream<Path> homes = Files.list(DISTRIBUTION)) {
            home = homes.filter(p -> p.getFileName().toString().startsWith("opensearch-"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no opensearch-* folder"));
        }
        for (Path folder : List.of(home.resolve("lib"), home.resolve("modules/transport-netty4"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                    urls.add(toUrl(jar));
                }
            }
        }
        urls.add(toUrl(DISTRIBUTION.resolve("analysis-common")));
        return urls;
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedOpenSearch start() {
        List<URL> jars = List.of();
        try {
            jars = jars();
        } catch (IOException e) {
            fail("The scale-out tests need OpenSearch's distribution in " + DISTRIBUTION.toAbsolutePath()
                    + ", which Maven's generate-test-resources phase unpacks from Maven Central: run the tests with "
                    + "./mvnw test (or ./mvnw generate-test-resources once before running them from an IDE).");
        }
        var thread = Thread.currentThread();
        var appLoader = thread.getContextClassLoader();
        // parent: the JDK only, so OpenSearch sees its own Lucene, Jackson, Log4j and Netty
        var loader = new URLClassLoader("opensearch", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        thread.setContextClassLoader(loader);
        try {
            System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
            Path home = Files.createTempDirectory("nwd-opensearch-");
            int httpPort = PostgresCluster.freePort();
            var settings = new LinkedHashMap<String, String>();
            settings.put("path.home", home.toString());
            settings.put("cluster.name", "nwd-test");
            settings.put("node.name", "nwd-test");
            settings.put("discovery.type", "single-node");
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("transport.port", String.valueOf(PostgresCluster.freePort()));
            settings.put("http.type", "netty4");
            settings.put("transport.type", "netty4");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            Closeable node = startNode(loader, settings);
            var search = new EmbeddedOpenSearch(httpPort);
            search.awaitYellow();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                    try (Stream<Path> files = Files.walk(home)) {
                        files.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("Could not stop the embedded OpenSearch node: " + e);
                }
            }));
            return search;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded OpenSearch node", e);
        } finally {
            thread.setContextClassLoader(appLoader);
        }
    }

    /**
     * {@code new Node(environment, plugins, true).start()} through reflection, since OpenSearch's classes live only in
     * {@code loader}. The constructor that takes plugin classes is protected: it is how OpenSearch's own test
     * framework starts a node with plugins from the class path.
     */
    private static Closeable startNode(ClassLoader loader, Map<String, String> values) throws Exception {
        Class<?> settingsType = loader.loadClass("org.opensearch.common.settings.Settings");
        Object builder = settingsType.getMethod("builder").invoke(null);
        Method put = builder.getClass().getMethod("put", String.class, String.class);
        for (var entry : values.entrySet()) {
            put.invoke(builder, entry.getKey(), entry.getValue());
        }
        Object settings = builder.getClass().getMethod("build").invoke(builder);
        Class<?> environmentType = loader.loadClass("org.opensearch.env.Environment");
        Supplier<String> nodeName = () -> "nwd-test";
        Object environment = loader.loadClass("org.opensearch.node.InternalSettingsPreparer")
                .getMethod("prepareEnvironment", settingsType, Map.class, Path.class, Supplier.class)
                .invoke(null, settings, Map.of(), null, nodeName);
        Class<?> nodeType = loader.loadClass("org.opensearch.node.Node");
        var constructor = nodeType.getDeclaredConstructor(environmentType, Collection.class, boolean.class);
        constructor.setAccessible(true);
        Collection<Class<?>> plugins = List.of(
                loader.loadClass("org.opensearch.transport.Netty4Plugin"),
                loader.loadClass("org.opensearch.analysis.common.CommonAnalysisPlugin"));
        Object node = constructor.newInstance(environment, plugins, true);
        nodeType.getMethod("start").invoke(node);
        return (Closeable) node;
    }

    private void awaitYellow() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + hostAndPort()
                                        + "/_cluster/health?wait_for_status=yellow&timeout=60s"))
                                .timeout(Duration.ofSeconds(70))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("OpenSearch is not healthy: " + response.body());
        }
    }
}
