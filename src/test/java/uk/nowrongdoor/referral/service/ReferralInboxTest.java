package uk.nowrongdoor.referral.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION;
import static uk.nowrongdoor.referral.service.ReferralFixtures.validRequest;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.referral.domain.CloseReason;
import uk.nowrongdoor.referral.domain.ReferralStatus;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.ReceivingTeams;
import uk.nowrongdoor.testsupport.Staff;

/** The inbox, the coordinators' queue and the status flow, with the organisation checks behind every call. */
@SpringBootTest
@ActiveProfiles("test")
class ReferralInboxTest {

    static final String OTHER_ORGANISATION = "coventry-carers-centre";
    static final String OTHER_LISTING = "coventry-carers-centre-support";
    /** Accepts self-referral, but no one at its organisation receives referrals. */
    static final String NO_TEAM_LISTING = "autism-support-before-diagnosis";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReferralService referralService;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    long rethink;
    long carers;
    StaffPrincipal partnerA;
    StaffPrincipal partnerB;

    @BeforeEach
    void teams() {
        ReceivingTeams.ensure(context, ACCEPTING_ORGANISATION);
        ReceivingTeams.ensure(context, OTHER_ORGANISATION);
        rethink = organisations.findBySlug(ACCEPTING_ORGANISATION).orElseThrow().getId();
        carers = organisations.findBySlug(OTHER_ORGANISATION).orElseThrow().getId();
        partnerA = Staff.memberOf(AppRoles.PARTNER, rethink);
        partnerB = Staff.memberOf(AppRoles.PARTNER, carers);
        outbox.deleteAll();
    }

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        referrals.deleteAll();
        outbox.deleteAll();
        rateLimiter.reset();
    }

    private Submitted submit() {
        var receipt = referralService.submitSelfReferral(ACCEPTING, validRequest(), "203.0.113." + UUID.randomUUID());
        return new Submitted(
                referrals.findByReference(receipt.reference()).orElseThrow().getId(),
                receipt.reference(),
                receipt.statusCode());
    }

    record Submitted(long id, String reference, String code) {}

    private <T> T as(StaffPrincipal who, java.util.function.Supplier<T> call) {
        Staff.signIn(who);
        try {
            return call.get();
        } finally {
            Staff.signOut();
        }
    }

    private void as(StaffPrincipal who, Runnable call) {
        as(who, () -> {
            call.run();
            return null;
        });
    }

    @Test
    void the_form_is_refused_for_a_listing_whose_organisation_has_no_receiving_team() {
        assertThat(referralService.findTarget(NO_TEAM_LISTING).orElseThrow().offered())
                .isFalse();
        assertThat(referralService.findTarget(ACCEPTING).orElseThrow().offered())
                .isTrue();
        assertThatThrownBy(() -> referralService.submitSelfReferral(NO_TEAM_LISTING, validRequest(), "203.0.113.9"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(ReferralService.NOT_ACCEPTED);
    }

    @Test
    void a_new_referral_tells_the_receiving_team_that_one_is_waiting_with_no_personal_details() {
        var sent = submit();

        List<OutboxMessage> messages = outbox.findAll();
        assertThat(messages)
                .extracting(OutboxMessage::getTo)
                .containsExactly(ReceivingTeams.email(ACCEPTING_ORGANISATION));
        String body = messages.get(0).getBody();
        assertThat(body).contains("/staff/referrals/" + sent.id());
        assertThat(messages.get(0).getSubject() + body)
                .doesNotContain("Sam", "07700", "feeling low", sent.reference(), "Rethink");
    }

    @Test
    void the_partner_who_opens_it_becomes_its_owner_and_the_opening_is_recorded_for_admins() {
        var sent = submit();

        var detail = as(partnerA, () -> inbox.open(sent.id()));

        assertThat(detail.card().status()).isEqualTo(ReferralStatus.OPENED);
        assertThat(detail.card().ownerName()).isEqualTo(partnerA.displayName());
        assertThat(detail.history()).extracting(HistoryLine::what).containsExactly("Sent by the person", "Opened");
        var access = as(
                Staff.principal("admin", java.util.Set.of(AppRoles.ADMIN), java.util.Set.of()),
                () -> inbox.recentAccess());
        assertThat(access).anySatisfy(a -> {
            assertThat(a.reference()).isEqualTo(sent.reference());
            assertThat(a.who()).contains(partnerA.email());
        });
        assertThatThrownBy(() -> as(partnerA, () -> inbox.recentAccess())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contacted_then_accepted_shows_on_the_persons_status_page_in_plain_words_without_the_notes() {
        var sent = submit();
        as(partnerA, () -> inbox.open(sent.id()));
        as(partnerA, () -> inbox.markContacted(sent.id(), "Spoke briefly; secret internal note"));

        var status = referralService
                .checkStatus(sent.reference(), sent.code(), "203.0.113.40")
                .orElseThrow();
        assertThat(status.status()).isEqualTo("CONTACTED");
        assertThat(status.explanation()).startsWith("Contacted on ").doesNotContain("secret");

        as(partnerA, () -> inbox.accept(sent.id(), null));
        assertThat(referralService
                        .checkStatus(sent.reference(), sent.code(), "203.0.113.40")
                        .orElseThrow()
                        .explanation())
                .startsWith("Accepted on ");
        var history = as(partnerA, () -> inbox.open(sent.id())).history();
        assertThat(history)
                .extracting(HistoryLine::what)
                .containsExactly("Sent by the person", "Opened", "Marked contacted", "Marked accepted");
        assertThat(history.get(2).note()).contains("secret internal note");
    }

    @Test
    void a_partner_of_another_organisation_can_never_read_or_act_on_it_by_any_call() {
        var sent = submit();
        long id = sent.id();
        var option = new RedirectOption(carers, null, "Carers");

        assertThat(as(partnerB, () -> inbox.inbox()).organisations()).isEmpty();
        Staff.signIn(partnerB);
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.markContacted(id, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.accept(id, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.close(id, CloseReason.DUPLICATE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.redirect(id, option, "mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.redirectToCoordinators(id, "x")).isInstanceOf(AccessDeniedException.class);
        // an id that does not exist is refused the same way, so ids reveal nothing
        assertThatThrownBy(() -> inbox.open(id + 100_000)).isInstanceOf(AccessDeniedException.class);
        Staff.signOut();
        assertThat(referrals.findById(id).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);
        assertThat(as(partnerA, () -> inbox.inbox()).organisations())
                .extracting(ReferralCard::id)
                .containsExactly(id);
    }

    @Test
    void anonymous_callers_and_other_roles_are_refused() {
        var sent = submit();

        assertThatThrownBy(() -> inbox.inbox()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> inbox.open(sent.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        var lead = Staff.memberOf(AppRoles.COMPLAINTS_LEAD, rethink);
        assertThatThrownBy(() -> as(lead, () -> inbox.open(sent.id()))).isInstanceOf(AccessDeniedException.class);
        // a coordinator reaches only what is in the coordinators' queue
        var coordinator = Staff.partnershipWide(AppRoles.COORDINATOR);
        assertThatThrownBy(() -> as(coordinator, () -> inbox.open(sent.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void passing_it_to_another_listing_moves_ownership_keeps_the_history_and_tells_the_new_team() {
        var sent = submit();
        as(partnerA, () -> inbox.open(sent.id()));
        outbox.deleteAll();

        as(partnerA, () -> inbox.redirect(sent.id(), new RedirectOption(carers, OTHER_LISTING, "x"), "Carer needs"));

        assertThatThrownBy(() -> as(partnerA, () -> inbox.open(sent.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(partnerA, () -> inbox.inbox()).organisations()).isEmpty();
        var atB = as(partnerB, () -> inbox.inbox()).organisations();
        assertThat(atB).extracting(ReferralCard::status).containsExactly(ReferralStatus.REDIRECTED);
        var detail = as(partnerB, () -> inbox.open(sent.id()));
        assertThat(detail.card().status()).isEqualTo(ReferralStatus.OPENED);
        assertThat(detail.card().ownerName()).isEqualTo(partnerB.displayName());
        assertThat(detail.history())
                .extracting(HistoryLine::what)
                .containsExactly("Sent by the person", "Opened", "Passed on", "Opened");
        assertThat(detail.history().get(2).detail()).contains("Coventry Carers Centre");
        assertThat(detail.history().get(2).note()).isEqualTo("Carer needs");
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getTo)
                .containsExactly(ReceivingTeams.email(OTHER_ORGANISATION));
        assertThat(referralService
                        .checkStatus(sent.reference(), sent.code(), "203.0.113.40")
                        .orElseThrow()
                        .sentTo())
                .isEqualTo(detail.card().where());
    }

    @Test
    void passing_it_on_needs_a_note_and_a_receiving_team_there() {
        var sent = submit();
        long noTeam = organisations
                .findBySlug("autism-community-support-project")
                .orElseThrow()
                .getId();
        Staff.signIn(partnerA);

        assertThatThrownBy(() -> inbox.redirect(sent.id(), new RedirectOption(carers, null, "x"), "  "))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(ReferralInbox.NOTE_NEEDED);
        assertThatThrownBy(() -> inbox.redirect(sent.id(), new RedirectOption(noTeam, null, "x"), "Try them"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Not sure where");
        assertThat(inbox.redirectOptions())
                .extracting(RedirectOption::organisationId)
                .contains(rethink, carers)
                .doesNotContain(noTeam);
    }

    @Test
    void not_sure_where_puts_it_in_the_coordinators_queue_and_out_of_the_partners_inbox() {
        var sent = submit();
        var coordinator = Staff.partnershipWide(AppRoles.COORDINATOR);
        as(partnerA, () -> inbox.open(sent.id()));

        as(partnerA, () -> inbox.redirectToCoordinators(sent.id(), "Not ours; housing?"));

        assertThat(as(partnerA, () -> inbox.inbox()).organisations()).isEmpty();
        assertThatThrownBy(() -> as(partnerA, () -> inbox.open(sent.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(coordinator, () -> inbox.inbox()).coordinators())
                .extracting(ReferralCard::id)
                .containsExactly(sent.id());
        as(coordinator, () -> inbox.redirect(sent.id(), new RedirectOption(carers, null, "x"), "Carers can help"));
        assertThat(as(coordinator, () -> inbox.inbox()).coordinators()).isEmpty();
        assertThat(as(partnerB, () -> inbox.inbox()).organisations())
                .extracting(ReferralCard::where)
                .containsExactly("Coventry Carers Centre");
        assertThat(referralService
                        .checkStatus(sent.reference(), sent.code(), "203.0.113.40")
                        .orElseThrow()
                        .explanation())
                .contains("Coventry Carers Centre")
                .doesNotContain("Carers can help");
    }

    @Test
    void closing_takes_a_reason_from_the_list_and_other_needs_a_note() {
        var sent = submit();
        Staff.signIn(partnerA);

        assertThatThrownBy(() -> inbox.close(sent.id(), CloseReason.OTHER, null))
                .isInstanceOf(UserFacingException.class);
        inbox.close(sent.id(), CloseReason.NO_CONTACT_AFTER_THREE_TRIES, null);
        Staff.signOut();

        assertThat(referralService
                        .checkStatus(sent.reference(), sent.code(), "203.0.113.40")
                        .orElseThrow()
                        .explanation())
                .startsWith("Closed on ")
                .contains("three times");
        assertThat(as(partnerA, () -> inbox.inbox()).organisations()).isEmpty();
        assertThat(as(partnerA, () -> inbox.open(sent.id())).actions()).isEmpty();
    }

    @Test
    void there_is_no_reject_anywhere() {
        assertThat(Arrays.stream(ReferralStatus.values()).map(Enum::name)).noneMatch(n -> n.contains("REJECT"));
        assertThat(Arrays.stream(ReferralAction.values()).map(Enum::name)).noneMatch(n -> n.contains("REJECT"));
        assertThat(Arrays.stream(CloseReason.values()).map(Enum::name)).noneMatch(n -> n.contains("REJECT"));
        assertThat(Arrays.stream(ReferralInbox.class.getMethods())
                        .map(m -> m.getName().toLowerCase()))
                .noneMatch(n -> n.contains("reject") || n.contains("decline") || n.contains("refuse"));
    }

    @Test
    void the_inbox_lists_urgent_first_then_newest() throws Exception {
        var first = submit();
        var urgentRequest = validRequest();
        urgentRequest.setSafeNow(uk.nowrongdoor.intake.domain.SafeNow.NO);
        var urgent = referralService.submitSelfReferral(ACCEPTING, urgentRequest, "203.0.113.77");
        Thread.sleep(5);
        var newest = submit();

        assertThat(as(partnerA, () -> inbox.inbox()).organisations())
                .extracting(ReferralCard::reference)
                .containsExactly(urgent.reference(), newest.reference(), first.reference());
    }
}
