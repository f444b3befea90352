package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CCC;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CWPT;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.WCC;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackEventRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** A reassigned item is announced to the leads who now handle it, through the outbox, without personal details. */
@SpringBootTest
@ActiveProfiles("test")
class ReassignmentNoticeTest {

    static final String WCC_LEAD = "wcc-lead@reassign.test";
    static final String PARTNERSHIP_LEAD = "partnership-lead@reassign.test";

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TriageService triage;

    @Autowired
    FeedbackService service;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    FeedbackEventRepository events;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    TransactionTemplate tx;

    long org(String slug) {
        return fixtures.organisationId(slug);
    }

    @BeforeEach
    void leadsOfWarwickshireAndOfThePartnership() {
        tx.executeWithoutResult(s -> {
            var wcc = new StaffAccount(WCC_LEAD, "Warwickshire lead", Instant.now());
            wcc.setRoles(EnumSet.of(StaffRole.COMPLAINTS_LEAD));
            wcc.setOrganisations(Set.of(organisations.findBySlug(WCC).orElseThrow()));
            accounts.save(wcc);
            var partnership = new StaffAccount(PARTNERSHIP_LEAD, "Partnership lead", Instant.now());
            partnership.setRoles(EnumSet.of(StaffRole.COMPLAINTS_LEAD));
            partnership.setPartnershipWide(true);
            accounts.save(partnership);
        });
        outbox.deleteAll();
    }

    @AfterEach
    void cleanUp() {
        Staff.signOut();
        fixtures.forgetAll();
        accounts.findByEmail(WCC_LEAD).ifPresent(accounts::delete);
        accounts.findByEmail(PARTNERSHIP_LEAD).ifPresent(accounts::delete);
    }

    private List<OutboxMessage> mailTo(String address) {
        return outbox.findAll().stream().filter(m -> m.getTo().equals(address)).toList();
    }

    @Test
    void the_new_organisations_leads_are_told_an_item_is_waiting_with_the_link_and_nothing_about_the_person() {
        long id = fixtures.send(CCC, FeedbackKind.COMPLAINT, false);
        Feedback item = feedback.findById(id).orElseThrow();
        outbox.deleteAll(); // the person's own acknowledgement
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(CCC)));

        triage.reassign(id, org(WCC));

        assertThat(mailTo(WCC_LEAD)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("A feedback item is waiting for you");
            assertThat(m.getBody())
                    .contains("passed to Warwickshire County Council", "/staff/feedback/item/" + id)
                    .doesNotContain(
                            item.getReference(),
                            item.getWhatHappened(),
                            item.getContactName(),
                            item.getEmail(),
                            "A call back");
        });
        assertThat(mailTo(PARTNERSHIP_LEAD))
                .as("Warwickshire has a lead of its own")
                .isEmpty();
        assertThat(outbox.findAll()).hasSize(1);
        assertThat(events.findByFeedbackIdOrderByOccurredAtAscIdAsc(id))
                .extracting(e -> e.getWhat())
                .contains("1 complaints lead(s) told by email");
    }

    @Test
    void an_organisation_without_a_lead_of_its_own_means_the_partnership_leads_are_told() {
        long id = fixtures.send(WCC, FeedbackKind.CONCERN, false);
        outbox.deleteAll();
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, org(WCC)));

        triage.reassign(id, org(CWPT));

        assertThat(mailTo(PARTNERSHIP_LEAD)).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("passed to Coventry and Warwickshire Partnership NHS Trust"));
        assertThat(mailTo(WCC_LEAD)).isEmpty();
    }

    @Test
    void a_lead_who_passes_an_item_to_their_own_other_organisation_is_not_emailed_about_it() {
        long id = fixtures.send(CCC, FeedbackKind.COMPLAINT, false);
        outbox.deleteAll();
        var me = new uk.nowrongdoor.security.StaffPrincipal(
                accounts.findByEmail(WCC_LEAD).orElseThrow().getId(),
                WCC_LEAD,
                "Warwickshire lead",
                "unused",
                Set.of(AppRoles.COMPLAINTS_LEAD),
                Set.of(org(CCC), org(WCC)),
                false,
                true,
                false);
        Staff.signIn(me);

        triage.reassign(id, org(WCC));

        assertThat(outbox.findAll()).isEmpty();
        assertThat(events.findByFeedbackIdOrderByOccurredAtAscIdAsc(id))
                .extracting(e -> e.getWhat())
                .contains("No other complaints lead to tell by email");
    }
}
