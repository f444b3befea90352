package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Drafts not sent yet (weekly sessions, dated changes) as cards with Remove, and Change when the screen offers it. The
 * list is what the screen sends; the screen opens the {@link DraftForm} that adds or changes one.
 *
 * @param <D> the draft each card shows
 */
class DraftCards<D> extends Div {

    private final List<D> drafts = new ArrayList<>();
    private final String emptyText;
    private final Function<D, String> label;
    private @Nullable IntConsumer changing;
    private Consumer<String> removed = label -> {};

    DraftCards(String emptyText, Function<D, String> label) {
        this.emptyText = emptyText;
        this.label = label;
        addClassName("nwd-card-list");
    }

    /** The drafts as listed now, in order. */
    List<D> drafts() {
        return List.copyOf(drafts);
    }

    /** Lists these drafts instead. */
    void show(List<D> shown) {
        drafts.clear();
        drafts.addAll(shown);
        render();
    }

    /** Puts the draft at this place in the list, or at its end when the index is negative. */
    void put(int index, D draft) {
        if (index >= 0) {
            drafts.set(index, draft);
        } else {
            drafts.add(draft);
        }
        render();
    }

    /** Gives each card a Change button, which calls this with the card's index. */
    void onChange(IntConsumer listener) {
        changing = listener;
        render();
    }

    /** Called with the label of a draft once Remove has taken it off the list. */
    void onRemove(Consumer<String> listener) {
        removed = listener;
    }

    private void render() {
        removeAll();
        if (drafts.isEmpty()) {
            add(new Paragraph(emptyText));
        }
        for (int i = 0; i < drafts.size(); i++) {
            add(card(i, label.apply(drafts.get(i))));
        }
    }

    private Div card(int index, String text) {
        var card = new Div(new Paragraph(text));
        card.addClassName("nwd-card");
        var actions = new Div();
        actions.addClassName("nwd-card-actions");
        IntConsumer change = changing;
        if (change != null) {
            var edit = new Button("Change", e -> change.accept(index));
            edit.getElement().setAttribute("aria-label", "Change " + text);
            actions.add(edit);
        }
        var delete = new Button("Remove", e -> {
            drafts.remove(index);
            render();
            removed.accept(text);
        });
        delete.getElement().setAttribute("aria-label", "Remove " + text);
        actions.add(delete);
        card.add(actions);
        return card;
    }
}
