package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.service.QueueFilter;
import uk.nowrongdoor.feedback.service.QueueItem;
import uk.nowrongdoor.feedback.service.TriageService;
import uk.nowrongdoor.feedback.service.TriageService.OrganisationOption;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** The complaints leads' queue: risk and safeguarding first, then the nearest deadline. Cards on every screen size. */
@Route(value = "staff/feedback", layout = StaffLayout.class)
@PageTitle("Feedback to triage | No Wrong Door")
@RolesAllowed(AppRoles.COMPLAINTS_LEAD)
public class FeedbackQueueView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final TriageService triage;
    private final Select<FeedbackKind> kind = new Select<>();
    private final Select<OrganisationOption> organisation = new Select<>();
    private final Select<FeedbackStatus> status = new Select<>();
    private final Checkbox safeguarding = new Checkbox("Safeguarding only");
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final Div results = new Div();

    public FeedbackQueueView(TriageService triage) {
        this.triage = triage;
        addClassName("nwd-page");
        kind.setLabel("Kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        organisation.setLabel("Organisation");
        organisation.setItems(triage.organisations());
        organisation.setItemLabelGenerator(o -> o == null ? "Any organisation" : o.name());
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption("Any organisation");
        status.setLabel("Status");
        status.setItems(FeedbackStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Open (not closed)" : words(s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Open (not closed)");
        var filters = new Div(kind, organisation, status, safeguarding, overdue);
        filters.addClassName("nwd-filters");
        kind.addValueChangeListener(e -> show());
        organisation.addValueChangeListener(e -> show());
        status.addValueChangeListener(e -> show());
        safeguarding.addValueChangeListener(e -> show());
        overdue.addValueChangeListener(e -> show());
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassName("nwd-results");
        add(new H1("Feedback to triage"), filters, results);
        show();
    }

    private void show() {
        var items = triage.queue(new QueueFilter(
                kind.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                status.getValue(),
                safeguarding.getValue(),
                overdue.getValue()));
        results.removeAll();
        results.add(new Paragraph(
                items.isEmpty()
                        ? "Nothing matches these filters."
                        : items.size() + (items.size() == 1 ? " item" : " items")
                                + ", risk and safeguarding first, then " + "the nearest deadline."));
        items.forEach(item -> results.add(card(item)));
    }

    private static Div card(QueueItem item) {
        var link = new RouterLink(item.reference() + ": " + item.kind().label(), FeedbackItemView.class, item.id());
        var heading = new H2(link);
        heading.addClassName("nwd-card-title");
        var flags = new Div();
        flags.addClassName("nwd-flags");
        if (item.risk()) {
            flags.add(badge("Risk indicated", "error"));
        }
        if (item.safeguarding()) {
            flags.add(badge("Safeguarding decision needed", "error"));
        }
        if (item.overdue()) {
            flags.add(badge("Overdue", "error"));
        }
        var card = new Div(
                heading,
                flags,
                new Paragraph(item.organisation()),
                new Paragraph(words(item.status().name()) + ", received " + DATE.format(item.received())),
                new Paragraph(item.nextStep()));
        card.addClassName("nwd-card");
        if (item.overdue()) {
            card.addClassName("nwd-overdue");
        }
        return card;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static String words(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
