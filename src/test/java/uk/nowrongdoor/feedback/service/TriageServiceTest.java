package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CCC;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CWPT;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.WCC;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.FeedbackEventRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.domain.OrganisationPolicyRepository;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
class TriageServiceTest {

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TriageService triage;

    @Autowired
    TriageSettings settings;

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    FeedbackEventRepository events;

    @Autowired
    OrganisationPolicyRepository policies;

    @Autowired
    OutboxMessageRepository outbox;

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        fixtures.forgetAll();
        policies.deleteAll();
    }

    private long org(String slug) {
        return fixtures.organisationId(slug);
    }

    private long send(String slug, FeedbackKind kind, boolean risk) {
        return fixtures.send(slug, kind, risk);
    }

    @Test
    void a_lead_of_one_organisation_never_sees_or_changes_another_organisations_feedback_by_any_call() {
        long ours = send(CCC, FeedbackKind.COMPLAINT, false);
        long theirs = send(WCC, FeedbackKind.COMPLAINT, false);
        long partnership = send(null, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CCC)));

        assertThat(triage.queue(QueueFilter.open())).extracting(QueueItem::id).containsExactly(ours);
        assertThat(triage.queue(new QueueFilter(null, org(WCC), null, false, false)))
                .isEmpty();
        List<ThrowingConsumer<Long>> calls = List.of(
                triage::item,
                id -> triage.reclassify(id, FeedbackKind.CONCERN),
                id -> triage.code(id, new Coding()),
                id -> triage.reassign(id, org(CCC)),
                triage::flagSafeguarding,
                id -> triage.recordSafeguardingDecision(id, "No further action", true),
                triage::escalate,
                triage::sendAcknowledgement,
                triage::sendFinalResponse,
                triage::close);
        for (long id : new long[] {theirs, partnership}) {
            for (var call : calls) {
                assertThatThrownBy(() -> call.accept(id)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(feedback.findById(theirs).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(events.findByFeedbackIdOrderByOccurredAtAscIdAsc(theirs)).isEmpty();
    }

    @Test
    void partners_coordinators_and_admins_cannot_open_the_queue() {
        for (String role : List.of(AppRoles.PARTNER, AppRoles.COORDINATOR, AppRoles.ADMIN)) {
            Staff.signIn(Staff.memberOf(role, org(CCC)));
            assertThatThrownBy(() -> triage.queue(QueueFilter.open())).isInstanceOf(AccessDeniedException.class);
        }
        Staff.signOut();
        assertThatThrownBy(() -> triage.queue(QueueFilter.open()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void a_partnership_wide_lead_sees_feedback_about_the_partnership_and_organisations_without_a_lead_of_their_own() {
        long partnership = send(null, FeedbackKind.COMPLAINT, false);
        long council = send(CCC, FeedbackKind.CONCERN, false);
        Staff.signIn(Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        // no account in this test database leads Coventry City Council, so its feedback is not a dead end
        assertThat(triage.queue(QueueFilter.open()))
                .extracting(QueueItem::id)
                .containsExactlyInAnyOrder(partnership, council);
        assertThat(triage.queue(new QueueFilter(null, QueueFilter.PARTNERSHIP, null, false, false)))
                .extracting(QueueItem::id)
                .containsExactly(partnership);
    }

    @Test
    void risk_flagged_feedback_is_a_safeguarding_concern_first_in_the_queue_and_cannot_close_without_the_decision() {
        long plain = send(CWPT, FeedbackKind.COMPLAINT, false);
        long risky = send(CWPT, FeedbackKind.COMMENT, true);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CWPT)));

        assertThat(triage.queue(QueueFilter.open())).extracting(QueueItem::id).containsExactly(risky, plain);
        TriageItem item = triage.item(risky);
        assertThat(item.safeguarding()).isTrue();
        assertThat(item.safeguardingDecideBy()).isEqualTo(item.received().plusDays(4));
        assertThat(triage.queue(new QueueFilter(null, null, null, true, false)))
                .extracting(QueueItem::id)
                .containsExactly(risky);

        assertThatThrownBy(() -> triage.close(risky))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("safeguarding decision");
        assertThatThrownBy(() -> triage.recordSafeguardingDecision(risky, "  ", true))
                .isInstanceOf(UserFacingException.class);
        triage.recordSafeguardingDecision(risky, "Passed to the safeguarding team", true);
        triage.close(risky);
        assertThat(feedback.findById(risky).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(triage.item(risky).history())
                .extracting(TriageItem.HistoryLine::what)
                .containsExactly("Safeguarding decision recorded; person's wishes asked: yes", "Closed");
    }

    @Test
    void reclassifying_keeps_the_old_kind_in_the_history_with_who_did_it() {
        long id = send(CCC, FeedbackKind.CONCERN, false);
        var lead = Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CCC));
        Staff.signIn(lead);
        assertThat(triage.item(id).coding().getResponseDue()).isNull();

        triage.reclassify(id, FeedbackKind.COMPLAINT);

        TriageItem item = triage.item(id);
        assertThat(item.kind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(item.coding().getResponseDue()).isNotNull();
        assertThat(item.history()).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Kind changed from A concern to A formal complaint");
            assertThat(line.who()).isEqualTo(lead.email());
            assertThat(line.when()).isNotNull();
        });
    }

    @Test
    void coding_records_each_change_but_never_the_notes_themselves() {
        long id = send(CWPT, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CWPT)));
        Coding coding = triage.item(id).coding();
        coding.setThemes(EnumSet.of(Theme.COMMUNICATIONS, Theme.APPOINTMENTS));
        coding.setOutcome(Outcome.PARTIALLY_UPHELD);
        coding.setWellFounded(true);
        coding.setReferredToOmbudsman(true);
        coding.setNotes("Spoke to the team manager about the missed call");
        triage.code(id, coding);

        TriageItem item = triage.item(id);
        assertThat(item.coding().getThemes()).containsExactlyInAnyOrder(Theme.COMMUNICATIONS, Theme.APPOINTMENTS);
        assertThat(item.coding().getOutcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        assertThat(item.coding().getNotes()).isEqualTo("Spoke to the team manager about the missed call");
        assertThat(item.history())
                .extracting(TriageItem.HistoryLine::what)
                .containsExactly(
                        "Themes: not recorded → Appointments, Communications",
                        "Outcome: not recorded → Partially upheld",
                        "Well-founded: not recorded → yes",
                        "Referred to the Ombudsman: yes",
                        "Notes changed");
    }

    @Test
    void the_acknowledgement_stops_the_clock_and_goes_to_the_outbox_without_the_story() {
        long id = send(CWPT, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CWPT)));
        String email = feedback.findById(id).orElseThrow().getEmail();
        assertThat(triage.queue(QueueFilter.open()).get(0).nextStep()).startsWith("Acknowledge by");

        triage.sendAcknowledgement(id);

        TriageItem item = triage.item(id);
        assertThat(item.status()).isEqualTo(FeedbackStatus.ACKNOWLEDGED);
        assertThat(item.coding().getAcknowledgedOn()).isEqualTo(item.received());
        assertThat(triage.queue(QueueFilter.open()).get(0).nextStep()).startsWith("Respond by");
        var messages = outbox.findByTo(email).stream()
                .filter(m -> m.getSubject().startsWith("We have received your feedback ("))
                .toList();
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.getBody()).contains(item.reference(), "Coventry and Warwickshire Partnership NHS Trust");
            assertThat(m.getBody()).doesNotContain("appointment", "call back");
        });
        assertThat(item.history().get(0).what()).startsWith("Acknowledgement email sent");
    }

    @Test
    void the_final_response_names_phso_for_the_nhs_trust_and_lgsco_for_a_council() {
        long nhs = send(CWPT, FeedbackKind.COMPLAINT, false);
        long council = send(CCC, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.ADMIN));
        settings.choosePolicy(org(CCC), ComplaintsPolicy.COUNCIL_CORPORATE);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CWPT), org(CCC)));
        assertThatThrownBy(() -> triage.sendFinalResponse(nhs))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("outcome");
        for (long id : new long[] {nhs, council}) {
            Coding coding = triage.item(id).coding();
            coding.setOutcome(Outcome.NOT_UPHELD);
            triage.code(id, coding);
            triage.sendFinalResponse(id);
        }
        assertThat(finalResponses(nhs)).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("Parliamentary and Health Service Ombudsman"));
        assertThat(finalResponses(council)).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("Local Government and Social Care Ombudsman")
                .doesNotContain("Parliamentary"));
        assertThat(triage.item(council).status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(triage.item(council).clocks())
                .contains("Policy: Council corporate complaints (two stages), stage 1");
    }

    private List<uk.nowrongdoor.intake.domain.OutboxMessage> finalResponses(long id) {
        return outbox.findByTo(feedback.findById(id).orElseThrow().getEmail()).stream()
                .filter(m -> m.getSubject().startsWith("Our response to your feedback"))
                .toList();
    }

    @Test
    void reassigning_passes_the_item_to_the_other_organisations_lead_and_out_of_sight_of_the_first() {
        long id = send(CCC, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CCC)));
        triage.reassign(id, org(WCC));
        assertThat(triage.queue(QueueFilter.open())).isEmpty();

        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(WCC)));
        TriageItem item = triage.item(id);
        assertThat(item.organisation()).isEqualTo("Warwickshire County Council");
        assertThat(item.history())
                .extracting(TriageItem.HistoryLine::what)
                .first()
                .as("then whom it told by email: ReassignmentNoticeTest")
                .isEqualTo("Reassigned from Coventry City Council to Warwickshire County Council");
    }

    @Test
    void a_council_complaint_escalated_to_stage_two_starts_its_clocks_again() {
        long id = send(WCC, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.ADMIN));
        settings.choosePolicy(org(WCC), ComplaintsPolicy.COUNCIL_CORPORATE);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(WCC)));
        triage.sendAcknowledgement(id);
        triage.escalate(id);
        TriageItem item = triage.item(id);
        assertThat(item.stage()).isEqualTo(2);
        assertThat(item.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(item.coding().getAcknowledgedOn()).isNull();
        assertThatThrownBy(() -> triage.escalate(id)).isInstanceOf(UserFacingException.class);
    }
}
