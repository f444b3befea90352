package uk.nowrongdoor.referral.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.NOT_ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.validRequest;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.InvalidSubmissionException;
import uk.nowrongdoor.intake.service.StatusLookupLimiter;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.service.SubmitOnce;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.ReferralStatus;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;

@SpringBootTest
@ActiveProfiles("test")
class ReferralServiceTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void theListingsOrganisationHasAReceivingTeam() {
        uk.nowrongdoor.testsupport.ReceivingTeams.ensure(
                context, uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION);
    }

    @Autowired
    ReferralService service;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    StatusLookupLimiter lookupLimiter;

    @Autowired
    SubmitOnce submitOnce;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void cleanUp() {
        referrals.deleteAll();
        rateLimiter.reset();
        lookupLimiter.reset();
    }

    private static String client() {
        return "198.51.100." + UUID.randomUUID();
    }

    private SelfReferral stored(String reference) {
        return tx.execute(s -> {
            var r = referrals.findByReference(reference).orElseThrow();
            r.getOrganisation().getName();
            r.getListing().getName();
            return r;
        });
    }

    @Test
    void a_valid_self_referral_is_stored_new_against_the_listings_organisation() {
        var receipt = service.submitSelfReferral(ACCEPTING, validRequest(), client());

        assertThat(receipt.reference()).matches("NWD-R-\\w{4}-\\w{4}");
        var stored = stored(receipt.reference());
        assertThat(stored.getStatus()).isEqualTo(ReferralStatus.NEW);
        assertThat(stored.getOrganisation().getName()).isEqualTo("Rethink Mental Illness");
        assertThat(stored.getListing().getSlug()).isEqualTo(ACCEPTING);
        assertThat(stored.isUrgent()).isFalse();
        assertThat(stored.isConsentToShare()).isTrue();
    }

    @Test
    void status_is_shown_only_for_the_right_reference_and_code() {
        var receipt = service.submitSelfReferral(ACCEPTING, validRequest(), client());

        var status = service.checkStatus(receipt.reference().toLowerCase(), code(receipt), client());
        assertThat(status).isPresent();
        assertThat(status.get().status()).isEqualTo("NEW");
        assertThat(status.get().toString()).doesNotContain("feeling low");
        assertThat(service.checkStatus(receipt.reference(), "WRONG2", client())).isEmpty();
        assertThat(service.checkStatus("NWD-R-AAAA-AAAA", code(receipt), client()))
                .isEmpty();
    }

    @Test
    void the_status_code_is_stored_as_an_hmac_not_as_its_plain_sha256() throws Exception {
        var receipt = service.submitSelfReferral(ACCEPTING, validRequest(), client());
        String stored = stored(receipt.reference()).getStatusCodeHash();

        String plainSha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(code(receipt).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(stored).hasSize(64).isNotEqualTo(plainSha256).doesNotContain(code(receipt));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_reference_and_keeps_the_first_code() {
        var request = validRequest();
        var first = service.submitSelfReferral(ACCEPTING, request, client());
        var retry = service.submitSelfReferral(ACCEPTING, request, client());

        assertThat(retry.reference()).isEqualTo(first.reference());
        assertThat(retry.sentBefore()).isTrue();
        assertThat(retry.statusCode()).isNull();
        assertThat(referrals.countByIdempotencyKey(request.getIdempotencyKey())).isEqualTo(1);
        assertThat(service.checkStatus(first.reference(), code(first), client()))
                .as("the code the person was first shown still works")
                .isPresent();
    }

    @Test
    void a_copy_stored_at_the_same_moment_by_another_session_gets_the_first_reference_not_an_error() {
        var request = validRequest();
        var first = service.submitSelfReferral(ACCEPTING, request, client());
        var lookups = new java.util.concurrent.atomic.AtomicInteger();

        // the other session looked before the first one committed, so its insert hits the unique key
        var receipt = submitOnce.submit(
                request.getIdempotencyKey(),
                key -> lookups.getAndIncrement() == 0
                        ? java.util.Optional.empty()
                        : referrals.findByIdempotencyKey(key),
                r -> uk.nowrongdoor.intake.service.Receipt.repeat(r.getReference(), r.isRiskIndicated(), null),
                () -> {
                    var listing = stored(first.reference()).getListing();
                    referrals.saveAndFlush(new SelfReferral(
                            "NWD-R-TEST-DUPE", "x".repeat(64), request.getIdempotencyKey(), listing, clock.instant()));
                    throw new AssertionError("the duplicate key was stored");
                });

        assertThat(receipt.reference()).isEqualTo(first.reference());
        assertThat(receipt.sentBefore()).isTrue();
        assertThat(referrals.countByIdempotencyKey(request.getIdempotencyKey())).isEqualTo(1);
    }

    @Test
    void wrong_codes_for_one_reference_pause_its_status_checks_with_a_clear_message() {
        var receipt = service.submitSelfReferral(ACCEPTING, validRequest(), client());
        for (int i = 0; i < 5; i++) {
            // from a new address each time: a per-address limit alone would not stop this
            assertThat(service.checkStatus(receipt.reference(), "WRONG" + i, client()))
                    .isEmpty();
        }

        assertThatThrownBy(() -> service.checkStatus(receipt.reference(), code(receipt), client()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("too many tries")
                .hasMessageContaining("15 minutes");
    }

    private static String code(uk.nowrongdoor.intake.service.Receipt receipt) {
        return java.util.Objects.requireNonNull(receipt.statusCode());
    }

    @Test
    void missing_answers_are_refused_with_a_message_per_field() {
        var empty = new SelfReferralRequest();

        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, empty, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKeys(
                                "forWhom", "safeNow", "helpWanted", "contactName", "contactMethod", "consentToShare"));
        assertThat(referrals.count()).isZero();
    }

    @Test
    void asking_for_someone_else_needs_their_consent() {
        var request = validRequest();
        request.setForWhom(ForWhom.SOMEONE_I_CARE_FOR);

        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKey("personConsents"));
        request.setPersonConsents(true);
        var receipt = service.submitSelfReferral(ACCEPTING, request, client());
        assertThat(stored(receipt.reference()).isPersonConsents()).isTrue();
    }

    @Test
    void the_chosen_contact_method_needs_its_details() {
        var request = validRequest();
        request.setPhone(null);
        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKey("phone"));
        request.setContactMethod(ContactMethod.EMAIL);
        request.setEmail("not an email");
        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKey("email"));
    }

    @Test
    void text_longer_than_the_entity_limit_is_refused() {
        var request = validRequest();
        request.setHelpWanted("a".repeat(SelfReferral.HELP_MAX + 1));
        request.setContactName("b".repeat(SelfReferral.NAME_MAX + 1));

        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKeys("helpWanted", "contactName"));
    }

    @Test
    void control_characters_are_stripped_and_markup_is_kept_as_plain_text() {
        var request = validRequest();
        request.setHelpWanted("<b>help</b>\u0000 please\u202E");

        var receipt = service.submitSelfReferral(ACCEPTING, request, client());
        assertThat(stored(receipt.reference()).getHelpWanted()).isEqualTo("<b>help</b> please");
    }

    @Test
    void answering_not_safe_flags_the_referral_urgent() {
        var request = validRequest();
        request.setSafeNow(SafeNow.NO);

        var receipt = service.submitSelfReferral(ACCEPTING, request, client());
        assertThat(receipt.riskIndicated()).isTrue();
        assertThat(stored(receipt.reference()).isUrgent()).isTrue();
    }

    @Test
    void a_risk_phrase_in_free_text_flags_the_referral_urgent() {
        var request = validRequest();
        request.setAboutMe("Sometimes I think everyone would be better off without me.");

        var receipt = service.submitSelfReferral(ACCEPTING, request, client());
        assertThat(stored(receipt.reference()).isUrgent()).isTrue();
    }

    @Test
    void a_listing_that_does_not_accept_self_referral_is_refused() {
        assertThat(service.findTarget(NOT_ACCEPTING).orElseThrow().offered()).isFalse();
        assertThatThrownBy(() -> service.submitSelfReferral(NOT_ACCEPTING, validRequest(), client()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(ReferralService.NOT_ACCEPTED);
        assertThat(referrals.count()).isZero();
    }

    @Test
    void a_filled_honeypot_is_refused_and_nothing_is_stored() {
        var request = validRequest();
        request.setWebsite("http://spam.example");

        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, request, client()))
                .isInstanceOf(UserFacingException.class);
        assertThat(referrals.count()).isZero();
    }

    @Test
    void a_client_over_the_rate_limit_is_refused_and_other_clients_are_not() {
        String busy = client();
        for (int i = 0; i < 5; i++) {
            service.submitSelfReferral(ACCEPTING, validRequest(), busy);
        }
        assertThatThrownBy(() -> service.submitSelfReferral(ACCEPTING, validRequest(), busy))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(SubmissionRateLimiter.TOO_MANY);
        assertThat(service.submitSelfReferral(ACCEPTING, validRequest(), client())
                        .reference())
                .isNotBlank();
        assertThat(referrals.count()).isEqualTo(6);
    }
}
