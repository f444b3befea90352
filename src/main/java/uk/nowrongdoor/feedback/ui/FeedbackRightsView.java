package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.service.FeedbackRetention;
import uk.nowrongdoor.feedback.service.FeedbackRights;
import uk.nowrongdoor.feedback.service.FeedbackRights.HeldItem;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** An admin answers a person's request about their feedback: see it, download it, erase it where the law allows. */
@Route(value = "admin/feedback-rights", layout = StaffLayout.class)
@PageTitle("Feedback: a person's information | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class FeedbackRightsView extends Main {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final FeedbackRights rights;
    private final TextField who = new TextField("Email address or feedback reference");
    private final Paragraph message = new Paragraph();
    private final Div results = new Div();

    public FeedbackRightsView(FeedbackRights rights, FeedbackRetention retention) {
        this.rights = rights;
        addClassName("nwd-page");
        who.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        who.setWidthFull();
        var find = new Button("Find", e -> show());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.getElement().setAttribute("role", "status");
        results.addClassName("nwd-card-list");
        add(
                new H1("Feedback: a person's information"),
                new Paragraph("When someone asks what we hold about them, or asks us to delete it, find their "
                        + "feedback here by the email address they gave or by its reference."),
                new H2("When feedback can be erased"),
                new Paragraph(rights.erasureRule()),
                who,
                find,
                message,
                results,
                new H2("Retention runs, exports and erasures"));
        var log = retention.recentLog();
        if (log.isEmpty()) {
            add(new Paragraph("Nothing yet. The retention job runs every night."));
        }
        log.forEach(entry -> add(new Paragraph(WHEN.format(entry.getOccurredAt().atZone(Application.LONDON)) + ", "
                + entry.getActor() + ": " + entry.getAction().name().toLowerCase(Locale.UK) + ", "
                + entry.getItems() + " item(s)"
                + (entry.getDetail().isEmpty() ? "" : " (" + entry.getDetail() + ")"))));
    }

    private void show() {
        results.removeAll();
        List<HeldItem> items;
        try {
            items = rights.find(who.getValue());
        } catch (UserFacingException e) {
            message.setText(e.getMessage());
            who.setInvalid(true);
            who.setErrorMessage(e.getMessage());
            return;
        }
        who.setInvalid(false);
        message.setText(
                items.isEmpty()
                        ? "We hold no feedback under that email address or reference."
                        : items.size() + " item(s) held.");
        if (items.isEmpty()) {
            return;
        }
        var download = new Anchor();
        download.setText("Download everything held (JSON)");
        download.getElement().setAttribute("download", true);
        var prepare = new Button("Prepare the download", e -> {
            String json = rights.export(who.getValue());
            download.setHref(new StreamResource(
                    "feedback-held.json", () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
            e.getSource().setVisible(false);
            results.addComponentAtIndex(1, download);
        });
        results.add(prepare);
        items.forEach(item -> results.add(card(item)));
    }

    private Div card(HeldItem item) {
        var card = new Div(
                new H3(item.reference() + ": " + item.kind()),
                new Paragraph("About " + item.organisation() + ". Received " + DAY.format(item.received()) + ". "
                        + item.status() + "."));
        card.addClassName("nwd-card");
        if (item.anonymisedOn() != null) {
            card.add(new Paragraph(
                    "Anonymised on " + DAY.format(item.anonymisedOn()) + ": nothing about the person " + "is left."));
        } else if (item.erasable()) {
            var erase = new Button("Erase " + item.reference(), e -> {
                try {
                    rights.erase(item.id());
                    show();
                    message.setText(item.reference() + " was erased.");
                } catch (UserFacingException ex) {
                    message.setText(ex.getMessage());
                }
            });
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(erase);
        } else {
            card.add(new Paragraph("Cannot be erased yet: " + item.whyNotErasable()));
        }
        return card;
    }
}
