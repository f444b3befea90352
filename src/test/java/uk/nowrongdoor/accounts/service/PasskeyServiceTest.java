package uk.nowrongdoor.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.SecuritySettingRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.Passkeys;
import uk.nowrongdoor.testsupport.Staff;

/** The passkeys service: a person's own passkeys, and "Require a passkey for admins and complaints leads". */
@SpringBootTest
@ActiveProfiles("test")
class PasskeyServiceTest {

    @Autowired
    PasskeyService service;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    SecuritySettingRepository settings;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    JdbcTemplate jdbc;

    final StaffPrincipal admin = Staff.principal("admin@example.org", Set.of(AppRoles.ADMIN), Set.of());
    final StaffPrincipal lead = Staff.principal("lead@example.org", Set.of(AppRoles.COMPLAINTS_LEAD), Set.of());
    final StaffPrincipal partner = Staff.principal("partner@example.org", Set.of(AppRoles.PARTNER), Set.of(1L));
    final StaffPrincipal coordinator =
            Staff.principal("coordinator@example.org", Set.of(AppRoles.COORDINATOR), Set.of());

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        Passkeys.removeAll(jdbc);
        settings.deleteAll();
        events.deleteAll();
    }

    private String give(StaffPrincipal staff, String label) {
        return Passkeys.give(userEntities, credentials, staff.email(), label, Instant.now(), null);
    }

    private void setRequired(boolean required) {
        Staff.signIn(admin);
        service.setPasskeyRequired(required);
        Staff.signOut();
    }

    @Test
    void an_admin_turns_require_a_passkey_on_and_off_and_each_change_is_audited() {
        Staff.signIn(admin);
        assertThat(service.passkeyRequired()).isFalse();

        service.setPasskeyRequired(true);
        assertThat(service.passkeyRequired()).isTrue();
        service.setPasskeyRequired(false);

        assertThat(service.passkeyRequired()).isFalse();
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.SETTING_CHANGED)
                .extracting(SecurityEvent::getActorEmail, SecurityEvent::getDetail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "admin@example.org", "Require a passkey for admins and complaints leads: on"),
                        org.assertj.core.groups.Tuple.tuple(
                                "admin@example.org", "Require a passkey for admins and complaints leads: off"));
    }

    @Test
    void a_complaints_lead_a_partner_and_a_coordinator_cannot_change_the_setting() {
        for (StaffPrincipal notAdmin : new StaffPrincipal[] {lead, partner, coordinator}) {
            Staff.signIn(notAdmin);
            assertThatThrownBy(() -> service.setPasskeyRequired(true))
                    .as(notAdmin.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(service.passkeyRequired()).isFalse();
        }
        Staff.signOut();
        assertThatThrownBy(() -> service.setPasskeyRequired(true)).isInstanceOf(RuntimeException.class);
        assertThat(settings.findAll()).isEmpty();
    }

    @Test
    void with_the_setting_off_nobody_must_add_or_use_a_passkey() {
        give(lead, "Phone");
        assertThat(service.mustAddPasskey(admin)).isFalse();
        assertThat(service.mustUsePasskey(lead)).isFalse();
    }

    @Test
    void with_the_setting_on_admins_and_leads_without_a_passkey_must_add_one_and_partners_and_coordinators_need_not() {
        setRequired(true);
        assertThat(service.mustAddPasskey(admin)).isTrue();
        assertThat(service.mustAddPasskey(lead)).isTrue();
        assertThat(service.mustAddPasskey(partner)).isFalse();
        assertThat(service.mustAddPasskey(coordinator)).isFalse();
        assertThat(service.mustUsePasskey(admin)).isFalse();
    }

    @Test
    void with_the_setting_on_a_lead_with_a_passkey_must_use_it_and_need_not_add_another() {
        give(lead, "Phone");
        give(partner, "Laptop");
        setRequired(true);
        assertThat(service.mustUsePasskey(lead)).isTrue();
        assertThat(service.mustAddPasskey(lead)).isFalse();
        assertThat(service.mustUsePasskey(partner)).isFalse();
    }

    @Test
    void a_member_of_staff_sees_and_removes_only_their_own_passkeys_and_removal_is_audited() {
        String mine = give(partner, "My phone");
        String theirs = give(lead, "Lead's phone");
        Staff.signIn(partner);

        assertThat(service.myPasskeys()).extracting(PasskeySummary::label).containsExactly("My phone");
        assertThatThrownBy(() -> service.removeMyPasskey(theirs)).isInstanceOf(AccessDeniedException.class);
        service.removeMyPasskey(mine);

        assertThat(service.myPasskeys()).isEmpty();
        assertThat(credentials.findByCredentialId(
                        org.springframework.security.web.webauthn.api.Bytes.fromBase64(theirs)))
                .isNotNull();
        assertThat(events.findAll())
                .extracting(SecurityEvent::getKind, SecurityEvent::getAccountEmail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(SecurityEventKind.PASSKEY_REMOVED, "partner@example.org"));
    }

    @Test
    void someone_not_signed_in_cannot_list_passkeys() {
        assertThatThrownBy(() -> service.myPasskeys()).isInstanceOf(RuntimeException.class);
    }
}
