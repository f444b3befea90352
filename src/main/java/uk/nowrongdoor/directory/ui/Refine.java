package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.ListingQuery;

/**
 * Near me and the filters. On a phone they fold into one "Refine" row that says what is set ("Near CV34 · Open now · 2
 * filters") and opens on a tap, so the answer stays on the first screen; on a wide screen the theme shows the panel
 * beside the results and hides the row.
 */
class Refine extends Div {

    static final String PANEL_ID = "nwd-refine-panel";
    static final String NOTHING_SET = "Nothing set";

    final NativeButton toggle = new NativeButton();
    final Span summary = new Span();
    final Div panel;
    private boolean open;

    Refine(NearMe nearMe, SearchFilters filters) {
        addClassName("nwd-refine");
        var label = new Span("Refine");
        label.addClassName("nwd-refine-label");
        summary.addClassName("nwd-refine-summary");
        toggle.add(label, summary);
        toggle.addClassName("nwd-refine-toggle");
        toggle.getElement().setAttribute("aria-controls", PANEL_ID);
        toggle.addClickListener(e -> setOpen(!open));
        panel = new Div(nearMe, filters);
        panel.setId(PANEL_ID);
        panel.addClassName("nwd-refine-panel");
        add(toggle, panel);
        setOpen(false);
    }

    boolean isOpen() {
        return open;
    }

    /** Open or folded on a phone; the panel stays in the page either way, so its fields keep their values. */
    void setOpen(boolean open) {
        this.open = open;
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        panel.getElement().setAttribute("data-open", open);
    }

    void show(ListingQuery query, @Nullable String near) {
        summary.setText(summary(query, near));
    }

    /**
     * What is set, in the order a person thinks of it: where, when, then how many other filters. {@code near} is what
     * {@link NearMe#summary()} says, or null when the search has no point.
     */
    static String summary(ListingQuery query, @Nullable String near) {
        var parts = new ArrayList<String>();
        if (near != null && query.near() != null) {
            parts.add(near);
        }
        query.times().stream().map(SearchFilters::timeLabel).forEach(parts::add);
        long others = Stream.of(
                        query.category() != null,
                        query.place() != null,
                        query.age() != null,
                        !query.access().isEmpty(),
                        !query.delivery().isEmpty(),
                        query.freeOnly())
                .filter(set -> set)
                .count();
        if (others > 0) {
            parts.add(others + (others == 1 ? " filter" : " filters"));
        }
        return parts.isEmpty() ? NOTHING_SET : String.join(" · ", parts);
    }
}
