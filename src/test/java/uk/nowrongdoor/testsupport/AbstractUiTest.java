package uk.nowrongdoor.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Base for browserless UI tests: a real Spring context (shared between test classes), Karibu's mocked Vaadin, and
 * {@link #loginAs} for staff views. Find components by their label or text: that doubles as an accessibility check.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractUiTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("uk.nowrongdoor");
        }
    }

    @BeforeEach
    protected void setUpVaadin() {
        // Each Spring context installs its own Vaadin-aware holder strategy as the global one; a later context (a
        // RANDOM_PORT test, say) would otherwise leave this one's method security reading another's thread-local.
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    protected void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as a staff user with the given role (one of AppRoles) and no organisation, for this test only. */
    protected void loginAs(String username, String role) {
        loginAs(Staff.principal(username, java.util.Set.of(role), java.util.Set.of()));
    }

    /** Signs in as this member of staff (see {@link Staff}), for this test only. */
    protected void loginAs(StaffPrincipal staff) {
        var auth = Staff.signIn(staff);
        jakarta.servlet.ServletRequest request =
                VaadinServletRequest.getCurrent().getRequest();
        while (request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        var fake = (FakeRequest) request;
        fake.setUserPrincipalInt(auth);
        fake.setUserInRole((principal, r) -> staff.hasRole(r));
        UI.getCurrent().getPage().reload();
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }
}
