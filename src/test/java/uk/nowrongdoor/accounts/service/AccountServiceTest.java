package uk.nowrongdoor.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.accounts.domain.AccountTokenRepository;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.Staff;
import uk.nowrongdoor.testsupport.TestClock;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class AccountServiceTest {

    static final String GOOD_PASSWORD = "correct horse battery staple";
    static final Pattern LINK = Pattern.compile("set-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AccountService service;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    AccountTokenRepository tokens;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TestClock clock;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    AuthenticationManager authentication;

    @BeforeEach
    void signInAsAdmin() throws Exception {
        authentication = authenticationConfiguration.getAuthenticationManager();
        Staff.signIn(Staff.principal("admin@example.org", Set.of(AppRoles.ADMIN), Set.of()));
    }

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        tokens.deleteAll();
        accounts.deleteAll();
        events.deleteAll();
        outbox.deleteAll();
        clock.reset();
    }

    private long anyOrganisation() {
        return organisations.findAll().get(0).getId();
    }

    private AccessRequest partnerOf(long organisationId) {
        return new AccessRequest(EnumSet.of(StaffRole.PARTNER), Set.of(organisationId), false, true);
    }

    private String linkSentTo(String email) {
        List<OutboxMessage> messages = outbox.findByTo(email);
        assertThat(messages).isNotEmpty();
        var matcher = LINK.matcher(messages.get(messages.size() - 1).getBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String invitedWithPassword(String email) {
        service.invite(email, "Sam Partner", partnerOf(anyOrganisation()));
        service.setPassword(linkSentTo(email), GOOD_PASSWORD);
        return email;
    }

    private void signInAttempt(String email, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void
            an_invitation_goes_to_the_outbox_with_a_link_and_the_invited_person_cannot_sign_in_until_they_set_a_password() {
        service.invite("Sam@Example.org ", "Sam Partner", partnerOf(anyOrganisation()));

        var account = accounts.findByEmail("sam@example.org").orElseThrow();
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.getRoles()).containsExactly(StaffRole.PARTNER);
        assertThat(account.isReceivesReferrals()).isTrue();
        String token = linkSentTo("sam@example.org");
        assertThat(tokens.findAll()).allSatisfy(t -> assertThat(t.toString()).doesNotContain(token));
        assertThatThrownBy(() -> signInAttempt("sam@example.org", GOOD_PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThat(events.findAll()).extracting(e -> e.getKind()).contains(SecurityEventKind.INVITED);
    }

    @Test
    void an_invitation_link_works_once_and_then_the_person_signs_in_with_their_roles_and_organisations() {
        long org = anyOrganisation();
        service.invite("sam@example.org", "Sam Partner", partnerOf(org));
        String token = linkSentTo("sam@example.org");

        assertThat(service.emailForLink(token)).contains("sam@example.org");
        service.setPassword(token, GOOD_PASSWORD);

        assertThat(service.emailForLink(token)).isEmpty();
        assertThatThrownBy(() -> service.setPassword(token, "another long passphrase"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("expired or has already been used");
        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("sam@example.org", GOOD_PASSWORD));
        var principal = (StaffPrincipal) signedIn.getPrincipal();
        assertThat(principal.roles()).containsExactly(AppRoles.PARTNER);
        assertThat(principal.organisationIds()).containsExactly(org);
    }

    @Test
    void an_invitation_link_expires_after_seven_days() {
        service.invite("sam@example.org", "Sam Partner", partnerOf(anyOrganisation()));
        String token = linkSentTo("sam@example.org");

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(service.emailForLink(token)).isEmpty();
        assertThatThrownBy(() -> service.setPassword(token, GOOD_PASSWORD)).isInstanceOf(AccountException.class);
    }

    @Test
    void a_short_or_common_password_is_refused_and_the_link_still_works_afterwards() {
        service.invite("sam@example.org", "Sam Partner", partnerOf(anyOrganisation()));
        String token = linkSentTo("sam@example.org");

        assertThatThrownBy(() -> service.setPassword(token, "short pass"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> service.setPassword(token, "password1234"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("attackers try first");

        assertThat(service.emailForLink(token)).contains("sam@example.org");
    }

    @Test
    void forgotten_password_sends_a_link_to_an_account_and_answers_the_same_for_an_unknown_address() {
        invitedWithPassword("sam@example.org");
        outbox.deleteAll();
        Staff.signOut();

        service.requestPasswordReset("nobody@example.org");
        service.requestPasswordReset("SAM@example.org");

        assertThat(outbox.findByTo("nobody@example.org")).isEmpty();
        String token = linkSentTo("sam@example.org");
        service.setPassword(token, "a brand new passphrase");
        signInAttempt("sam@example.org", "a brand new passphrase");
    }

    @Test
    void at_most_three_reset_emails_an_hour_go_to_one_address_and_the_fourth_request_sends_nothing() {
        invitedWithPassword("sam@example.org");
        outbox.deleteAll();
        for (int i = 0; i < 4; i++) {
            service.requestPasswordReset("sam@example.org");
        }
        assertThat(outbox.findByTo("sam@example.org")).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        service.requestPasswordReset("sam@example.org");
        assertThat(outbox.findByTo("sam@example.org")).hasSize(4);
    }

    @Test
    void a_reset_link_expires_after_an_hour() {
        invitedWithPassword("sam@example.org");
        service.requestPasswordReset("sam@example.org");
        String token = linkSentTo("sam@example.org");

        clock.advance(Duration.ofMinutes(61));

        assertThat(service.emailForLink(token)).isEmpty();
    }

    @Test
    void failed_sign_ins_pause_then_lock_the_account_and_the_lock_is_released_after_fifteen_minutes() {
        invitedWithPassword("sam@example.org");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signInAttempt("sam@example.org", "wrong password!!"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // after three failures the right password is refused too, for 30 seconds
        assertThatThrownBy(() -> signInAttempt("sam@example.org", GOOD_PASSWORD))
                .isInstanceOf(LockedException.class);
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> signInAttempt("sam@example.org", "wrong password!!"))
                .isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> signInAttempt("sam@example.org", "wrong password!!"))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(events.findAll()).extracting(e -> e.getKind()).contains(SecurityEventKind.LOCKED_OUT);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signInAttempt("sam@example.org", GOOD_PASSWORD))
                .isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(2));
        signInAttempt("sam@example.org", GOOD_PASSWORD);
        assertThat(accounts.findByEmail("sam@example.org").orElseThrow().getFailedSignIns())
                .isZero();
    }

    @Test
    void an_admin_can_unlock_a_locked_account_at_once() {
        invitedWithPassword("sam@example.org");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            assertThatThrownBy(() -> signInAttempt("sam@example.org", "wrong password!!"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signInAttempt("sam@example.org", GOOD_PASSWORD))
                .isInstanceOf(LockedException.class);

        service.unlock(accounts.findByEmail("sam@example.org").orElseThrow().getId());

        signInAttempt("sam@example.org", GOOD_PASSWORD);
    }

    @Test
    void a_failed_sign_in_with_an_unknown_name_is_audited_without_the_name_typed() {
        assertThatThrownBy(() -> signInAttempt("my-secret-password", "whatever"))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(events.findAll()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(SecurityEventKind.SIGN_IN_FAILED);
            assertThat(e.getAccountEmail()).isNull();
            assertThat(e.getDetail()).doesNotContain("my-secret-password");
        });
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_links_stop_working() {
        invitedWithPassword("sam@example.org");
        service.requestPasswordReset("sam@example.org");
        String token = linkSentTo("sam@example.org");
        long id = accounts.findByEmail("sam@example.org").orElseThrow().getId();

        service.setEnabled(id, false);

        assertThatThrownBy(() -> signInAttempt("sam@example.org", GOOD_PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThat(service.emailForLink(token)).isEmpty();
    }

    @Test
    void the_first_admin_link_is_made_only_while_no_admin_can_sign_in_and_a_new_one_replaces_the_old() {
        String first = service.firstAdminLink("Owner@Example.org").orElseThrow();
        String second = service.firstAdminLink("owner@example.org").orElseThrow();
        String firstToken = first.substring(first.indexOf("token=") + 6);
        String secondToken = second.substring(second.indexOf("token=") + 6);

        assertThat(service.emailForLink(firstToken)).isEmpty();
        service.setPassword(secondToken, GOOD_PASSWORD);

        assertThat(service.firstAdminLink("owner@example.org")).isEmpty();
        var admin = (StaffPrincipal) authentication
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("owner@example.org", GOOD_PASSWORD))
                .getPrincipal();
        assertThat(admin.roles()).containsExactly(AppRoles.ADMIN);
    }

    @Test
    void a_first_admin_link_expires_after_a_day() {
        String link = service.firstAdminLink("owner@example.org").orElseThrow();
        clock.advance(Duration.ofHours(25));
        assertThat(service.emailForLink(link.substring(link.indexOf("token=") + 6)))
                .isEmpty();
    }

    @Test
    void a_partner_editor_must_have_an_organisation_and_an_account_must_have_a_role() {
        assertThatThrownBy(() -> service.invite(
                        "sam@example.org",
                        "Sam",
                        new AccessRequest(EnumSet.of(StaffRole.PARTNER), Set.of(), false, false)))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least one organisation");
        assertThatThrownBy(() ->
                        service.invite("sam@example.org", "Sam", new AccessRequest(Set.of(), Set.of(), false, false)))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least one role");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void the_same_address_cannot_be_invited_twice() {
        service.invite("sam@example.org", "Sam", partnerOf(anyOrganisation()));
        assertThatThrownBy(() -> service.invite("SAM@example.org", "Sam again", partnerOf(anyOrganisation())))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("already has an account");
    }

    @Test
    void a_change_of_roles_is_audited_with_who_made_it() {
        service.invite("sam@example.org", "Sam", partnerOf(anyOrganisation()));
        long id = accounts.findByEmail("sam@example.org").orElseThrow().getId();

        service.changeAccess(id, new AccessRequest(EnumSet.of(StaffRole.COMPLAINTS_LEAD), Set.of(), true, false));

        var account = accounts.findByEmail("sam@example.org").orElseThrow();
        assertThat(account.getRoles()).containsExactly(StaffRole.COMPLAINTS_LEAD);
        assertThat(account.isPartnershipWide()).isTrue();
        assertThat(account.isReceivesReferrals()).isFalse();
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.ACCESS_CHANGED)
                .singleElement()
                .satisfies(e -> assertThat(e.getActorEmail()).isEqualTo("admin@example.org"));
    }

    @Test
    void only_admins_may_invite_change_access_or_read_the_audit() {
        long org = anyOrganisation();
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, org));
        assertThatThrownBy(() -> service.invite("x@example.org", "X", partnerOf(org)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeAccess(1L, partnerOf(org))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recentSecurityEvents()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.listAccounts()).isInstanceOf(AccessDeniedException.class);

        Staff.signIn(Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        assertThatThrownBy(() -> service.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.unlock(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.signOutEverywhere(1L)).isInstanceOf(AccessDeniedException.class);

        Staff.signOut();
        assertThatThrownBy(() -> service.listAccounts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
