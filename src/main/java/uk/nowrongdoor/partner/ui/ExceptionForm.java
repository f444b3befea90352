package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.SessionDraft.Part;

/** One dated change: closed all day, or an extra session, on a date from today to a year ahead. */
class ExceptionForm extends DraftForm<ExceptionDraft> {

    static final String CLOSED = "Closed all day";
    static final String EXTRA = "Extra session";

    /** The form bean. */
    static class Bean {
        @Nullable
        LocalDate date;

        String what = CLOSED;

        @Nullable
        LocalTime opens;

        @Nullable
        LocalTime closes;

        boolean overnight;
        String note = "";
    }

    final DatePicker date = new DatePicker("Date");
    final RadioButtonGroup<String> what = new RadioButtonGroup<>("What happens that day?");
    final TimePicker opens = new TimePicker("Starts");
    final TimePicker closes = new TimePicker("Ends");
    final Checkbox overnight = new Checkbox("Ends after midnight");
    final TextField note = new TextField("Note (optional)");
    private final Binder<Bean> binder = new Binder<>();
    private final LocalDate today;
    private final List<ExceptionDraft> others;

    ExceptionForm(LocalDate today, List<ExceptionDraft> others) {
        super("Add this date");
        this.today = today;
        this.others = others;
        date.setLocale(Locale.UK);
        date.setMin(today);
        date.setMax(today.plusDays(ExceptionDraft.MAX_DAYS_AHEAD));
        what.setItems(CLOSED, EXTRA);
        for (TimePicker t : new TimePicker[] {opens, closes}) {
            t.setLocale(Locale.UK);
            t.setStep(Duration.ofMinutes(15));
        }
        note.setMaxLength(ExceptionDraft.NOTE_MAX);
        note.setHelperText("Shown on the public page, like \"Christmas Eve\"");
        note.setWidthFull();
        binder.forField(date)
                .withValidator(d -> problem(Part.DATE) == null, d -> problem(Part.DATE))
                .bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(what).asRequired("Choose what happens").bind(b -> b.what, (b, v) -> b.what = v);
        binder.forField(opens)
                .withValidator(t -> problem(Part.OPENS) == null, t -> problem(Part.OPENS))
                .bind(b -> b.opens, (b, v) -> b.opens = v);
        binder.forField(closes)
                .withValidator(t -> problem(Part.CLOSES) == null, t -> problem(Part.CLOSES))
                .bind(b -> b.closes, (b, v) -> b.closes = v);
        binder.forField(overnight).bind(b -> b.overnight, (b, v) -> b.overnight = v);
        binder.forField(note).bind(b -> b.note, (b, v) -> b.note = v);
        binder.readBean(new Bean());
        what.addValueChangeListener(e -> showTimes());
        add(new H3("Add a closure or extra session"), date, what, opens, closes, overnight, note, actions);
        showTimes();
    }

    private boolean extra() {
        return EXTRA.equals(what.getValue());
    }

    private void showTimes() {
        opens.setVisible(extra());
        closes.setVisible(extra());
        overnight.setVisible(extra());
    }

    @Override
    ExceptionDraft draft() {
        return new ExceptionDraft(
                date.getValue(), !extra(), opens.getValue(), closes.getValue(), overnight.getValue(), note.getValue());
    }

    /** The message for one field, or null; a second change on the same date shows next to the date. */
    private @Nullable String problem(Part part) {
        ExceptionDraft d = draft();
        var problem = d.problem(today);
        if (problem != null) {
            return problem.part() == part ? problem.message() : null;
        }
        if (part == Part.DATE) {
            ExceptionDraft clash = d.clashWith(others);
            if (clash != null) {
                return "This date already has: " + clash.label();
            }
        }
        return null;
    }

    @Override
    boolean valid() {
        return binder.writeBeanIfValid(new Bean());
    }
}
