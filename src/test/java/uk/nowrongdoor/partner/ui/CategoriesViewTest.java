package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

/** Choosing a listing's categories from the tree, one checkbox group per top-level category. */
class CategoriesViewTest extends PartnerUiTest {

    private void openCategoriesAsPartnerOfA() {
        openFromMyListingsAsPartnerOfA("Categories", "partner/categories/");
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Choice> group(String label) {
        return _get(CheckboxGroup.class, spec -> spec.withLabel(label));
    }

    private static String text() {
        return _get(CategoriesView.class).getElement().getTextRecursively();
    }

    @Test
    void a_partner_adds_a_category_and_after_approval_the_listing_has_it() {
        openCategoriesAsPartnerOfA();
        assertThat(group("Urgent and crisis help").getValue())
                .containsExactly(new Choice("safe-haven", "Crisis cafés and safe havens"));
        _setValue(group("Carers' support"), Set.of(new Choice("carers", "Carers' support")));
        _click(_get(Button.class, spec -> spec.withText("Send for approval")));
        assertThat(text()).contains("Sent. An admin will check these categories");
        assertThat(f.reload(f.cafeA).getCategories())
                .extracting(Category::getSlug)
                .containsExactly("safe-haven");

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(_get(ModerationView.class).getElement().getTextRecursively())
                .contains("Categories", "New: Carers' support, Crisis cafés and safe havens");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve the change to Vornish Alpha Crisis Café")));
        assertThat(f.reload(f.cafeA).getCategories())
                .extracting(Category::getSlug)
                .containsExactlyInAnyOrder("safe-haven", "carers");
    }

    @Test
    void clearing_every_category_is_refused_with_a_message() {
        openCategoriesAsPartnerOfA();
        _setValue(group("Urgent and crisis help"), Set.of());
        _click(_get(Button.class, spec -> spec.withText("Send for approval")));
        assertThat(text()).contains("Choose at least one category, so people can find the listing");
        assertThat(f.reload(f.cafeA).getCategories()).hasSize(1);
    }

    @Test
    void a_partner_cannot_open_another_organisations_categories_by_its_id() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate(CategoriesView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(CategoriesView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_and_a_coordinator_is_refused() {
        UI.getCurrent().navigate("partner/categories/" + f.cafeA.getId());
        _get(LoginView.class);
        assertThat(_find(CategoriesView.class)).isEmpty();
        loginAs("coordinator", AppRoles.COORDINATOR);
        UI.getCurrent().navigate("partner/categories/" + f.cafeA.getId());
        assertThatThrownBy(() -> _find(CategoriesView.class)).hasMessageContaining("AccessDenied");
    }
}
