package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.service.CrisisLineService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

class CrisisLinesViewTest extends AbstractUiTest {

    @Autowired
    CrisisLineRepository lines;

    private String savedDial;

    @Autowired
    CrisisLineService service;

    @Autowired
    ListingRepository listings;

    @AfterEach
    void restore() {
        if (savedDial != null) {
            // through the service, so that Shout's listing follows the number back too
            var shout = lines.findBySlug("shout").orElseThrow();
            Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
            service.change(
                    shout.getId(),
                    new CrisisLineService.Change(
                            shout.getName(),
                            "Text SHOUT to " + savedDial,
                            savedDial,
                            shout.getKind(),
                            shout.getSmsBody(),
                            shout.getDescription(),
                            shout.getVerifiedOn()));
        }
    }

    private Div shoutCard() {
        return (Div) _get(H2.class, spec -> spec.withText("Shout")).getParent().orElseThrow();
    }

    @Test
    void an_admin_changes_shouts_number_and_the_offline_card_and_crisis_block_read_it() {
        savedDial = lines.findBySlug("shout").orElseThrow().getDial();
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CrisisLinesView.class);
        var card = shoutCard();

        _setValue(
                _get(card, TextField.class, spec -> spec.withLabel("What to do, with the number as people dial it")),
                "Text SHOUT to 85259");
        _setValue(_get(card, TextField.class, spec -> spec.withLabel("Number to dial or text (digits only)")), "85259");
        _click(_get(card, Button.class, spec -> spec.withText("Save Shout")));

        assertThat(card.getElement().getTextRecursively())
                .contains("Saved. Every page and the offline card now show it.");
        assertThat(lines.findBySlug("shout").orElseThrow().href()).isEqualTo("sms:85259?&body=SHOUT");
        assertThat(listings.findBySlug("shout-text-85258").orElseThrow().getTextNumber())
                .isEqualTo("85259");
    }

    @Test
    void a_number_with_letters_is_refused_next_to_its_field_and_nothing_changes() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CrisisLinesView.class);
        var card = shoutCard();
        var dial = _get(card, TextField.class, spec -> spec.withLabel("Number to dial or text (digits only)"));

        _setValue(dial, "SHOUT");
        _click(_get(card, Button.class, spec -> spec.withText("Save Shout")));

        assertThat(dial.isInvalid()).isTrue();
        assertThat(dial.getErrorMessage()).startsWith("Enter the number to dial or text, digits only");
        assertThat(lines.findBySlug("shout").orElseThrow().getDial()).isEqualTo("85258");
    }

    @Test
    void a_partner_may_not_open_the_crisis_numbers_screen() {
        loginAs("partner", AppRoles.PARTNER);
        UI.getCurrent().navigate("admin/crisis-lines");
        assertThatThrownBy(() -> _find(CrisisLinesView.class)).hasMessageContaining("AccessDenied");
    }
}
