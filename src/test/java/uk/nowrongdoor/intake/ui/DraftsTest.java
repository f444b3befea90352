package uk.nowrongdoor.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackRequest;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.referral.service.SelfReferralRequest;

class DraftsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_restored_referral_draft_keeps_every_answer_and_the_idempotency_key() throws Exception {
        var typed = ReferralFixtures.validRequest();
        var restored = Drafts.readInto(new SelfReferralRequest(), json.writeValueAsString(typed));

        assertThat(restored.getIdempotencyKey()).isEqualTo(typed.getIdempotencyKey());
        assertThat(restored).usingRecursiveComparison().isEqualTo(typed);
    }

    @Test
    void a_restored_feedback_draft_keeps_the_subject_and_equality_answers() throws Exception {
        var typed = FeedbackFixtures.namedComplaint("a@example.com");
        typed.setGender(Gender.PREFER_NOT_TO_SAY);
        var restored = Drafts.readInto(new FeedbackRequest(), json.writeValueAsString(typed));

        assertThat(restored).usingRecursiveComparison().isEqualTo(typed);
    }

    @Test
    void a_damaged_draft_is_ignored() {
        var fresh = new FeedbackRequest();
        String key = fresh.getIdempotencyKey();
        assertThat(Drafts.readInto(fresh, "{not json").getIdempotencyKey()).isEqualTo(key);
    }
}
