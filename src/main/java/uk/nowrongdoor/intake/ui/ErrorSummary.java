package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;

/** "There is a problem": the GOV.UK error summary, read out at once by screen readers. */
public class ErrorSummary extends Div {

    public ErrorSummary() {
        addClassName("nwd-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    public void show(Collection<String> messages) {
        removeAll();
        var list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        add(new H2("There is a problem"), list);
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    public void hide() {
        removeAll();
        setVisible(false);
    }
}
