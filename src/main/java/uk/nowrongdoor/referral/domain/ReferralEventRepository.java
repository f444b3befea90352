package uk.nowrongdoor.referral.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {

    List<ReferralEvent> findByReferralIdOrderByOccurredAtAscIdAsc(Long referralId);

    @Query("select e from ReferralEvent e join fetch e.referral r left join fetch r.organisation"
            + " where e.kind in :kinds order by e.occurredAt desc, e.id desc limit 200")
    List<ReferralEvent> latestOfKinds(Collection<ReferralEventKind> kinds);

    @Modifying
    @Query("delete from ReferralEvent e where e.referral.id in :referralIds")
    int deleteByReferralIds(Collection<Long> referralIds);
}
