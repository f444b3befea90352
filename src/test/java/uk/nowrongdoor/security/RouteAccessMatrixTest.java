package uk.nowrongdoor.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

/**
 * Every route, and exactly who may open it, through Vaadin's route access checks with real principals. A route that
 * is not in {@link #EXPECTED} fails the test: each new screen needs an explicit decision here.
 */
class RouteAccessMatrixTest extends AbstractUiTest {

    enum Persona {
        ANONYMOUS,
        PARTNER_A,
        PARTNER_B,
        COORDINATOR,
        LEAD,
        ADMIN
    }

    static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);

    /** Route (with a sample parameter where it takes one) → who may open it. */
    static final Map<String, Set<Persona>> EXPECTED = new LinkedHashMap<>();

    static {
        // public pages
        EXPECTED.put("", EVERYONE);
        EXPECTED.put("listing", EVERYONE);
        EXPECTED.put("pages", EVERYONE);
        EXPECTED.put("refer", EVERYONE);
        EXPECTED.put("referral-status", EVERYONE);
        EXPECTED.put("feedback", EVERYONE);
        EXPECTED.put("feedback-status", EVERYONE);
        EXPECTED.put("login", EVERYONE);
        EXPECTED.put("account/set-password", EVERYONE);
        EXPECTED.put("account/forgot-password", EVERYONE);
        // staff
        EXPECTED.put("staff/outbox", EnumSet.of(Persona.LEAD, Persona.ADMIN));
        EXPECTED.put(
                "staff/passkeys",
                EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B, Persona.COORDINATOR, Persona.LEAD, Persona.ADMIN));
        EXPECTED.put("staff/equality", EnumSet.of(Persona.LEAD, Persona.ADMIN));
        EXPECTED.put("admin/open-data", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/users", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/organisations", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/categories", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/places", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/crisis-lines", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/sign-in-audit", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("suggest-edit", EVERYONE);
        EXPECTED.put("staff/feedback", EnumSet.of(Persona.LEAD));
        EXPECTED.put("staff/feedback/item", EnumSet.of(Persona.LEAD));
        EXPECTED.put("staff/report", EnumSet.of(Persona.LEAD, Persona.ADMIN));
        EXPECTED.put("admin/complaints-settings", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("partner/listings", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/edit", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/notices", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/timetable", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/locations", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/categories", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/new", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/withdraw", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B));
        EXPECTED.put("partner/history", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B, Persona.ADMIN));
        EXPECTED.put("partner/suggestions", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B, Persona.ADMIN));
        EXPECTED.put("admin/moderation", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/freshness", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/history/user", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("staff/referrals", EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B, Persona.COORDINATOR));
        EXPECTED.put(
                "staff/referrals/:id([0-9]{1,18})",
                EnumSet.of(Persona.PARTNER_A, Persona.PARTNER_B, Persona.COORDINATOR));
        EXPECTED.put("admin/referral-access", EnumSet.of(Persona.ADMIN));
        EXPECTED.put("admin/feedback-rights", EnumSet.of(Persona.ADMIN));
    }

    /** Routes that take a parameter are visited with a real one. */
    static final Map<String, String> SAMPLE_PARAMETERS = new LinkedHashMap<>();

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ListingRepository listings;

    private final Map<Persona, Supplier<StaffPrincipal>> personas = new LinkedHashMap<>();

    @BeforeEach
    void personas() {
        var listing = listings.findAll().stream()
                .filter(Listing::isAcceptsSelfReferral)
                .findFirst()
                .orElseThrow();
        SAMPLE_PARAMETERS.put("listing", "listing/" + listing.getSlug());
        SAMPLE_PARAMETERS.put("refer", "refer/" + listing.getSlug());
        SAMPLE_PARAMETERS.put("pages", "pages/about");
        SAMPLE_PARAMETERS.put("suggest-edit", "suggest-edit/" + listing.getSlug());
        var orgs = organisations.findAll();
        long a = orgs.get(0).getId();
        long b = orgs.get(1).getId();
        personas.put(Persona.PARTNER_A, () -> Staff.memberOf(AppRoles.PARTNER, a));
        personas.put(Persona.PARTNER_B, () -> Staff.memberOf(AppRoles.PARTNER, b));
        personas.put(Persona.COORDINATOR, () -> Staff.partnershipWide(AppRoles.COORDINATOR));
        personas.put(Persona.LEAD, () -> Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        personas.put(Persona.ADMIN, () -> Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
    }

    @Test
    void every_route_has_an_explicit_access_decision_in_this_matrix() {
        Set<String> routes = new TreeSet<>();
        new Routes().autoDiscoverViews("uk.nowrongdoor").getRoutes().forEach(view -> {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.add(route.value());
            }
        });
        assertThat(routes).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void each_persona_opens_exactly_the_routes_the_matrix_allows() {
        List<String> wrong = new ArrayList<>();
        for (var entry : EXPECTED.entrySet()) {
            for (Persona persona : Persona.values()) {
                boolean opened = opens(persona, entry.getKey());
                if (opened != entry.getValue().contains(persona)) {
                    wrong.add(persona + (opened ? " opened " : " could not open ") + "/" + entry.getKey() + " ("
                            + lastOutcome + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String lastOutcome = "";

    /**
     * Screens of one record (a feedback item, a listing to edit, a referral): whose record it is, the services decide
     * (their own tests pass other organisations' ids); here the route's role decision is read from its annotation.
     */
    static final Set<String> RECORD_SCREENS = Set.of(
            "staff/feedback/item",
            "partner/edit",
            "partner/notices",
            "partner/timetable",
            "partner/locations",
            "partner/categories",
            "partner/withdraw",
            "partner/history",
            "admin/history/user",
            "staff/referrals/:id([0-9]{1,18})");

    private boolean opens(Persona persona, String path) {
        if (RECORD_SCREENS.contains(path)) {
            var roles = viewFor(path).getAnnotation(jakarta.annotation.security.RolesAllowed.class);
            lastOutcome = "by annotation";
            return persona != Persona.ANONYMOUS
                    && java.util.Arrays.stream(roles.value())
                            .anyMatch(role -> personas.get(persona).get().hasRole(role));
        }
        // a fresh mocked Vaadin per visit: no principal or error left over from the one before
        tearDownVaadin();
        setUpVaadin();
        if (persona != Persona.ANONYMOUS) {
            loginAs(personas.get(persona).get());
        }
        Class<? extends Component> target = viewFor(path);
        try {
            UI.getCurrent().navigate(SAMPLE_PARAMETERS.getOrDefault(path, path));
            // anonymous visitors to a staff screen land on the sign-in view instead
            return !_find(target).isEmpty()
                    && (target == LoginView.class || _find(LoginView.class).isEmpty());
        } catch (RuntimeException | AssertionError denied) {
            lastOutcome = denied.getClass().getSimpleName() + ": "
                    + String.valueOf(denied.getMessage()).lines().findFirst().orElse("");
            // Karibu 2.5 reports a navigation refused by role as an error
            return false;
        }
    }

    private static Class<? extends Component> viewFor(String path) {
        return new Routes()
                .autoDiscoverViews("uk.nowrongdoor").getRoutes().stream()
                        .filter(view -> view.getAnnotation(Route.class) != null
                                && view.getAnnotation(Route.class).value().equals(path))
                        .findFirst()
                        .orElseThrow();
    }
}
