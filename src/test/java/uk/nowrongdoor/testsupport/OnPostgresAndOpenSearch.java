package uk.nowrongdoor.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class on the scale profile: the test run's PostgreSQL cluster and embedded OpenSearch node, in one Spring
 * context that every class so annotated shares (as the H2 tests share theirs). Indexing completes at commit, as in the
 * H2 tests: coordination is off here, and {@code TwoNodesTest} covers the outbox. Put it on a subclass of an existing
 * test class to run that class's tests on both databases and both search backends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "scale"})
@ContextConfiguration(initializers = OnPostgresAndOpenSearch.SharedNode.class)
public @interface OnPostgresAndOpenSearch {

    /** One database and one index prefix for the shared context. */
    class SharedNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static Map<String, Object> properties;

        private static synchronized Map<String, Object> properties() {
            if (properties == null) {
                var node = new LinkedHashMap<>(ScaleOut.newNode());
                node.put("spring.jpa.properties.hibernate.search.coordination.strategy", "none");
                properties = node;
            }
            return properties;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("postgres-and-opensearch", properties()));
        }
    }
}
