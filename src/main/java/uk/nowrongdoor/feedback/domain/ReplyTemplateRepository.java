package uk.nowrongdoor.feedback.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    Optional<ReplyTemplate> findByPurpose(ReplyTemplate.Purpose purpose);
}
