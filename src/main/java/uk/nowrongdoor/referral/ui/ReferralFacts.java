package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.referral.service.HistoryLine;
import uk.nowrongdoor.referral.service.ReferralDetail;

/** The parts of the referral screen: safe contact first, then what they asked for, then the history. */
final class ReferralFacts {

    private ReferralFacts() {}

    static Div safeContact(ReferralDetail d) {
        var list = new DescriptionList();
        row(list, "Call them", d.contactName());
        row(list, "How to contact", d.contactMethod());
        if (d.phone() != null) {
            list.add(
                    new DescriptionList.Term("Phone"),
                    new DescriptionList.Description(
                            new Anchor("tel:" + d.phone().replace(" ", ""), d.phone())));
        }
        if (d.email() != null) {
            list.add(
                    new DescriptionList.Term("Email"),
                    new DescriptionList.Description(new Anchor("mailto:" + d.email(), d.email())));
        }
        row(list, "Voicemail", d.voicemailOk() ? "Yes, you may leave a voicemail" : "No: do not leave a voicemail");
        row(
                list,
                "Say where you are calling from",
                d.maySayWhoCalls() ? "Yes, you may say" : "No: do not say where you are calling from");
        row(list, "Best times", d.bestTimes());
        row(list, "Pronouns", d.pronouns());
        row(list, "Communication needs", d.communicationNeeds());
        var panel = new Div(new H2("Contact them safely"), list);
        panel.addClassName("nwd-safe-contact");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", "Contact them safely");
        return panel;
    }

    static Div answers(ReferralDetail d) {
        var list = new DescriptionList();
        row(list, "Who it is for", d.forWhom());
        row(list, "Safe right now?", d.safeNow());
        row(list, "Help they would like", d.helpWanted());
        row(list, "Anything else", d.aboutMe());
        if (d.closeReason() != null) {
            row(list, "Closed because", d.closeReason());
        }
        var div = new Div(new H2("What they asked for"), list);
        div.addClassName("nwd-referral-answers");
        return div;
    }

    static Component history(ReferralDetail d) {
        var list = new UnorderedList();
        for (HistoryLine line : d.history()) {
            var item = new ListItem(new Paragraph(Waited.WHEN.format(line.at().atZone(Application.LONDON)) + ": "
                    + line.what() + (line.detail() == null ? "" : ". " + line.detail()) + ". By " + line.who()));
            if (line.note() != null) {
                item.add(new Paragraph("Note: " + line.note()));
            }
            list.add(item);
        }
        return new Div(new H2("History"), list);
    }

    private static void row(DescriptionList list, String term, @Nullable String value) {
        list.add(
                new DescriptionList.Term(term),
                new DescriptionList.Description(value == null || value.isBlank() ? "Not given" : value));
    }
}
