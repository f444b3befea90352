package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CrisisLineServiceTest {

    @Autowired
    CrisisLineService service;

    @Autowired
    DirectoryService directory;

    @AfterEach
    void signOut() {
        Staff.signOut();
    }

    private CrisisLine samaritans() {
        return directory.crisisLines().stream()
                .filter(l -> l.getSlug().equals("samaritans"))
                .findFirst()
                .orElseThrow();
    }

    private static CrisisLineService.Change change(String action, String dial, LocalDate checked) {
        return new CrisisLineService.Change(
                "Samaritans",
                action,
                dial,
                CrisisLine.Kind.CALL,
                null,
                "Free, 24 hours a day, to talk about anything.",
                checked);
    }

    @Test
    void an_admins_change_is_what_every_page_reads_next() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        long id = Objects.requireNonNull(samaritans().getId());

        service.change(id, change("Call 116 124", "116 124", LocalDate.of(2026, 11, 1)));

        assertThat(samaritans().getDial()).isEqualTo("116124");
        assertThat(samaritans().href()).isEqualTo("tel:116124");
        assertThat(samaritans().getVerifiedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void a_number_that_is_not_digits_or_not_in_the_words_is_refused_with_the_field_named() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        long id = Objects.requireNonNull(samaritans().getId());

        assertThatThrownBy(() -> service.change(id, change("Call Samaritans", "call us", LocalDate.of(2026, 11, 1))))
                .isInstanceOfSatisfying(CrisisLineService.InvalidChange.class, e -> assertThat(e.field())
                        .isEqualTo("dial"));
        assertThatThrownBy(() -> service.change(id, change("Call Samaritans", "116123", LocalDate.of(2026, 11, 1))))
                .isInstanceOfSatisfying(CrisisLineService.InvalidChange.class, e -> assertThat(e.field())
                        .isEqualTo("action"));
        assertThatThrownBy(() -> service.change(
                        id, change("Call 116 123", "116123", LocalDate.now().plusDays(2))))
                .isInstanceOfSatisfying(CrisisLineService.InvalidChange.class, e -> assertThat(e.field())
                        .isEqualTo("verifiedOn"));
        assertThat(samaritans().getDial()).isEqualTo("116123");
    }

    @Test
    void a_partner_or_a_complaints_lead_cannot_change_a_crisis_number() {
        long id = Objects.requireNonNull(samaritans().getId());
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, 1L));
        assertThatThrownBy(() -> service.change(id, change("Call 116 124", "116124", LocalDate.of(2026, 11, 1))))
                .isInstanceOf(AccessDeniedException.class);
        Staff.signIn(Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        assertThatThrownBy(() -> service.change(id, change("Call 116 124", "116124", LocalDate.of(2026, 11, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(samaritans().getDial()).isEqualTo("116123");
    }

    @Autowired
    uk.nowrongdoor.directory.domain.ListingRepository listings;

    @Test
    void an_admins_new_number_reaches_the_lines_own_listing_at_once() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        long id = Objects.requireNonNull(samaritans().getId());
        assertThat(listings.findBySlug("samaritans-helpline").orElseThrow().getPhone())
                .isEqualTo("116 123");

        service.change(id, change("Call 116 124", "116124", LocalDate.of(2026, 11, 1)));

        assertThat(listings.findBySlug("samaritans-helpline").orElseThrow().getPhone())
                .isEqualTo("116 124");
    }

    @Test
    void a_listing_number_someone_changed_by_hand_is_kept_when_an_admin_changes_the_line() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        long id = Objects.requireNonNull(samaritans().getId());
        listings.findBySlug("samaritans-helpline").orElseThrow().setPhone("116 000");

        service.change(id, change("Call 116 124", "116124", LocalDate.of(2026, 11, 1)));

        assertThat(listings.findBySlug("samaritans-helpline").orElseThrow().getPhone())
                .isEqualTo("116 000");
    }
}
