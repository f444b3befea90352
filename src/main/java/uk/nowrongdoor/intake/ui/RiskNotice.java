package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.ui.CrisisDialog;

/**
 * Shown at once when someone says they are not safe or writes a clear risk phrase: the crisis card inline, and a
 * plain statement that the form is not watched around the clock. It never promises an urgent reply.
 */
public class RiskNotice extends Div {

    public static final String NOT_MONITORED = "This form is not watched around the clock, and no one will read it "
            + "straight away. Please do not wait for a reply if you need help now.";

    private final DirectoryService directory;
    private boolean shown;

    public RiskNotice(DirectoryService directory) {
        this.directory = directory;
        addClassName("nwd-risk-notice");
        setVisible(false);
    }

    public void show() {
        if (shown) {
            return;
        }
        shown = true;
        add(new H2("If you need help now"), new Paragraph(NOT_MONITORED), CrisisDialog.CrisisCard.of(directory));
        getElement().setAttribute("role", "alert");
        setVisible(true);
    }

    public boolean isShown() {
        return shown;
    }
}
