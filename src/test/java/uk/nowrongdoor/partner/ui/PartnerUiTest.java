package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.nowrongdoor.partner.PartnerFixtures;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

/** The partner screens' tests: two organisations and their listings made before each test and removed after it. */
abstract class PartnerUiTest extends AbstractUiTest {

    PartnerFixtures f;

    @BeforeEach
    void setUpPartnerFixtures() {
        f = new PartnerFixtures(context);
    }

    @AfterEach
    void removePartnerFixtures() {
        f.cleanUp();
    }

    /** Signs in as a partner of organisation A and follows a link on café A's card in My listings. */
    void openFromMyListingsAsPartnerOfA(String linkText, String route) {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate(MyListingsView.class);
        var link = _get(RouterLink.class, spec -> spec.withText(linkText));
        assertThat(link.getHref()).isEqualTo(route + f.cafeA.getId());
        UI.getCurrent().navigate(link.getHref());
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }
}
