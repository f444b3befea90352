package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.service.TriageItem;
import uk.nowrongdoor.feedback.service.TriageService;
import uk.nowrongdoor.feedback.service.TriageService.OrganisationOption;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** One piece of feedback: what was said, its clocks, coding, safeguarding, replies and history. */
@Route(value = "staff/feedback/item", layout = StaffLayout.class)
@PageTitle("Feedback item | No Wrong Door")
@RolesAllowed(AppRoles.COMPLAINTS_LEAD)
public class FeedbackItemView extends Main implements HasUrlParameter<Long> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final TriageService triage;
    private final Paragraph message = new Paragraph();
    private long id;

    public FeedbackItemView(TriageService triage) {
        this.triage = triage;
        addClassName("nwd-page");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        show(triage.item(id));
    }

    private void show(TriageItem item) {
        removeAll();
        add(new RouterLink("Back to the queue", FeedbackQueueView.class));
        add(new H1(item.reference() + ": " + item.kind().label()), message);
        add(list(item.clocks()));
        add(new Paragraph("About: " + item.organisation() + (item.service() == null ? "" : ", " + item.service())));
        add(new Paragraph("Status: " + FeedbackQueueView.words(item.status().name()) + ". From: " + item.from()));
        add(new H2("What they told us"), new Paragraph(item.story()));
        if (item.whenHappened() != null) {
            add(new Paragraph("When: " + item.whenHappened()));
        }
        if (item.outcomeWanted() != null) {
            add(new Paragraph("What they would like to happen: " + item.outcomeWanted()));
        }
        add(new H2("Safeguarding"));
        if (!item.safeguarding()) {
            add(new Button("Flag as a safeguarding concern", e -> act(() -> triage.flagSafeguarding(id))));
        } else if (item.safeguardingDecidedOn() == null) {
            var decision = new TextArea("Safeguarding decision");
            decision.setMaxLength(Feedback.DECISION_MAX);
            var wishes = new Checkbox("The person's wishes were asked");
            add(
                    decision,
                    wishes,
                    new Button(
                            "Record the decision",
                            e -> act(() ->
                                    triage.recordSafeguardingDecision(id, decision.getValue(), wishes.getValue()))));
        } else {
            add(new Paragraph("Decision: " + item.safeguardingDecision() + " Person's wishes asked: "
                    + (Boolean.TRUE.equals(item.wishesAsked()) ? "yes" : "no") + "."));
        }
        add(new H2("Coding"));
        var kind = new Select<FeedbackKind>();
        kind.setLabel("Kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(FeedbackKind::label);
        kind.setValue(item.kind());
        add(kind, new Button("Change kind", e -> act(() -> triage.reclassify(id, kind.getValue()))));
        var form = new CodingForm();
        form.edit(item.coding());
        form.addSaveListener(e -> act(() -> triage.code(id, e.coding())));
        add(form);
        add(new H2("Replies and closing"));
        var actions = new Div(
                new Button(
                        item.canEmail() ? "Send the acknowledgement" : "Record as acknowledged",
                        e -> act(() -> triage.sendAcknowledgement(id))),
                new Button(
                        item.canEmail() ? "Send the final response" : "Record as responded",
                        e -> act(() -> triage.sendFinalResponse(id))),
                new Button("Close", e -> act(() -> triage.close(id))));
        if (item.policy().hasTwoStages() && item.stage() == 1 && item.kind() == FeedbackKind.COMPLAINT) {
            actions.add(new Button("Escalate to stage 2", e -> act(() -> triage.escalate(id))));
        }
        actions.addClassName("nwd-actions");
        add(actions);
        var target = new Select<OrganisationOption>();
        target.setLabel("Reassign to");
        target.setItems(triage.organisations());
        target.setItemLabelGenerator(OrganisationOption::name);
        add(target, new Button("Reassign", e -> {
            if (target.getValue() != null) {
                act(() -> triage.reassign(id, target.getValue().id()));
            }
        }));
        add(new H2("History"));
        add(
                item.history().isEmpty()
                        ? new Paragraph("No changes yet.")
                        : list(item.history().stream()
                                .map(h -> WHEN.format(h.when().atZone(Application.LONDON)) + ", " + h.who() + ": "
                                        + h.what())
                                .toList()));
    }

    /** Runs a change; shows a refusal next to the heading, or the item as it now is. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            message.setText(e.getMessage());
            return;
        }
        try {
            show(triage.item(id));
            message.setText("Saved.");
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // reassigned to an organisation this lead does not handle
            getUI().ifPresent(ui -> ui.navigate(FeedbackQueueView.class));
        }
    }

    private static UnorderedList list(java.util.List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
