package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.SessionDraft;
import uk.nowrongdoor.partner.domain.SessionDraft.Part;

/**
 * One weekly session: the days as checkboxes, and a start and end time picker (or "all day"). Each problem shows next
 * to its field, an overlap with another session too.
 */
class SessionForm extends DraftForm<SessionDraft> {

    /** The form bean. */
    static class Bean {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean allDay;

        @Nullable
        LocalTime opens;

        @Nullable
        LocalTime closes;

        boolean overnight;
    }

    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days");
    final Checkbox allDay = new Checkbox("Open all day (24 hours)");
    final TimePicker opens = new TimePicker("Starts");
    final TimePicker closes = new TimePicker("Ends");
    final Checkbox overnight = new Checkbox("Ends after midnight");
    private final Binder<Bean> binder = new Binder<>();
    private final List<SessionDraft> others;
    private final @Nullable SessionDraft editing;

    SessionForm(@Nullable SessionDraft editing, List<SessionDraft> others) {
        super(editing == null ? "Add this session" : "Save this session");
        this.editing = editing;
        this.others = others;
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.UK));
        for (TimePicker t : new TimePicker[] {opens, closes}) {
            t.setLocale(Locale.UK);
            t.setStep(Duration.ofMinutes(15));
            t.setHelperText("24-hour clock, like 18:00");
        }
        // not asRequired: Vaadin would put aria-required on the group, which axe refuses for role="group"
        binder.forField(days)
                .withValidator(d -> !d.isEmpty(), "Choose at least one day")
                .bind(b -> b.days, (b, v) -> b.days = v);
        binder.forField(allDay).bind(b -> b.allDay, (b, v) -> b.allDay = v);
        binder.forField(opens)
                .withValidator(t -> problem(Part.OPENS) == null, t -> problem(Part.OPENS))
                .bind(b -> b.opens, (b, v) -> b.opens = v);
        binder.forField(closes)
                .withValidator(t -> problem(Part.CLOSES) == null, t -> problem(Part.CLOSES))
                .bind(b -> b.closes, (b, v) -> b.closes = v);
        binder.forField(overnight).bind(b -> b.overnight, (b, v) -> b.overnight = v);
        var bean = new Bean();
        if (editing != null) {
            bean.days = editing.days();
            bean.allDay = editing.allDay();
            bean.opens = editing.opens();
            bean.closes = editing.closes();
            bean.overnight = editing.overnight();
        }
        binder.readBean(bean);
        allDay.addValueChangeListener(e -> showTimes());
        add(
                new H3(editing == null ? "Add a session" : "Change this session"),
                days,
                allDay,
                opens,
                closes,
                overnight,
                actions);
        showTimes();
    }

    private void showTimes() {
        boolean times = !allDay.getValue();
        opens.setVisible(times);
        closes.setVisible(times);
        overnight.setVisible(times);
    }

    /** The session as the fields say now, keeping a date range the session had (not edited here). */
    @Override
    SessionDraft draft() {
        return new SessionDraft(
                days.getValue(),
                allDay.getValue(),
                opens.getValue(),
                closes.getValue(),
                overnight.getValue(),
                editing == null ? null : editing.validFrom(),
                editing == null ? null : editing.validTo());
    }

    /** The message for one field, or null; an overlap shows next to the start time. */
    private @Nullable String problem(Part part) {
        SessionDraft d = draft();
        var problem = d.problem();
        if (problem != null) {
            return problem.part() == part ? problem.message() : null;
        }
        if (part == Part.OPENS) {
            SessionDraft clash = d.clashWith(others);
            if (clash != null) {
                return "This overlaps " + clash.label() + ": change the times, or change that session";
            }
        }
        return null;
    }

    @Override
    boolean valid() {
        return binder.writeBeanIfValid(new Bean());
    }
}
