package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.partner.domain.EditSuggestion;
import uk.nowrongdoor.partner.domain.SuggestionReason;
import uk.nowrongdoor.partner.service.SuggestionService;

/** "Suggest an edit" on a listing: a reason from a short list, optional details and an optional way to reply. */
@Route(value = "suggest-edit", layout = MainLayout.class)
@AnonymousAllowed
public class SuggestEditView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    /** The form bean. */
    static class Bean {
        @Nullable
        SuggestionReason reason;

        String details = "";
        String contact = "";
    }

    private final DirectoryService directory;
    private final SuggestionService suggestions;
    private String title = "Suggest an edit | No Wrong Door";

    public SuggestEditView(DirectoryService directory, SuggestionService suggestions) {
        this.directory = directory;
        this.suggestions = suggestions;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        var listing = directory.findListing(slug);
        if (listing.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such service");
            return;
        }
        String name = listing.get().getName();
        title = "Suggest an edit: " + name + " | No Wrong Door";
        removeAll();
        var reason = new RadioButtonGroup<SuggestionReason>("What is wrong?");
        reason.setItems(SuggestionReason.values());
        reason.setItemLabelGenerator(SuggestionReason::label);
        var details = new TextArea("What should it say? (optional)");
        details.setMaxLength(EditSuggestion.DETAILS_MAX);
        details.setHelperText("Please do not write about your own health or anyone else's.");
        var contact = new TextField("Your email or phone number, if you would like a reply (optional)");
        contact.setMaxLength(EditSuggestion.CONTACT_MAX);
        contact.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        var binder = new Binder<Bean>();
        binder.forField(reason).asRequired("Choose what is wrong").bind(b -> b.reason, (b, v) -> b.reason = v);
        binder.forField(details).bind(b -> b.details, (b, v) -> b.details = v);
        binder.forField(contact).bind(b -> b.contact, (b, v) -> b.contact = v);
        binder.readBean(new Bean());
        var send = new Button("Send suggestion");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var tooMany = new Paragraph();
        tooMany.addClassName("nwd-error-summary");
        tooMany.getElement().setAttribute("role", "alert");
        tooMany.setVisible(false);
        var form = new Div(reason, details, contact, tooMany, send);
        form.addClassName("nwd-form");
        send.addClickListener(e -> {
            var bean = new Bean();
            if (binder.writeBeanIfValid(bean) && bean.reason != null) {
                try {
                    suggestions.suggest(slug, bean.reason, bean.details, bean.contact, ClientAddress.current());
                    form.removeAll();
                    form.add(
                            new Paragraph("Thank you. The people who run " + name + " have been told, and will "
                                    + "check the listing."),
                            new Anchor("listing/" + slug, "Back to " + name));
                } catch (UserFacingException ex) {
                    if (SubmissionRateLimiter.TOO_MANY.equals(ex.getMessage())) {
                        // not about one field: said next to the button, and read out at once
                        tooMany.setText(ex.getMessage());
                        tooMany.setVisible(true);
                    } else {
                        details.setInvalid(true);
                        details.setErrorMessage(ex.getMessage());
                    }
                }
            }
        });
        add(
                new H1("Suggest an edit"),
                new Paragraph("Tell the people who run " + name + " what is wrong on its page. This is not the "
                        + "way to ask for help: for that, contact the service."),
                form);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
