package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

class AccountHistoryViewTest extends PartnerUiTest {

    private StaffAccount account;

    @BeforeEach
    void saveAccount() {
        account = context.getBean(StaffAccountRepository.class)
                .save(new StaffAccount("vornish-history@example.org", "Vornish Historian", Instant.EPOCH));
    }

    @AfterEach
    void removeAccount() {
        context.getBean(StaffAccountRepository.class).deleteById(account.getId());
    }

    private void trustedEditByTheAccount() {
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        context.getBean(ModerationService.class).setTrusted(f.orgA.getId(), true);
        loginAs(new StaffPrincipal(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                "unused",
                Set.of(AppRoles.PARTNER),
                Set.of(f.orgA.getId()),
                false,
                true,
                false));
        context.getBean(PartnerListingService.class)
                .proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£3 a session"));
    }

    private static String page() {
        return _get(AccountHistoryView.class).getElement().getTextRecursively();
    }

    @Test
    void an_admin_opens_an_accounts_changes_from_the_users_screen() {
        trustedEditByTheAccount();
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        UI.getCurrent().navigate("admin/users");
        var link = _find(Anchor.class, spec -> spec.withText("Changes made")).stream()
                .filter(a -> a.getHref().equals("admin/history/user/" + account.getId()))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(link.getHref());

        assertThat(page())
                .contains("Changes by Vornish Historian")
                .contains(f.cafeA.getName())
                .contains("Cost")
                .contains("Became: £3 a session")
                .contains("For " + f.orgA.getName());
        assertThat(_get(RouterLink.class, spec -> spec.withText(f.cafeA.getName()))
                        .getHref())
                .as("each change links to its listing's whole history")
                .isEqualTo("partner/history/" + f.cafeA.getId());
    }

    @Test
    void an_account_without_changes_says_so() {
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        UI.getCurrent().navigate(AccountHistoryView.class, account.getId());
        assertThat(page()).contains("No changes recorded for this account.");
    }

    @Test
    void an_unknown_account_reads_as_not_found() {
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        UI.getCurrent().navigate(AccountHistoryView.class, -5L);
        _get(NotFoundView.class);
        assertThat(_find(AccountHistoryView.class)).isEmpty();
    }

    @Test
    void a_partner_may_not_open_an_accounts_changes() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate("admin/history/user/" + account.getId());
        assertThatThrownBy(() -> _find(AccountHistoryView.class)).hasMessageContaining("AccessDenied");
    }

    @Test
    void a_complaints_lead_may_not_open_an_accounts_changes() {
        loginAs(Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        UI.getCurrent().navigate("admin/history/user/" + account.getId());
        assertThatThrownBy(() -> _find(AccountHistoryView.class)).hasMessageContaining("AccessDenied");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_an_accounts_changes() {
        UI.getCurrent().navigate("admin/history/user/" + account.getId());
        _get(LoginView.class);
        assertThat(_find(AccountHistoryView.class)).isEmpty();
    }
}
