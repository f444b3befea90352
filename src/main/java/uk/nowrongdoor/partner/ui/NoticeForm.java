package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.ListingNotice;
import uk.nowrongdoor.partner.domain.NoticeKind;
import uk.nowrongdoor.partner.service.NoticeRequest;

/** "Closed tonight", "extra session", "phone line down": a notice in a few taps, with only the fields it needs. */
class NoticeForm extends Div {

    /** The form bean (never the entity). */
    static class Bean {
        @Nullable
        NoticeKind kind = NoticeKind.CLOSED;

        @Nullable
        LocalDate date;

        @Nullable
        LocalTime opens;

        @Nullable
        LocalTime closes;

        Integer hours = 24;
        String message = "";
    }

    final RadioButtonGroup<NoticeKind> kind = new RadioButtonGroup<>("What has changed?");
    final DatePicker date = new DatePicker("Date");
    final TimePicker opens = new TimePicker("Opens at");
    final TimePicker closes = new TimePicker("Closes at");
    final Select<Integer> hours = new Select<>();
    final TextArea message = new TextArea("Message (optional for a closure or extra session)");
    final Button publish = new Button("Publish now");
    private final Binder<Bean> binder = new Binder<>();

    NoticeForm(LocalDate today) {
        kind.setItems(NoticeKind.values());
        kind.setItemLabelGenerator(NoticeKind::label);
        date.setMin(today);
        date.setMax(today.plusDays(NoticeRequest.MAX_DAYS_AHEAD));
        date.setHelperText("A closure or extra session ends by itself at 06:00 the next morning");
        hours.setLabel("Show it for");
        hours.setItems(2, 6, 12, 24, 48, NoticeRequest.MAX_HOURS);
        hours.setItemLabelGenerator(h -> h < 24 ? h + " hours" : h == 24 ? "1 day" : (h / 24) + " days");
        message.setMaxLength(ListingNotice.MESSAGE_MAX);
        message.setWidthFull();
        binder.forField(kind).asRequired("Choose what has changed").bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(date)
                .withValidator(d -> !dated() || d != null, "Choose the date")
                .withValidator(d -> d == null || !d.isBefore(today), "Choose today or a later date")
                .bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(opens)
                .withValidator(t -> !extra() || t != null, "Give the time it opens")
                .bind(b -> b.opens, (b, v) -> b.opens = v);
        binder.forField(closes)
                .withValidator(t -> !extra() || t != null, "Give the time it closes")
                .withValidator(
                        t -> !extra() || t == null || !t.equals(opens.getValue()), "It must close after it opens")
                .bind(b -> b.closes, (b, v) -> b.closes = v);
        binder.forField(hours).bind(b -> b.hours, (b, v) -> b.hours = v);
        binder.forField(message)
                .withValidator(
                        m -> kind.getValue() != NoticeKind.OTHER || !m.isBlank(), "Write what people need to know")
                .bind(b -> b.message, (b, v) -> b.message = v);
        var bean = new Bean();
        bean.date = today;
        binder.readBean(bean);
        kind.addValueChangeListener(e -> showFields());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> submit());
        add(kind, date, opens, closes, hours, message, publish);
        addClassName("nwd-form");
        showFields();
    }

    private boolean dated() {
        return kind.getValue() != null && kind.getValue().dated();
    }

    private boolean extra() {
        return kind.getValue() == NoticeKind.EXTRA_SESSION;
    }

    private void showFields() {
        date.setVisible(dated());
        opens.setVisible(extra());
        closes.setVisible(extra());
        hours.setVisible(!dated());
    }

    private void submit() {
        var bean = new Bean();
        if (binder.writeBeanIfValid(bean) && bean.kind != null) {
            fireEvent(new SubmitEvent(
                    this, new NoticeRequest(bean.kind, bean.date, bean.opens, bean.closes, bean.message, bean.hours)));
        }
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<NoticeForm> {
        private final NoticeRequest request;

        SubmitEvent(NoticeForm source, NoticeRequest request) {
            super(source, false);
            this.request = request;
        }

        NoticeRequest request() {
            return request;
        }
    }
}
