package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

class ListingHistoryViewTest extends PartnerUiTest {

    private void trustedEditByPartnerOfA() {
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        context.getBean(ModerationService.class).setTrusted(f.orgA.getId(), true);
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        context.getBean(PartnerListingService.class)
                .proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£2 for a hot drink"));
    }

    private static String page() {
        return _get(ListingHistoryView.class).getElement().getTextRecursively();
    }

    @Test
    void a_partner_sees_who_changed_which_field_from_what_to_what_on_their_listing() {
        trustedEditByPartnerOfA();
        UI.getCurrent().navigate(ListingHistoryView.class, f.cafeA.getId());
        assertThat(page())
                .contains("History: " + f.cafeA.getName())
                .contains("Cost")
                .contains("Was: (not given)")
                .contains("Became: £2 for a hot drink")
                .contains("for " + f.orgA.getName())
                .contains("Listing added");
    }

    @Test
    void a_partner_sees_a_weekly_session_added_and_removed_as_cards_of_their_own() {
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        context.getBean(ModerationService.class).setTrusted(f.orgA.getId(), true);
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        context.getBean(PartnerListingService.class)
                .proposeTimetable(
                        f.cafeA.getId(),
                        List.of(SessionDraft.of(
                                EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(18, 0), LocalTime.of(22, 0))),
                        List.of());
        UI.getCurrent().navigate(ListingHistoryView.class, f.cafeA.getId());
        assertThat(page())
                .contains("Weekly session added", "Added: Tuesday 18:00\u201322:00")
                .contains("Weekly session removed", "Removed: Every day 18:00\u201323:00");
    }

    @Test
    void an_admin_sees_the_history_of_any_listing() {
        trustedEditByPartnerOfA();
        loginAs(Staff.partnershipWide(AppRoles.ADMIN));
        UI.getCurrent().navigate(ListingHistoryView.class, f.cafeA.getId());
        assertThat(page()).contains("Became: £2 for a hot drink");
    }

    @Test
    void a_partner_cannot_open_another_organisations_listing_history() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        UI.getCurrent().navigate(ListingHistoryView.class, f.cafeA.getId());
        _get(NotFoundView.class);
        assertThat(_find(ListingHistoryView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_the_history() {
        UI.getCurrent().navigate("partner/history/" + f.cafeA.getId());
        _get(LoginView.class);
        assertThat(_find(ListingHistoryView.class)).isEmpty();
    }
}
