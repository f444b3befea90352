package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;

/**
 * "Near me": a postcode, or the phone's location once the person taps the button, and a distance limit. The point is
 * kept only in this component for this visit: never in the URL, the database or a log.
 */
class NearMe extends Div {

    static final List<Integer> MILES = List.of(1, 2, 5, 10, 25);
    static final int ANY_DISTANCE = 0;

    /** Asks the browser once, only after a tap; resolves to [latitude, longitude] or null. */
    private static final String LOCATE_JS =
            """
            return new Promise(resolve => {
              if (!navigator.geolocation) { resolve(null); return; }
              navigator.geolocation.getCurrentPosition(
                p => resolve([p.coords.latitude, p.coords.longitude]),
                () => resolve(null),
                {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000});
            });""";

    final TextField postcode = new TextField("Postcode (optional)");
    final Button useLocation = new Button("Use my location", VaadinIcon.CROSSHAIRS.create());
    final Select<Integer> distance = new Select<>();
    final Paragraph status = new Paragraph();
    private final Gazetteer gazetteer;
    private @Nullable Near fromLocation;

    NearMe(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        addClassName("nwd-near-me");
        postcode.setHelperText("Full or first part, like CV1 2AB or CV34. Results come nearest first.");
        postcode.setMaxLength(9);
        postcode.setClearButtonVisible(true);
        postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        postcode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fromLocation = null;
                status.setText("");
                postcode.setInvalid(false);
            }
        });
        postcode.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> fireEvent(new ChangeEvent(this)));
        distance.setLabel("Distance");
        distance.setItems(concat(ANY_DISTANCE, MILES));
        distance.setValue(ANY_DISTANCE);
        distance.setItemLabelGenerator(
                m -> m == null || m == ANY_DISTANCE ? "Any distance" : "Within " + m + (m == 1 ? " mile" : " miles"));
        distance.addValueChangeListener(e -> {
            if (e.isFromClient() && (fromLocation != null || !postcode.isEmpty())) {
                fireEvent(new ChangeEvent(this));
            }
        });
        useLocation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useLocation.addClickListener(e -> getElement().executeJs(LOCATE_JS).then(json -> {
            if (json.getType() == JsonType.ARRAY && ((JsonArray) json).length() == 2) {
                useCoordinates(((JsonArray) json).getNumber(0), ((JsonArray) json).getNumber(1));
            } else {
                status.setText("We couldn't get your location. Enter a postcode instead.");
            }
        }));
        status.getElement().setAttribute("role", "status");
        status.addClassName("nwd-near-status");
        var row = new Div(postcode, distance, useLocation);
        row.addClassName("nwd-search-row");
        add(row, status);
    }

    private static List<Integer> concat(int first, List<Integer> rest) {
        var all = new java.util.ArrayList<Integer>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The phone's location: rounded to about 100 m at once, since nothing here needs more. */
    void useCoordinates(double latitude, double longitude) {
        fromLocation = Near.point(Math.round(latitude * 1000) / 1000.0, Math.round(longitude * 1000) / 1000.0);
        postcode.clear();
        postcode.setInvalid(false);
        status.setText("Showing services nearest to your location.");
        fireEvent(new ChangeEvent(this));
    }

    /**
     * The point to search from, or null for none. A postcode that is not one, or is unknown, marks the field invalid
     * with a message and throws, so the search does not run.
     */
    @Nullable
    Near near() {
        Integer miles = distance.getValue() == null || distance.getValue() == ANY_DISTANCE ? null : distance.getValue();
        if (!postcode.isEmpty()) {
            try {
                var point = gazetteer.locate(postcode.getValue());
                postcode.setInvalid(false);
                return Near.point(point.latitude(), point.longitude()).withinMiles(miles);
            } catch (UserFacingException e) {
                postcode.setErrorMessage(e.getMessage());
                postcode.setInvalid(true);
                throw e;
            }
        }
        return fromLocation == null ? null : fromLocation.withinMiles(miles);
    }

    /**
     * What the point is, for the Refine row: "Near CV34", "Near CV1 2AB, within 2 miles", "Near your location"; null
     * when there is none. Only the person's own screen shows it.
     */
    @Nullable
    String summary() {
        String where;
        if (!postcode.isEmpty()) {
            where = Postcode.parse(postcode.getValue())
                    .map(Postcode::formatted)
                    .orElse(postcode.getValue().strip());
        } else if (fromLocation != null) {
            where = "your location";
        } else {
            return null;
        }
        Integer miles = distance.getValue();
        return "Near " + where
                + (miles == null || miles == ANY_DISTANCE
                        ? ""
                        : ", within " + miles + (miles == 1 ? " mile" : " miles"));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static class ChangeEvent extends ComponentEvent<NearMe> {
        ChangeEvent(NearMe source) {
            super(source, false);
        }
    }
}
