package uk.nowrongdoor.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.nowrongdoor.Application;

/**
 * Settings that put a Spring context of the {@code scale} profile on the test run's own PostgreSQL cluster (a new
 * database each time) and embedded OpenSearch node (indexes under a new prefix each time), so contexts never see each
 * other's data unless a test shares them on purpose.
 */
public final class ScaleOut {

    private ScaleOut() {}

    /** A new database and index prefix, as properties. */
    public static Map<String, Object> newNode() {
        var postgres = PostgresCluster.get();
        return node(postgres.newDatabase(), "t" + UUID.randomUUID().toString().substring(0, 8) + "-");
    }

    /** Properties for a node on the given database and index prefix (two nodes sharing them form a cluster). */
    public static Map<String, Object> node(String jdbcUrl, String indexPrefix) {
        var postgres = PostgresCluster.get();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", postgres.user());
        properties.put("spring.datasource.password", postgres.password());
        properties.put(
                "spring.jpa.properties.hibernate.search.backend.hosts",
                EmbeddedOpenSearch.get().hostAndPort());
        properties.put("nwd.search.index-prefix", indexPrefix);
        // every node of one deployment shares these (README "Scaling out"); set here, none is written into ./data
        properties.put("nwd.security.status-code-secret", "scale-out-test-status-code-secret-0123456789");
        properties.put("nwd.basic.form-secret", "scale-out-test-form-secret-0123456789abcdef");
        return properties;
    }

    /**
     * The app as a test starts it by hand (several nodes in one test): like {@code @SpringBootTest}, its component scan
     * leaves out test classes, so no test's {@code @TestConfiguration} (a fixed clock) slips into these contexts.
     */
    public static SpringApplicationBuilder app(Class<?>... extraSources) {
        var sources = new Class<?>[extraSources.length + 1];
        sources[0] = Application.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).initializers(context -> context.getBeanFactory()
                .registerSingleton(NoTestClasses.class.getName(), new NoTestClasses()));
    }

    /** Excludes from component scanning every class compiled from src/test. */
    static final class NoTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            } catch (java.io.IOException e) {
                return false;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestClasses;
        }

        @Override
        public int hashCode() {
            return NoTestClasses.class.hashCode();
        }
    }

    /** As command-line arguments, which win over the profiles' files (SpringApplicationBuilder.properties does not). */
    public static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    /** For {@code @DynamicPropertySource}: a context of its own on PostgreSQL and OpenSearch. */
    public static void register(DynamicPropertyRegistry registry) {
        newNode().forEach((name, value) -> registry.add(name, () -> value));
    }
}
