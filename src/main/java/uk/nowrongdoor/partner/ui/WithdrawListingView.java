package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** A partner asks the admins to take a listing out of the directory (a service that has closed or moved on). */
@Route(value = "partner/withdraw", layout = StaffLayout.class)
@PageTitle("Ask to withdraw a listing | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class WithdrawListingView extends Main implements HasUrlParameter<Long> {

    private final PartnerListingService partner;

    public WithdrawListingView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        String name = OwnListing.read(event, () -> partner.details(id).name());
        if (name == null) {
            return;
        }
        removeAll();
        var reason = new TextArea("Why should it be withdrawn? (optional)");
        reason.setMaxLength(ListingRevision.NOTE_MAX);
        reason.setWidthFull();
        reason.setHelperText("For example: the service closed in March. For a short closure, add a notice instead.");
        var ask = new Button("Ask to withdraw");
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var form = new Div(reason, ask);
        form.addClassName("nwd-form");
        ask.addClickListener(e -> {
            try {
                partner.requestWithdrawal(id, reason.getValue());
                form.removeAll();
                form.add(new Paragraph("Sent. An admin will take \"" + name + "\" out of the directory once they "
                        + "have checked. It stays public until then."));
            } catch (UserFacingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Ask to withdraw: " + name),
                new Paragraph("A withdrawn listing no longer shows in search, on its page or in the open data feed. "
                        + "A partnership admin decides."),
                form);
    }
}
