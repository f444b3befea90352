package uk.nowrongdoor.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.AccountToken;
import uk.nowrongdoor.accounts.domain.AccountTokenRepository;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.domain.TokenPurpose;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Staff accounts: invitations, set-password links (first admin, invitation, forgotten password), roles and
 * organisations, disabling, unlocking and signing out everywhere. Every change is written to the sign-in audit.
 */
@Service
@Transactional
public class AccountService {

    public static final String SET_PASSWORD_PATH = "account/set-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final SecurityEventRepository events;
    private final OrganisationRepository organisations;
    private final OutboxService outbox;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SessionRegistry sessions;
    private final AccountProperties properties;
    private final Clock clock;
    private final String publicUrl;

    AccountService(
            StaffAccountRepository accounts,
            AccountTokenRepository tokens,
            SecurityEventRepository events,
            OrganisationRepository organisations,
            OutboxService outbox,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SessionRegistry sessions,
            AccountProperties properties,
            Clock clock,
            @Value("${nwd.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.organisations = organisations;
        this.outbox = outbox;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    // ---- admin: users ----

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        Instant now = clock.instant();
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(account -> summary(account, now))
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationChoices() {
        return organisations.findAll().stream()
                .map(org -> new OrganisationChoice(id(org), org.getName()))
                .sorted(Comparator.comparing(OrganisationChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Creates an account without a password and sends (through the outbox) a single-use link to set one. Returns the
     * new account's id.
     */
    @RolesAllowed(AppRoles.ADMIN)
    public long invite(String email, String displayName, AccessRequest access) {
        String address = StaffAccount.normaliseEmail(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > StaffAccount.EMAIL_MAX) {
            throw new AccountException("Enter an email address in the right format, like name@example.org");
        }
        if (displayName.isBlank() || displayName.length() > StaffAccount.NAME_MAX) {
            throw new AccountException("Enter the person's name (at most " + StaffAccount.NAME_MAX + " characters)");
        }
        if (accounts.findByEmail(address).isPresent()) {
            throw new AccountException("Someone already has an account with this email address");
        }
        var account = new StaffAccount(address, displayName.strip(), clock.instant());
        applyAccess(account, access);
        accounts.save(account);
        String link = issueLink(account, TokenPurpose.INVITATION, properties.invitationValidity());
        outbox.queueSignInLink(
                address,
                "No Wrong Door: you are invited to a staff account",
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "You have been given a staff account on No Wrong Door (" + describe(access) + ").\n\n"
                        + "Choose your password here. The link works once and expires in "
                        + words(properties.invitationValidity()) + ":\n" + link + "\n\n"
                        + "If you did not expect this, ignore this email.\n");
        audit(SecurityEventKind.INVITED, address, describe(access));
        return id(account);
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void changeAccess(long accountId, AccessRequest access) {
        StaffAccount account = find(accountId);
        StaffPrincipal me = CurrentUser.require();
        if (me.accountId() == accountId && !access.roles().contains(StaffRole.ADMIN)) {
            throw new AccountException("You cannot remove your own admin role. Ask another admin.");
        }
        applyAccess(account, access);
        audit(SecurityEventKind.ACCESS_CHANGED, account.getEmail(), describe(access));
        // their open sessions still carry the old roles: they sign in again to pick up the new ones
        expireSessions(accountId);
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void setEnabled(long accountId, boolean enabled) {
        StaffAccount account = find(accountId);
        if (!enabled && CurrentUser.require().accountId() == accountId) {
            throw new AccountException("You cannot disable your own account.");
        }
        account.setEnabled(enabled);
        audit(enabled ? SecurityEventKind.ENABLED : SecurityEventKind.DISABLED, account.getEmail(), null);
        if (!enabled) {
            expireSessions(accountId);
        }
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void unlock(long accountId) {
        StaffAccount account = find(accountId);
        account.unlock();
        audit(SecurityEventKind.UNLOCKED, account.getEmail(), null);
    }

    /** Ends every session of the account (a lost phone, a shared computer). */
    @RolesAllowed(AppRoles.ADMIN)
    public void signOutEverywhere(long accountId) {
        StaffAccount account = find(accountId);
        expireSessions(accountId);
        audit(SecurityEventKind.SIGN_OUT_EVERYWHERE, account.getEmail(), null);
    }

    /** The signed-in person ends all of their own sessions, this one included. */
    @PermitAll
    public void signMeOutEverywhere() {
        StaffPrincipal me = CurrentUser.require();
        expireSessions(me.accountId());
        audit(SecurityEventKind.SIGN_OUT_EVERYWHERE, me.email(), null);
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEvent> recentSecurityEvents() {
        return events.findTop200ByOrderByOccurredAtDescIdDesc();
    }

    // ---- anyone: set-password links ----

    /** The address a link is for, when the link is still usable; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<String> emailForLink(String token) {
        return usableToken(token).map(t -> t.getAccount().getEmail());
    }

    /** Sets the password through a single-use link. The link is spent only when the password is accepted. */
    public void setPassword(String token, String password) {
        AccountToken link = usableToken(token)
                .orElseThrow(() ->
                        new AccountException("This link has expired or has already been used. Ask for a new one."));
        policy.problemWith(password).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        Instant now = clock.instant();
        StaffAccount account = link.getAccount();
        account.setPasswordHash(encoder.encode(password), now);
        account.unlock();
        link.markUsed(now);
        tokens.retireUnused(account, now);
        expireSessions(id(account));
        events.save(new SecurityEvent(
                now,
                SecurityEventKind.PASSWORD_SET,
                account.getEmail(),
                null,
                null,
                link.getPurpose().name()));
    }

    /**
     * "Forgotten password": when the address belongs to an enabled account, a link goes to it through the outbox.
     * The answer is the same either way, so the form never tells whether someone has an account.
     */
    public void requestPasswordReset(String email) {
        String address = StaffAccount.normaliseEmail(email);
        long lastHour = events.countByAccountEmailAndKindAndOccurredAtAfter(
                address, SecurityEventKind.RESET_REQUESTED, clock.instant().minus(Duration.ofHours(1)));
        if (lastHour >= properties.resetsPerHour()) {
            return; // the same answer on screen; the earlier links still work
        }
        accounts.findByEmail(address).filter(StaffAccount::isEnabled).ifPresent(account -> {
            String link = issueLink(account, TokenPurpose.RESET, properties.resetValidity());
            outbox.queueSignInLink(
                    address,
                    "No Wrong Door: reset your password",
                    "Someone asked to reset the password of your No Wrong Door staff account.\n\n"
                            + "Choose a new password here. The link works once and expires in "
                            + words(properties.resetValidity()) + ":\n" + link + "\n\n"
                            + "If it was not you, ignore this email: your password has not changed.\n");
            events.save(
                    new SecurityEvent(clock.instant(), SecurityEventKind.RESET_REQUESTED, address, null, null, null));
        });
    }

    // ---- first start ----

    /**
     * On a new install: makes the first admin's account from configuration when no admin can sign in yet, and returns
     * a fresh single-use link for it (older unused links stop working). Empty once an admin has a password.
     */
    Optional<String> firstAdminLink(String email) {
        if (accounts.existsUsableAdmin()) {
            return Optional.empty();
        }
        String address = StaffAccount.normaliseEmail(email);
        StaffAccount account = accounts.findByEmail(address).orElseGet(() -> {
            var created = new StaffAccount(address, "Partnership admin", clock.instant());
            created.setRoles(java.util.EnumSet.of(StaffRole.ADMIN));
            return accounts.save(created);
        });
        if (!account.hasRole(StaffRole.ADMIN)) {
            var roles = account.getRoles();
            roles.add(StaffRole.ADMIN);
            account.setRoles(roles);
        }
        account.setEnabled(true);
        String link = issueLink(account, TokenPurpose.FIRST_ADMIN, properties.firstAdminValidity());
        events.save(new SecurityEvent(clock.instant(), SecurityEventKind.FIRST_ADMIN_LINK, address, null, null, null));
        return Optional.of(link);
    }

    // ---- helpers ----

    private String issueLink(StaffAccount account, TokenPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        tokens.retireUnused(account, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new AccountToken(account, hash(token), purpose, now, now.plus(validity)));
        return publicUrl + "/" + SET_PASSWORD_PATH + "?token=" + token;
    }

    private Optional<AccountToken> usableToken(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isUsableAt(now))
                .filter(t -> t.getAccount().isEnabled());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void applyAccess(StaffAccount account, AccessRequest access) {
        if (access.roles().isEmpty()) {
            throw new AccountException("Choose at least one role");
        }
        if (access.roles().contains(StaffRole.PARTNER)
                && access.organisationIds().isEmpty()) {
            throw new AccountException("A partner editor needs at least one organisation");
        }
        var chosen = new HashSet<Organisation>(organisations.findAllById(access.organisationIds()));
        if (chosen.size() != access.organisationIds().size()) {
            throw new AccountException("One of the organisations chosen no longer exists");
        }
        account.setRoles(access.roles().isEmpty() ? java.util.EnumSet.noneOf(StaffRole.class) : access.roles());
        account.setOrganisations(chosen);
        account.setPartnershipWide(access.partnershipWide());
        account.setReceivesReferrals(
                access.receivesReferrals() && access.roles().contains(StaffRole.PARTNER));
    }

    private void expireSessions(long accountId) {
        var probe =
                new StaffPrincipal(accountId, "", "", null, java.util.Set.of(), java.util.Set.of(), false, true, false);
        sessions.getAllSessions(probe, false).forEach(SessionInformation::expireNow);
    }

    private StaffAccount find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountException("No such account"));
    }

    private void audit(SecurityEventKind kind, String accountEmail, @Nullable String detail) {
        String actor = CurrentUser.get().map(StaffPrincipal::email).orElse(null);
        events.save(new SecurityEvent(clock.instant(), kind, accountEmail, actor, null, detail));
    }

    private String describe(AccessRequest access) {
        String roles = access.roles().stream().sorted().map(StaffRole::label).collect(Collectors.joining(", "));
        String orgs = organisations.findAllById(access.organisationIds()).stream()
                .map(Organisation::getName)
                .sorted()
                .collect(Collectors.joining(", "));
        return roles + (orgs.isEmpty() ? "" : " for " + orgs) + (access.partnershipWide() ? ", whole partnership" : "");
    }

    private AccountSummary summary(StaffAccount account, Instant now) {
        return new AccountSummary(
                id(account),
                account.getEmail(),
                account.getDisplayName(),
                account.getRoles(),
                account.getOrganisations().stream().map(AccountService::id).collect(Collectors.toSet()),
                account.getOrganisations().stream()
                        .map(Organisation::getName)
                        .sorted()
                        .collect(Collectors.joining(", ")),
                account.isPartnershipWide(),
                account.isReceivesReferrals(),
                account.isEnabled(),
                account.hasPassword(),
                account.isLockedAt(now),
                account.getLastSignInAt());
    }

    private static long id(StaffAccount account) {
        return java.util.Objects.requireNonNull(account.getId());
    }

    private static long id(Organisation organisation) {
        return java.util.Objects.requireNonNull(organisation.getId());
    }

    /** How long a "forgotten password" link works, in the words the emails use ("1 hour"). */
    public String resetLinkLifetime() {
        return words(properties.resetValidity());
    }

    private static String words(Duration duration) {
        if (duration.toDays() >= 1) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        return duration.toMinutes() + " minutes";
    }
}
