package uk.nowrongdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SignedCsrfTokenRepositoryTest {

    static final Instant NOW = Instant.parse("2026-11-29T20:00:00Z");

    final SignedCsrfTokenRepository tokens =
            new SignedCsrfTokenRepository("a test secret of enough length", Clock.fixed(NOW, ZoneOffset.UTC));

    static MockHttpServletRequest posting(String token) {
        var request = new MockHttpServletRequest("POST", "/basic/suggest-edit/x");
        request.addParameter("_csrf", token);
        return request;
    }

    @Test
    void a_token_the_server_made_is_accepted_when_the_form_comes_back() {
        String token = tokens.generateToken(new MockHttpServletRequest()).getToken();

        assertThat(tokens.loadToken(posting(token))).isNotNull().satisfies(t -> assertThat(t.getToken())
                .isEqualTo(token));
    }

    @Test
    void every_token_is_new_even_within_the_same_second() {
        assertThat(tokens.generateToken(new MockHttpServletRequest()).getToken())
                .isNotEqualTo(tokens.generateToken(new MockHttpServletRequest()).getToken());
    }

    @Test
    void a_token_past_its_two_hours_is_refused() {
        String token = tokens.generateToken(new MockHttpServletRequest()).getToken();
        var later = new SignedCsrfTokenRepository(
                "a test secret of enough length", Clock.fixed(NOW.plusSeconds(2 * 3600 + 1), ZoneOffset.UTC));

        assertThat(later.loadToken(posting(token))).isNull();
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        var other = new SignedCsrfTokenRepository("another secret entirely", Clock.fixed(NOW, ZoneOffset.UTC));
        String token = other.generateToken(new MockHttpServletRequest()).getToken();

        assertThat(tokens.loadToken(posting(token))).isNull();
    }

    @Test
    void a_changed_expiry_breaks_the_signature() {
        String token = tokens.generateToken(new MockHttpServletRequest()).getToken();
        String stretched = (NOW.getEpochSecond() + 7000) + token.substring(token.indexOf('.'));

        assertThat(tokens.loadToken(posting(stretched))).isNull();
        assertThat(tokens.loadToken(posting("garbage"))).isNull();
        assertThat(tokens.loadToken(new MockHttpServletRequest("POST", "/"))).isNull();
    }

    @Test
    void a_form_sent_from_another_site_is_refused_whatever_its_token() {
        String token = tokens.generateToken(new MockHttpServletRequest()).getToken();
        var request = posting(token);
        request.addHeader("Sec-Fetch-Site", "cross-site");

        assertThat(tokens.loadToken(request)).isNull();
    }
}
