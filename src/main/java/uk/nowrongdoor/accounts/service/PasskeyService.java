package uk.nowrongdoor.accounts.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.SecuritySetting;
import uk.nowrongdoor.accounts.domain.SecuritySettingRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.PasskeyPolicy;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * A person's own passkeys (see, remove; adding goes through Spring Security's registration endpoint from the passkeys
 * screen) and the admin setting "Require a passkey for admins and complaints leads", which this class also enforces
 * as the {@link PasskeyPolicy}.
 */
@Service
@Transactional
public class PasskeyService implements PasskeyPolicy {

    /** The longest label a passkey may have. */
    public static final int LABEL_MAX = 60;

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final SecuritySettingRepository settings;
    private final SecurityEventRepository events;
    private final Clock clock;

    PasskeyService(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            SecuritySettingRepository settings,
            SecurityEventRepository events,
            Clock clock) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's passkeys, newest first. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR})
    @Transactional(readOnly = true)
    public List<PasskeySummary> myPasskeys() {
        return recordsOf(CurrentUser.require().email()).stream()
                .map(r -> new PasskeySummary(
                        r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed()))
                .sorted(Comparator.comparing(PasskeySummary::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Removes one of the signed-in person's own passkeys; anyone else's is refused. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR})
    public void removeMyPasskey(String credentialId) {
        StaffPrincipal staff = CurrentUser.require();
        Bytes id = Bytes.fromBase64(credentialId);
        @Nullable CredentialRecord record = credentials.findByCredentialId(id);
        @Nullable PublicKeyCredentialUserEntity user = userEntities.findByUsername(staff.email());
        if (record == null || user == null || !record.getUserEntityUserId().equals(user.getId())) {
            throw new AccessDeniedException("Not one of your passkeys");
        }
        credentials.delete(id);
        events.save(new SecurityEvent(
                clock.instant(),
                SecurityEventKind.PASSKEY_REMOVED,
                staff.email(),
                staff.email(),
                null,
                "Passkey removed"));
    }

    /** Whether "Require a passkey for admins and complaints leads" is on; every member of staff may read it. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR})
    @Transactional(readOnly = true)
    public boolean passkeyRequired() {
        return required();
    }

    /** Turns "Require a passkey for admins and complaints leads" on or off: admins only, recorded in the audit. */
    @RolesAllowed(AppRoles.ADMIN)
    public void setPasskeyRequired(boolean required) {
        StaffPrincipal admin = CurrentUser.require();
        if (!admin.hasRole(AppRoles.ADMIN)) {
            throw new AccessDeniedException("Admins only");
        }
        var setting = settings.findById(SecuritySetting.REQUIRE_PASSKEY)
                .orElseGet(() -> new SecuritySetting(SecuritySetting.REQUIRE_PASSKEY));
        if (setting.isEnabled() == required && setting.getChangedAt() != null) {
            return;
        }
        setting.change(required, clock.instant(), admin.email());
        settings.save(setting);
        events.save(new SecurityEvent(
                clock.instant(),
                SecurityEventKind.SETTING_CHANGED,
                null,
                admin.email(),
                null,
                "Require a passkey for admins and complaints leads: " + (required ? "on" : "off")));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mustAddPasskey(StaffPrincipal staff) {
        return coveredByRule(staff) && required() && recordsOf(staff.email()).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mustUsePasskey(StaffPrincipal staff) {
        return coveredByRule(staff) && required() && !recordsOf(staff.email()).isEmpty();
    }

    private static boolean coveredByRule(StaffPrincipal staff) {
        return staff.hasRole(AppRoles.ADMIN) || staff.hasRole(AppRoles.COMPLAINTS_LEAD);
    }

    private boolean required() {
        return settings.findById(SecuritySetting.REQUIRE_PASSKEY)
                .map(SecuritySetting::isEnabled)
                .orElse(false);
    }

    private List<CredentialRecord> recordsOf(String email) {
        @Nullable PublicKeyCredentialUserEntity user = userEntities.findByUsername(email);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }
}
