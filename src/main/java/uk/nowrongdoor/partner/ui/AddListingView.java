package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews.MyOrganisation;
import uk.nowrongdoor.partner.service.PartnerViews.NewListingRequest;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** A partner adds a listing for one of their organisations; it is public once an admin approves it. */
@Route(value = "partner/new", layout = StaffLayout.class)
@PageTitle("Add a listing | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class AddListingView extends Main {

    /** The form bean. */
    static class Bean {
        @Nullable
        MyOrganisation organisation;

        final Map<ListingField, String> values = new EnumMap<>(ListingField.class);
    }

    private static final ListingField[] FIELDS = {
        ListingField.NAME,
        ListingField.SUMMARY,
        ListingField.DESCRIPTION,
        ListingField.PHONE,
        ListingField.EMAIL,
        ListingField.WEBSITE
    };

    private final PartnerListingService partner;
    private final Binder<Bean> binder = new Binder<>();
    private final Div form = new Div();

    public AddListingView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        form.addClassName("nwd-form");
        var organisation = new Select<MyOrganisation>();
        organisation.setLabel("Organisation");
        var mine = partner.myOrganisations();
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(MyOrganisation::name);
        binder.forField(organisation)
                .asRequired("Choose the organisation that runs it")
                .bind(b -> b.organisation, (b, v) -> b.organisation = v);
        form.add(organisation);
        for (ListingField f : FIELDS) {
            var field = f == ListingField.SUMMARY || f == ListingField.DESCRIPTION
                    ? new TextArea(f.label() + (f == ListingField.DESCRIPTION ? " (optional)" : ""))
                    : new TextField(f.label() + (f == ListingField.NAME ? "" : " (optional)"));
            if (field instanceof TextField t) {
                t.setMaxLength(f.maxLength());
                t.setWidthFull();
            } else if (field instanceof TextArea a) {
                a.setMaxLength(f.maxLength());
                a.setWidthFull();
            }
            binder.forField(field)
                    .withValidator((v, context) -> {
                        String problem = f.problem(v.strip());
                        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                    })
                    .bind(b -> b.values.getOrDefault(f, ""), (b, v) -> b.values.put(f, v.strip()));
            if (field instanceof TextField t) {
                switch (f) {
                    case PHONE -> t.setAutocomplete(Autocomplete.TEL);
                    case EMAIL -> t.setAutocomplete(Autocomplete.EMAIL);
                    case WEBSITE -> t.setAutocomplete(Autocomplete.URL);
                    default -> t.setAutocomplete(Autocomplete.OFF);
                }
            }
            form.add(field);
        }
        var bean = new Bean();
        if (mine.size() == 1) {
            bean.organisation = mine.get(0);
        }
        binder.readBean(bean);
        var send = new Button("Send for approval", e -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(send);
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Add a listing"),
                new Paragraph("A partnership admin checks a new listing before it appears in the directory. Once "
                        + "it is added you can give its opening times and other details from My listings."),
                form);
    }

    private void submit() {
        var bean = new Bean();
        if (!binder.writeBeanIfValid(bean) || bean.organisation == null) {
            return;
        }
        var v = bean.values;
        try {
            partner.addListing(new NewListingRequest(
                    bean.organisation.id(),
                    v.get(ListingField.NAME),
                    v.get(ListingField.SUMMARY),
                    v.get(ListingField.DESCRIPTION),
                    v.get(ListingField.PHONE),
                    v.get(ListingField.EMAIL),
                    v.get(ListingField.WEBSITE)));
            form.removeAll();
            form.add(
                    new Paragraph("Thank you. \"" + v.get(ListingField.NAME) + "\" is waiting for an admin. "
                            + "It appears in the directory once it is approved."),
                    new RouterLink("Back to my listings", MyListingsView.class));
        } catch (UserFacingException ex) {
            var problem = new Paragraph(ex.getMessage());
            problem.getElement().setAttribute("role", "alert");
            form.add(problem);
        }
    }
}
