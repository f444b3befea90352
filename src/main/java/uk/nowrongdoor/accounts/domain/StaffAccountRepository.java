package uk.nowrongdoor.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByEmail(String email);

    List<StaffAccount> findAllByOrderByDisplayNameAsc();

    @Query("select count(a) > 0 from StaffAccount a join a.roles r"
            + " where r = uk.nowrongdoor.accounts.domain.StaffRole.ADMIN and a.enabled = true"
            + " and a.passwordHash is not null")
    boolean existsUsableAdmin();

    @Query("select distinct a from StaffAccount a join a.roles r join a.organisations o"
            + " where r = uk.nowrongdoor.accounts.domain.StaffRole.PARTNER and a.enabled = true"
            + " and a.receivesReferrals = true and o.id = :organisationId")
    List<StaffAccount> findReceivingTeam(Long organisationId);

    @Query("select distinct a from StaffAccount a join a.roles r join a.organisations o"
            + " where r = uk.nowrongdoor.accounts.domain.StaffRole.PARTNER and a.enabled = true"
            + " and o.id = :organisationId")
    List<StaffAccount> findPartnersOf(Long organisationId);

    @Query("select distinct a from StaffAccount a join a.roles r where r = :role and a.enabled = true")
    List<StaffAccount> findEnabledWithRole(StaffRole role);

    @Query("select distinct o.id from StaffAccount a join a.roles r join a.organisations o"
            + " where r = :role and a.enabled = true")
    List<Long> findOrganisationIdsWithRole(StaffRole role);
}
