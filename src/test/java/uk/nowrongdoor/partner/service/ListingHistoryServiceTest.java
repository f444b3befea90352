package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.partner.PartnerFixtures;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
class ListingHistoryServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerListingService partner;

    @Autowired
    ModerationService moderation;

    @Autowired
    ListingHistoryService history;

    @Autowired
    ListingHistory listingHistory;

    private PartnerFixtures f;

    @BeforeEach
    void setUp() {
        f = new PartnerFixtures(context);
    }

    @AfterEach
    void tearDown() {
        Staff.signOut();
        f.cleanUp();
    }

    @Test
    void an_approved_partner_edit_is_in_the_history_with_the_old_and_new_values_and_the_organisation() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£5 a visit"));
        assertThat(history.of(f.cafeA.getId()).changes())
                .as("a change waiting for moderation is not history yet")
                .noneMatch(c -> c.field().equals("Cost"));

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long id = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .findFirst()
                .orElseThrow()
                .id();
        moderation.approve(id);

        var changes = history.of(f.cafeA.getId()).changes();
        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Cost");
            assertThat(c.from()).isNull();
            assertThat(c.to()).isEqualTo("£5 a visit");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
        assertThat(changes).last().satisfies(c -> assertThat(c.field()).isEqualTo("Listing added"));
        assertThat(listingHistory.of(f.cafeA.getId()).get(0).staffAccountId())
                .as("the admin who approved it")
                .isNotNull();
    }

    @Test
    void a_trusted_edit_is_in_the_history_at_once() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);

        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        partner.proposeChanges(f.cafeA.getId(), Map.of(ListingField.ELIGIBILITY, "Adults 18 and over"));

        assertThat(history.of(f.cafeA.getId()).changes().get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("Who it is for");
            assertThat(c.to()).isEqualTo("Adults 18 and over");
            assertThat(c.organisation()).isEqualTo(f.orgA.getName());
        });
    }

    @Test
    void a_partner_of_another_organisation_cannot_read_the_history() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        assertThat(history.of(f.cafeB.getId()).listingName()).isEqualTo(f.cafeB.getName());
        assertThatThrownBy(() -> history.of(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.of(-1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_without_the_partner_or_admin_role_cannot_read_the_history() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> history.of(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
