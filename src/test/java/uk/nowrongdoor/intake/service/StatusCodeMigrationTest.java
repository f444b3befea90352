package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.referral.service.ReferralService;

/** Migration V8 turns the plain SHA-256 hashes of the first release into HMACs; people's codes keep working. */
@SpringBootTest
@ActiveProfiles("test")
class StatusCodeMigrationTest {

    @Autowired
    StatusCodeMigration migration;

    @Autowired
    ReferralService referralService;

    @Autowired
    FeedbackService feedbackService;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @AfterEach
    void cleanUp() {
        referrals.deleteAll();
        feedback.deleteAll();
        rateLimiter.reset();
    }

    @Test
    void codes_stored_by_the_first_release_still_open_their_status_after_the_migration() throws Exception {
        var referral = referralService.submitSelfReferral(
                ReferralFixtures.ACCEPTING, ReferralFixtures.validRequest(), "192.0.2.70");
        var item = feedbackService.submitFeedback(FeedbackFixtures.anonymousCompliment(), "192.0.2.71");
        String referralCode = Objects.requireNonNull(referral.statusCode());
        String feedbackCode = Objects.requireNonNull(item.statusCode());
        // as the first release stored them
        jdbc.update(
                "update self_referral set status_code_hash = ? where reference = ?",
                References.legacyHash(referralCode),
                referral.reference());
        jdbc.update(
                "update feedback set status_code_hash = ? where reference = ?",
                References.legacyHash(feedbackCode),
                item.reference());
        assertThat(referralService.checkStatus(referral.reference(), referralCode, "192.0.2.72"))
                .isEmpty();

        try (var connection = dataSource.getConnection()) {
            migration.convert(connection);
        }

        assertThat(referralService.checkStatus(referral.reference(), referralCode, "192.0.2.72"))
                .isPresent();
        assertThat(feedbackService.checkStatus(item.reference(), feedbackCode, "192.0.2.72"))
                .isPresent();
        assertThat(jdbc.queryForObject(
                        "select status_code_hash from self_referral where reference = ?",
                        String.class,
                        referral.reference()))
                .isNotEqualTo(References.legacyHash(referralCode));
    }

    @Test
    void flyway_runs_the_conversion_as_version_8() {
        assertThat(flyway.info().applied())
                .filteredOn(m -> "8".equals(m.getVersion().getVersion()))
                .extracting(m -> m.getDescription())
                .containsExactly("status codes as HMAC");
    }
}
