package uk.nowrongdoor.testsupport;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Stored passkeys for service and UI tests (the HTTP tests make real ones with {@link SoftwareAuthenticator}). */
public final class Passkeys {

    private Passkeys() {}

    /** Gives the account with this email address a stored passkey; returns its credential id (base64url). */
    public static String give(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            String email,
            String label,
            Instant created,
            @Nullable Instant lastUsed) {
        var user = userEntities.findByUsername(email);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder()
                    .name(email)
                    .id(Bytes.random())
                    .displayName(email)
                    .build();
            userEntities.save(user);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(id)
                .userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .backupEligible(false)
                .backupState(false)
                .created(created)
                .lastUsed(lastUsed)
                .label(label)
                .build());
        return id.toBase64UrlString();
    }

    public static void removeAll(JdbcTemplate jdbc) {
        jdbc.update("delete from user_credentials");
        jdbc.update("delete from user_entities");
    }
}
