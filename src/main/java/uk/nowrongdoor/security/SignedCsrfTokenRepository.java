package uk.nowrongdoor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens for the basic pages that need no session and so no cookie: a token is its expiry time and a random
 * nonce signed with a server key (HMAC-SHA256), checked when a form comes back. (The nonce makes every token new, so a
 * refused request can never match the fresh token the CSRF filter makes in its place.) A form sent from another site is refused as well: browsers
 * say so in {@code Sec-Fetch-Site}. The basic pages give no one a signed-in identity (their chain keeps no security
 * context), so a forged post could do no more than the visitor could do themselves; the token and the header check
 * keep the basic forms to the pages that served them, as Spring Security's usual token does for the Vaadin forms.
 */
final class SignedCsrfTokenRepository implements CsrfTokenRepository {

    static final String PARAMETER = "_csrf";
    static final String HEADER = "X-CSRF-TOKEN";
    static final Duration LIFETIME = Duration.ofHours(2);

    private final byte[] key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignedCsrfTokenRepository(@Nullable String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.clock = clock;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = expires + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return new DefaultCsrfToken(HEADER, PARAMETER, payload + "." + sign(payload));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        // nothing to keep: the token carries its own proof
    }

    /**
     * The token the form brought back when it is ours and still valid, so that the CSRF filter finds it equal to the
     * one sent; otherwise none, and the filter refuses the request.
     */
    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return null;
        }
        String sent = request.getParameter(PARAMETER);
        if (sent == null) {
            sent = request.getHeader(HEADER);
        }
        return sent != null && isValid(sent) ? new DefaultCsrfToken(HEADER, PARAMETER, sent) : null;
    }

    boolean isValid(String token) {
        int dot = token.indexOf('.');
        int last = token.lastIndexOf('.');
        if (dot <= 0 || dot > 19 || last == dot) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (expires < clock.instant().getEpochSecond()
                || expires > clock.instant().plus(LIFETIME).getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(token.substring(0, last)).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(("nwd-basic-form:" + payload).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
