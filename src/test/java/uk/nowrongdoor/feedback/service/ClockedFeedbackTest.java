package uk.nowrongdoor.feedback.service;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.PrivacyLogRepository;
import uk.nowrongdoor.testsupport.Staff;
import uk.nowrongdoor.testsupport.TestClock;

/**
 * What the tests that move the test clock across a feedback period share (retention, erasure hold): the services,
 * the stored feedback and privacy log, and the clean-up after each test (signed out, clock back, fixtures gone).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
abstract class ClockedFeedbackTest {

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TriageService triage;

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    PrivacyLogRepository privacyLog;

    @Autowired
    TestClock clock;

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        clock.reset();
        fixtures.forgetAll();
    }
}
