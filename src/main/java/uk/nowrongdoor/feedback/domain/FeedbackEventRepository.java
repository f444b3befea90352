package uk.nowrongdoor.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackEventRepository extends JpaRepository<FeedbackEvent, Long> {

    List<FeedbackEvent> findByFeedbackIdOrderByOccurredAtAscIdAsc(Long feedbackId);
}
