package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;

class FreshnessViewTest extends PartnerUiTest {

    @Test
    void an_admin_sees_never_checked_listings_and_organisations_without_a_partner() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(FreshnessView.class);
        assertThat(_get(FreshnessView.class).getElement().getTextRecursively())
                .contains("Vornish Alpha Crisis Café", "Never checked.", "Vornish Beta Trust");
    }

    @Test
    void a_partner_may_not_open_stale_listings() {
        loginAs("partner", AppRoles.PARTNER);
        UI.getCurrent().navigate("admin/freshness");
        assertThatThrownBy(() -> _find(FreshnessView.class)).hasMessageContaining("AccessDenied");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_stale_listings() {
        UI.getCurrent().navigate("admin/freshness");
        _get(LoginView.class);
    }
}
