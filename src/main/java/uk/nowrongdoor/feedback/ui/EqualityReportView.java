package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.feedback.service.EqualitySummary;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Equality monitoring answers for a quarter, as counts only: there is no way from here to any one person's answers. */
@Route(value = "staff/equality", layout = StaffLayout.class)
@PageTitle("Equality monitoring | No Wrong Door")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
public class EqualityReportView extends Main {

    private final FeedbackService feedback;
    private final Div report = new Div();

    public EqualityReportView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("nwd-page");
        var quarters = feedback.recentQuarters();
        var quarter = new Select<String>();
        quarter.setLabel("Quarter (financial year, Q1 is April to June)");
        quarter.setItems(quarters);
        quarter.addValueChangeListener(e -> show(e.getValue()));
        add(new H1("Equality monitoring"), quarter, report);
        quarter.setValue(quarters.get(0));
    }

    private void show(String quarter) {
        EqualitySummary r = feedback.equalitySummary(quarter);
        report.removeAll();
        report.add(new Paragraph(r.responses() + " people answered at least one question in " + quarter
                + ". \"Not answered\" means the question was skipped; \"Prefer not to say\" is an answer. Numbers "
                + "from 1 to 4 are shown as <5, and a number that would let someone work one out is not shown, so no "
                + "one can be picked out."));
        r.questions().forEach(q -> {
            var list = new UnorderedList();
            q.answers().forEach(a -> list.add(new ListItem(a.label() + ": " + a.count())));
            report.add(new H2(q.title()), q.answers().isEmpty() ? new Paragraph("No answers") : list);
        });
    }
}
