package uk.nowrongdoor.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context installs its own Vaadin-aware security holder strategy as the global one when it starts, and
 * method security reads its own context's strategy. A test that runs in a cached context after another context
 * started would sign in ({@link Staff#signIn}) through the other context's holder and be refused as anonymous. So
 * before every test method the global holder is set to this test's context's strategy. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
