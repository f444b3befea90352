package uk.nowrongdoor.partner.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EditSuggestionRepository extends JpaRepository<EditSuggestion, Long> {

    @Query("select s from EditSuggestion s join fetch s.listing l join fetch l.organisation o"
            + " where o.id in :organisationIds order by s.createdAt desc")
    List<EditSuggestion> findForOrganisations(Collection<Long> organisationIds);

    @Query("select s from EditSuggestion s join fetch s.listing l join fetch l.organisation order by s.createdAt desc")
    List<EditSuggestion> findAllNewestFirst();
}
