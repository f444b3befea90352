package uk.nowrongdoor.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** A new link replaces older unused ones for the same account, so only the latest works. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.usedAt is null")
    int retireUnused(StaffAccount account, Instant now);
}
