package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.partner.PartnerFixtures;
import uk.nowrongdoor.partner.domain.SuggestionReason;
import uk.nowrongdoor.partner.domain.SuggestionStatus;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
class SuggestionServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    private static final String CLIENT = "198.51.100.7";

    private PartnerFixtures f;

    @BeforeEach
    void setUp() {
        f = new PartnerFixtures(context);
        rateLimiter.reset();
    }

    @AfterEach
    void tearDown() {
        Staff.signOut();
        f.cleanUp();
    }

    @Test
    void a_suggestion_reaches_only_the_owning_organisations_partners_and_admins() {
        suggestions.suggest(
                "vornish-cafe-b", SuggestionReason.WRONG_CONTACT, "The number is 024 7600 0000", null, CLIENT);

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        assertThat(suggestions.forMe()).singleElement().satisfies(s -> {
            assertThat(s.listingSlug()).isEqualTo("vornish-cafe-b");
            assertThat(s.status()).isEqualTo(SuggestionStatus.NEW);
        });
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        assertThat(suggestions.forMe()).noneMatch(s -> s.listingSlug().equals("vornish-cafe-b"));
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(suggestions.forMe()).anyMatch(s -> s.listingSlug().equals("vornish-cafe-b"));
    }

    @Test
    void the_email_about_a_suggestion_never_contains_what_the_person_wrote() {
        // no accounts exist in the test database, so the outbox shows no mail; what matters is that nothing leaks
        suggestions.suggest("vornish-cafe-a", SuggestionReason.OTHER, "private words", "me@example.org", CLIENT);
        assertThat(outbox.findAll())
                .noneMatch(m ->
                        m.getBody().contains("private words") || m.getBody().contains("me@example.org"));
    }

    @Test
    void partner_cannot_set_the_status_of_another_organisations_suggestion_by_its_id() {
        suggestions.suggest("vornish-cafe-b", SuggestionReason.CLOSED, null, null, CLIENT);
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long id = suggestions.forMe().stream()
                .filter(s -> s.listingSlug().equals("vornish-cafe-b"))
                .findFirst()
                .orElseThrow()
                .id();

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        assertThatThrownBy(() -> suggestions.setStatus(id, SuggestionStatus.NO_CHANGE))
                .isInstanceOf(AccessDeniedException.class);

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        suggestions.setStatus(id, SuggestionStatus.DONE);
        assertThat(suggestions.forMe()).singleElement().satisfies(s -> assertThat(s.status())
                .isEqualTo(SuggestionStatus.DONE));
    }

    @Test
    void a_suggestion_for_an_unknown_listing_or_too_long_is_refused() {
        assertThatThrownBy(() -> suggestions.suggest("no-such-listing", SuggestionReason.OTHER, null, null, CLIENT))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() ->
                        suggestions.suggest("vornish-cafe-a", SuggestionReason.OTHER, "x".repeat(1001), null, CLIENT))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("1000 characters");
    }

    @Test
    void a_coordinator_cannot_read_suggestions() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> suggestions.forMe()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_sixth_suggestion_within_the_hour_from_one_address_is_refused_and_other_forms_are_not_affected() {
        for (int i = 0; i < 5; i++) {
            suggestions.suggest("vornish-cafe-a", SuggestionReason.OUT_OF_DATE, null, null, CLIENT);
        }
        assertThatThrownBy(
                        () -> suggestions.suggest("vornish-cafe-a", SuggestionReason.OUT_OF_DATE, null, null, CLIENT))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(SubmissionRateLimiter.TOO_MANY);
        // another address still may; and a self-referral or feedback from the same address has its own allowance
        suggestions.suggest("vornish-cafe-a", SuggestionReason.OUT_OF_DATE, null, null, "198.51.100.8");
        rateLimiter.consume(CLIENT);
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        assertThat(suggestions.forMe()).hasSize(6);
    }
}
