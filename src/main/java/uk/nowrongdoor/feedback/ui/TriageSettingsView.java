package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.ReplyTemplate;
import uk.nowrongdoor.feedback.service.TriageSettings;
import uk.nowrongdoor.intake.domain.BankHoliday;
import uk.nowrongdoor.intake.service.BankHolidays;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins choose each organisation's complaints procedure, add bank holidays and edit the reply templates. */
@Route(value = "admin/complaints-settings", layout = StaffLayout.class)
@PageTitle("Complaints settings | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class TriageSettingsView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final TriageSettings settings;
    private final BankHolidays bankHolidays;
    private final Paragraph message = new Paragraph();
    private final UnorderedList holidays = new UnorderedList();

    public TriageSettingsView(TriageSettings settings, BankHolidays bankHolidays) {
        this.settings = settings;
        this.bankHolidays = bankHolidays;
        addClassName("nwd-page");
        message.getElement().setAttribute("role", "status");
        add(new H1("Complaints settings"), message);

        add(new H2("Complaints procedure of each organisation"));
        settings.policies().forEach(choice -> {
            var policy = new Select<ComplaintsPolicy>();
            policy.setLabel(choice.organisation());
            policy.setItems(ComplaintsPolicy.values());
            policy.setItemLabelGenerator(ComplaintsPolicy::label);
            policy.setValue(choice.policy());
            policy.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != choice.policy()) {
                    settings.choosePolicy(choice.organisationId(), e.getValue());
                    message.setText(choice.organisation() + " now follows: "
                            + e.getValue().label() + ".");
                }
            });
            add(new Div(policy));
        });

        add(
                new H2("Bank holidays in England and Wales"),
                new Paragraph("Working-day clocks skip weekends and these dates. Add each new year's dates from "
                        + "gov.uk/bank-holidays."));
        var day = new DatePicker("Date");
        day.setLocale(Locale.UK);
        var name = new TextField("Name");
        name.setMaxLength(BankHoliday.NAME_MAX);
        add(holidays, new Div(day, name), new Button("Add bank holiday", e -> {
            if (day.getValue() == null) {
                message.setText("Choose the date of the bank holiday.");
                return;
            }
            act(() -> bankHolidays.add(day.getValue(), name.getValue()), "Bank holiday added.");
            showHolidays();
        }));
        showHolidays();

        add(
                new H2("Reply templates"),
                new Paragraph("Placeholders: {reference}, {organisation}, {received}, {responseDue}, {ombudsman}, "
                        + "{statusLink}. Never put what the person wrote into an email."));
        for (ReplyTemplate.Purpose purpose : ReplyTemplate.Purpose.values()) {
            ReplyTemplate template = settings.template(purpose);
            String title = purpose == ReplyTemplate.Purpose.ACKNOWLEDGEMENT ? "Acknowledgement" : "Final response";
            var subject = new TextField(title + ": subject");
            subject.setMaxLength(ReplyTemplate.SUBJECT_MAX);
            subject.setValue(template.getSubject());
            subject.setWidthFull();
            var body = new TextArea(title + ": message");
            body.setMaxLength(ReplyTemplate.BODY_MAX);
            body.setValue(template.getBody());
            body.setWidthFull();
            add(
                    subject,
                    body,
                    new Button(
                            "Save " + title.toLowerCase(Locale.UK) + " template",
                            e -> act(
                                    () -> settings.editTemplate(purpose, subject.getValue(), body.getValue()),
                                    title + " saved.")));
        }
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            message.setText(done);
        } catch (UserFacingException e) {
            message.setText(e.getMessage());
        }
    }

    private void showHolidays() {
        holidays.removeAll();
        bankHolidays.list().forEach(h -> holidays.add(new ListItem(DATE.format(h.getDay()) + ": " + h.getName())));
    }
}
