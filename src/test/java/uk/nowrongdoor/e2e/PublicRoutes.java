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

    /** The server-rendered basic pages (issue 14): no JavaScript needed. */
    static final List<String> BASIC = List.of(
            "/basic/search",
            "/basic/search?q=crisis+cafe",
            "/basic/search?q=I+want+to+end+my+life",
            "/basic/search?q=xqzvbnmw+in+Rugby",
            "/basic/search?category=safe-haven&when=tonight&free=yes",
            "/basic/listing/" + BrowserTest.FIXTURE_SLUG,
            "/basic/listing/samaritans-helpline",
            "/basic/suggest-edit/" + BrowserTest.FIXTURE_SLUG,
            "/basic/pages/about",
            "/basic/pages/privacy",
            "/basic/pages/accessibility",
            "/basic/pages/staying-safe-online",
            "/basic/help");

    /** Static pages served outside Vaadin. */
    static final List<String> STATIC = List.of("/offline.html");

    private PublicRoutes() {}

    static List<String> all() {
        return java.util.stream.Stream.of(VAADIN, STATIC, BASIC)
                .flatMap(List::stream)
                .toList();
    }
}
