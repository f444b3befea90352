package uk.nowrongdoor.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys ({@code nwd.webauthn.*}). The relying party id is the site's host name (no scheme, no port); the allowed
 * origins are the full addresses staff open the site at. A passkey works only at the host it was made for.
 */
@ConfigurationProperties("nwd.webauthn")
public record WebAuthnProperties(
        @DefaultValue("localhost") String rpId,
        @DefaultValue("No Wrong Door") String rpName,
        @DefaultValue("http://localhost:8080") Set<String> allowedOrigins) {}
