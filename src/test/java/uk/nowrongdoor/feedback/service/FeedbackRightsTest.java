package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CWPT;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.PrivacyLogEntry;
import uk.nowrongdoor.feedback.domain.SubjectKind;
import uk.nowrongdoor.feedback.service.FeedbackRights.HeldItem;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;
import uk.nowrongdoor.testsupport.TestClock;

/** An admin answers a person's access and erasure requests, with the test clock moved across the erasure hold. */
class FeedbackRightsTest extends ClockedFeedbackTest {

    static final String EMAIL = "Robin.Person@example.com";

    @Autowired
    FeedbackRights rights;

    /** Sends feedback about the trust from {@link #EMAIL}. */
    long send(FeedbackKind kind, String story) {
        var r = new FeedbackRequest();
        r.setKind(kind);
        r.setSubject(new FeedbackSubject(SubjectKind.ORGANISATION, CWPT, CWPT));
        r.setWhatHappened(story);
        if (kind == FeedbackKind.COMPLAINT || kind == FeedbackKind.CONCERN) {
            r.setOutcomeWanted("A call back");
        }
        r.setContactName("Robin");
        r.setEmail(EMAIL);
        var receipt = service.submitFeedback(r, "198.51.100." + UUID.randomUUID());
        return feedback.findByReference(receipt.reference()).orElseThrow().getId();
    }

    void asLead(Runnable r) {
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, fixtures.organisationId(CWPT)));
        r.run();
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
    }

    @Test
    void an_admin_finds_everything_under_an_email_in_any_case_and_the_export_holds_it_all_and_is_logged() {
        send(FeedbackKind.COMPLAINT, "They lost my referral letter twice.");
        send(FeedbackKind.COMPLIMENT, "The nurse on the ward was lovely.");
        send(FeedbackKind.COMPLIMENT, "Someone else's compliment.");
        feedback.findAll().stream()
                .filter(f -> f.getWhatHappened().startsWith("Someone else"))
                .forEach(f -> {
                    f.fromNamed("Other", "other@example.com", null);
                    feedback.save(f);
                });
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));

        List<HeldItem> held = rights.find("  robin.person@EXAMPLE.com ");
        assertThat(held).extracting(HeldItem::kind).containsExactly("A formal complaint", "A compliment");
        assertThat(rights.find(held.get(0).reference().toLowerCase()))
                .extracting(HeldItem::reference)
                .containsExactly(held.get(0).reference());

        String json = rights.export(EMAIL);
        assertThat(json)
                .contains(
                        "They lost my referral letter twice.",
                        "The nurse on the ward was lovely.",
                        EMAIL,
                        "\"name\" : \"Robin\"",
                        "stored apart, with no link to the person")
                .doesNotContain("Someone else's compliment", "other@example.com");
        assertThat(privacyLog.findAll()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(PrivacyLogEntry.Action.EXPORT);
            assertThat(e.getItems()).isEqualTo(2);
            assertThat(e.getDetail()).doesNotContain("example.com");
        });
    }

    @Test
    void a_compliment_can_be_erased_at_once_and_only_what_the_report_counts_stays() {
        long id = send(FeedbackKind.COMPLIMENT, "The nurse on the ward was lovely.");
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(rights.find(EMAIL)).singleElement().satisfies(h -> assertThat(h.erasable())
                .isTrue());

        rights.erase(id);

        var f = feedback.findById(id).orElseThrow();
        assertThat(f.getEmail()).isNull();
        assertThat(f.getContactName()).isNull();
        assertThat(f.getWhatHappened()).isEmpty();
        assertThat(f.getKind()).isEqualTo(FeedbackKind.COMPLIMENT);
        assertThat(f.getAnonymisedOn()).isEqualTo(TestClock.START.toLocalDate());
        assertThat(rights.find(EMAIL))
                .as("nothing is held under the address any more")
                .isEmpty();
        assertThat(privacyLog.findAll())
                .extracting(PrivacyLogEntry::getAction)
                .containsExactly(PrivacyLogEntry.Action.ERASURE);
        assertThatThrownBy(() -> rights.erase(id)).hasMessageContaining("already anonymised");
    }

    @Test
    void a_complaint_cannot_be_erased_while_open_nor_within_a_year_of_closing() {
        long id = send(FeedbackKind.COMPLAINT, "They lost my referral letter twice.");
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(rights.find(EMAIL).get(0).whyNotErasable()).isEqualTo("a formal complaint must be closed first.");
        assertThatThrownBy(() -> rights.erase(id))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("must be closed first");

        asLead(() -> triage.close(id));
        clock.set(TestClock.START.plusMonths(12).minusDays(1));
        assertThatThrownBy(() -> rights.erase(id)).hasMessageContaining("must be kept until 25 November 2027");
        assertThat(feedback.findById(id).orElseThrow().getEmail()).isEqualTo(EMAIL);

        clock.set(TestClock.START.plusMonths(12));
        rights.erase(id);
        assertThat(feedback.findById(id).orElseThrow().getEmail()).isNull();
    }

    @Test
    void an_item_with_its_safeguarding_decision_still_to_record_cannot_be_erased() {
        long id = send(FeedbackKind.COMPLIMENT, "Thank you.");
        asLead(() -> triage.flagSafeguarding(id));
        assertThatThrownBy(() -> rights.erase(id)).hasMessageContaining("safeguarding decision is not recorded");
    }

    @Test
    void an_empty_search_is_refused_with_a_message() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThatThrownBy(() -> rights.find("   "))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Type the person's email address or a feedback reference.");
    }

    @Test
    void complaints_leads_partners_and_coordinators_cannot_find_export_or_erase() {
        long id = send(FeedbackKind.COMPLIMENT, "Thank you.");
        long org = fixtures.organisationId(CWPT);
        for (String role : List.of(AppRoles.COMPLAINTS_LEAD, AppRoles.PARTNER, AppRoles.COORDINATOR)) {
            Staff.signIn(Staff.memberOf(role, org));
            assertThatThrownBy(() -> rights.find(EMAIL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rights.export(EMAIL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rights.erase(id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(feedback.findById(id).orElseThrow().getEmail()).isEqualTo(EMAIL);
    }
}
