package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.Place;

/**
 * The filter fields (inside {@link Refine}). It owns its fields, reads and writes a {@link ListingQuery}, and fires
 * {@link ApplyEvent}.
 */
class SearchFilters extends Div {

    static final String ANY = "";

    final Select<String> category = new Select<>();
    final Select<String> place = new Select<>();
    final CheckboxGroup<TimeFilter> times = new CheckboxGroup<>("When");
    final IntegerField age = new IntegerField("Your age (optional)");
    final CheckboxGroup<AccessMethod> access = new CheckboxGroup<>("How to get in");
    final CheckboxGroup<DeliveryMode> delivery = new CheckboxGroup<>("How it is offered");
    final Checkbox free = new Checkbox("Free services only");
    private final Map<String, String> categoryNames = new LinkedHashMap<>();
    private final Map<String, String> placeNames = new LinkedHashMap<>();
    private Map<String, Long> categoryCounts = Map.of();
    private Map<String, Long> placeCounts = Map.of();

    SearchFilters(List<Category> categories, List<Place> places) {
        addClassName("nwd-filters");
        categories.forEach(
                c -> categoryNames.put(c.getSlug(), indent(c.selfAndAncestors().size()) + c.getName()));
        places.forEach(
                p -> placeNames.put(p.getSlug(), indent(p.selfAndAncestors().size()) + p.getName()));
        setUp(category, "Type of support", categoryNames, () -> categoryCounts);
        setUp(place, "Area", placeNames, () -> placeCounts);
        times.setItems(TimeFilter.values());
        times.setItemLabelGenerator(SearchFilters::timeLabel);
        age.setMin(0);
        age.setMax(SearchParameters.MAX_AGE);
        age.setStepButtonsVisible(false);
        age.setHelperText("Shows services for people your age");
        age.setErrorMessage("Enter an age from 0 to " + SearchParameters.MAX_AGE + ", or leave it empty");
        access.setItems(AccessMethod.values());
        access.setItemLabelGenerator(AccessMethod::label);
        delivery.setItems(DeliveryMode.values());
        delivery.setItemLabelGenerator(DeliveryMode::label);

        var apply = new Button("Apply filters", e -> {
            if (!age.isInvalid()) {
                fireEvent(new ApplyEvent(this));
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clear = new Button("Clear filters", e -> {
            show(ListingQuery.everything());
            fireEvent(new ApplyEvent(this));
        });
        var buttons = new Div(apply, clear);
        buttons.addClassName("nwd-button-row");
        add(category, place, times, age, access, delivery, free, buttons);
    }

    static String timeLabel(TimeFilter t) {
        return switch (t) {
            case OPEN_NOW -> "Open now";
            case OPEN_TONIGHT -> "Open tonight";
            case OPEN_AT_WEEKEND -> "Open at the weekend";
        };
    }

    private static void setUp(
            Select<String> select,
            String label,
            Map<String, String> names,
            java.util.function.Supplier<Map<String, Long>> counts) {
        select.setLabel(label);
        var items = new ArrayList<String>();
        items.add(ANY);
        items.addAll(names.keySet());
        select.setItems(items);
        select.setValue(ANY);
        select.setItemLabelGenerator(slug -> {
            if (slug == null || slug.isEmpty()) {
                return "Any";
            }
            Long count = counts.get().get(slug);
            return names.getOrDefault(slug, slug) + (count == null ? "" : " (" + count + ")");
        });
    }

    private static String indent(int depth) {
        return "\u2003".repeat(Math.max(0, depth - 1));
    }

    /** Fills the fields from a query. */
    void show(ListingQuery q) {
        category.setValue(q.category() != null && categoryNames.containsKey(q.category()) ? q.category() : ANY);
        place.setValue(q.place() != null && placeNames.containsKey(q.place()) ? q.place() : ANY);
        times.setValue(q.times());
        age.setValue(q.age());
        access.setValue(q.access());
        delivery.setValue(q.delivery());
        free.setValue(q.freeOnly());
    }

    /** The query the fields describe, with the given search words. */
    ListingQuery query(String text) {
        return new ListingQuery(
                text,
                category.getValue() == null || category.getValue().isEmpty() ? null : category.getValue(),
                place.getValue() == null || place.getValue().isEmpty() ? null : place.getValue(),
                times.getValue() == null ? Set.of() : times.getValue(),
                age.isInvalid() ? null : age.getValue(),
                access.getValue() == null ? Set.of() : access.getValue(),
                delivery.getValue() == null ? Set.of() : delivery.getValue(),
                free.getValue());
    }

    /** Shows how many results each category and place would have. */
    void showCounts(Map<String, Long> categories, Map<String, Long> places) {
        this.categoryCounts = categories;
        this.placeCounts = places;
        refreshKeepingValue(category);
        refreshKeepingValue(place);
    }

    /**
     * Refreshing a Select's items gives them new client keys, and the browser then showed an empty box instead of the
     * chosen filter (found by the browser tests). Setting the value again sends the chosen item's new key.
     */
    private static void refreshKeepingValue(Select<String> select) {
        String value = select.getValue();
        select.getListDataView().refreshAll();
        select.clear();
        select.setValue(value == null ? ANY : value);
    }

    Registration addApplyListener(ComponentEventListener<ApplyEvent> listener) {
        return addListener(ApplyEvent.class, listener);
    }

    static class ApplyEvent extends ComponentEvent<SearchFilters> {
        ApplyEvent(SearchFilters source) {
            super(source, false);
        }
    }
}
