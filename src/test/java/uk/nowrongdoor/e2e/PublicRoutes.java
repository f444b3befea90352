package uk.nowrongdoor.e2e;

import java.util.List;

/** Every page a member of the public can open without signing in. */
final class PublicRoutes {

    /** Vaadin routes, including a search, a listing with contact details and the staff sign-in page. */
    static final List<String> VAADIN = List.of(
            "/",
            "/?q=crisis+cafe",
            "/?q=I+want+to+end+my+life",
            "/?q=xqzvbnmw+in+Rugby",
            "/listing/" + BrowserTest.FIXTURE_SLUG,
            "/listing/samaritans-helpline",
            "/suggest-edit/" + BrowserTest.FIXTURE_SLUG,
            "/pages/about",
            "/pages/privacy",
            "/pages/accessibility",
            "/pages/staying-safe-online",
            "/refer/rethink-self-referral-support",
            "/referral-status",
            "/feedback",
            "/feedback-status",
            "/login",
            "/account/forgot-password",
            "/account/set-password?token=not-a-real-link");

    /** Static pages served outside Vaadin. */
    static final List<String> STATIC = List.of("/offline.html");

    private PublicRoutes() {}

    static List<String> all() {
        return java.util.stream.Stream.concat(VAADIN.stream(), STATIC.stream()).toList();
    }
}
