package uk.nowrongdoor.accounts.service;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;

/**
 * Where passkeys live: Spring Security's JDBC repositories on the V28 tables. A passkey added through Spring's
 * registration endpoint is written to the sign-in audit here (its label is not: it is free text).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyStore {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(
            JdbcOperations jdbc,
            PublicKeyCredentialUserEntityRepository userEntities,
            SecurityEventRepository events,
            Clock clock) {
        return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), userEntities, events, clock);
    }

    /** Records a new passkey in the audit; sign-ins only update an existing record (counter, last used). */
    static final class AuditedCredentials implements UserCredentialRepository {

        private final UserCredentialRepository store;
        private final PublicKeyCredentialUserEntityRepository userEntities;
        private final SecurityEventRepository events;
        private final Clock clock;

        AuditedCredentials(
                UserCredentialRepository store,
                PublicKeyCredentialUserEntityRepository userEntities,
                SecurityEventRepository events,
                Clock clock) {
            this.store = store;
            this.userEntities = userEntities;
            this.events = events;
            this.clock = clock;
        }

        @Override
        public void delete(Bytes credentialId) {
            store.delete(credentialId);
        }

        @Override
        public void save(CredentialRecord credentialRecord) {
            boolean added = store.findByCredentialId(credentialRecord.getCredentialId()) == null;
            store.save(credentialRecord);
            if (added) {
                @Nullable
                PublicKeyCredentialUserEntity user = userEntities.findById(credentialRecord.getUserEntityUserId());
                events.save(new SecurityEvent(
                        clock.instant(),
                        SecurityEventKind.PASSKEY_ADDED,
                        user == null ? null : user.getName(),
                        user == null ? null : user.getName(),
                        null,
                        "Passkey added"));
            }
        }

        @Override
        public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
            return store.findByCredentialId(credentialId);
        }

        @Override
        public List<CredentialRecord> findByUserId(Bytes userId) {
            return store.findByUserId(userId);
        }
    }
}
