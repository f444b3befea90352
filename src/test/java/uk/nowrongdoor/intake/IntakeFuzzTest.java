package uk.nowrongdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.referral.service.ReferralService;

/**
 * Throws every nasty input at every text property of both form beans, straight at the services (as a tampered
 * browser could): each submission is either stored clean or refused with a message; nothing else happens.
 */
@SpringBootTest
@ActiveProfiles("test")
class IntakeFuzzTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void theListingsOrganisationHasAReceivingTeam() {
        uk.nowrongdoor.testsupport.ReceivingTeams.ensure(
                context, uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION);
    }

    @Autowired
    ReferralService referralService;

    @Autowired
    FeedbackService feedbackService;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    EqualityMonitoringRepository equality;

    @Autowired
    OutboxMessageRepository outbox;

    @AfterEach
    void cleanUp() {
        referrals.deleteAll();
        feedback.deleteAll();
        equality.deleteAll();
        outbox.deleteAll();
    }

    @Test
    void every_self_referral_field_survives_nasty_input_without_a_server_error() {
        fuzz(
                ReferralFixtures::validRequest,
                r -> referralService.submitSelfReferral(ReferralFixtures.ACCEPTING, r, "fuzz-" + UUID.randomUUID()));
        referrals.findAll().forEach(IntakeFuzzTest::assertClean);
    }

    @Test
    void every_feedback_field_survives_nasty_input_without_a_server_error() {
        fuzz(
                () -> FeedbackFixtures.namedComplaint("fuzz@example.com"),
                r -> feedbackService.submitFeedback(r, "fuzz-" + UUID.randomUUID()));
        feedback.findAll().forEach(IntakeFuzzTest::assertClean);
        outbox.findAll().forEach(IntakeFuzzTest::assertClean);
    }

    private static <T> void fuzz(Supplier<T> valid, Function<T, Receipt> submit) {
        List<Method> setters = Arrays.stream(valid.get().getClass().getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getParameterTypes().length == 1)
                .filter(m -> m.getParameterTypes()[0] == String.class)
                .toList();
        assertThat(setters).hasSizeGreaterThan(5);
        int stored = 0;
        int refused = 0;
        for (Method setter : setters) {
            for (String input : NastyInput.ALL) {
                T request = valid.get();
                try {
                    setter.invoke(request, input);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                try {
                    assertThat(submit.apply(request).reference()).startsWith("NWD-");
                    stored++;
                } catch (UserFacingException expected) {
                    refused++;
                } catch (RuntimeException e) {
                    fail(setter.getName() + " with input of length " + input.length() + " gave " + e, e);
                }
            }
        }
        assertThat(stored).isPositive();
        assertThat(refused).isPositive();
    }

    /** Every stored text property is free of control characters; markup is kept as typed (shown as text). */
    private static void assertClean(Object entity) {
        for (Method getter : entity.getClass().getMethods()) {
            if (getter.getParameterCount() == 0
                    && getter.getReturnType() == String.class
                    && getter.getName().startsWith("get")) {
                try {
                    String value = (String) getter.invoke(entity);
                    if (value != null) {
                        assertThat(NastyInput.hasControlCharacters(value))
                                .as(getter.getName())
                                .isFalse();
                        assertThat(value).as(getter.getName()).doesNotContain("\u202E");
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
