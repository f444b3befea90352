package uk.nowrongdoor.accounts.service;

import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.security.StaffPrincipal;

/** Loads staff accounts from the database for Spring Security's sign-in. */
@Service
@Transactional(readOnly = true)
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(StaffAccount.normaliseEmail(username))
                .map(account -> principalOf(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static StaffPrincipal principalOf(StaffAccount account, Clock clock) {
        return new StaffPrincipal(
                java.util.Objects.requireNonNull(account.getId()),
                account.getEmail(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.getRoles().stream().map(StaffRole::authority).collect(Collectors.toSet()),
                account.getOrganisations().stream()
                        .map(org -> java.util.Objects.requireNonNull(org.getId()))
                        .collect(Collectors.toSet()),
                account.isPartnershipWide(),
                account.isEnabled(),
                account.isLockedAt(clock.instant()));
    }
}
