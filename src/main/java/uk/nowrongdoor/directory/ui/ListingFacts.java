package uk.nowrongdoor.directory.ui;

import static uk.nowrongdoor.directory.ui.ListingView.ASK;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;

/** The labelled facts of a listing page: eligibility, access, cost, language, and each location. */
final class ListingFacts {

    private ListingFacts() {}

    /** Who it is for and how to get in, with "ask the service" where a detail is unknown. */
    static Div whoAndHow(Listing l) {
        var facts = new Div();
        facts.addClassName("nwd-facts");
        facts.add(fact("Who can use it", l.getEligibility() == null ? ASK : l.getEligibility()));
        facts.add(fact("Ages", ages(l)));
        facts.add(fact(
                "How to get in",
                l.getAccess().isEmpty()
                        ? ASK
                        : l.getAccess().stream().map(AccessMethod::label).collect(Collectors.joining(", "))));
        facts.add(fact(
                "How it is offered",
                l.getDelivery().isEmpty()
                        ? ASK
                        : l.getDelivery().stream().map(DeliveryMode::label).collect(Collectors.joining(", "))));
        facts.add(fact(
                "Cost",
                l.getFree() == null
                        ? (l.getCost() == null ? ASK : l.getCost())
                        : l.getFree()
                                ? "Free"
                                : (l.getCost() == null ? "There may be a charge: ask the service" : l.getCost())));
        facts.add(fact("Languages", l.getLanguages() == null ? ASK : l.getLanguages()));
        facts.add(fact("British Sign Language", l.isBsl() ? "Available" : ASK));
        facts.add(fact("Interpreters", l.isInterpreting() ? "Can be booked" : ASK));
        return facts;
    }

    private static String ages(Listing l) {
        if (l.getMinAge() == null && l.getMaxAge() == null) {
            return ASK;
        }
        if (l.getMaxAge() == null) {
            return l.getMinAge() + " and over";
        }
        if (l.getMinAge() == null) {
            return "Up to " + l.getMaxAge();
        }
        return l.getMinAge() + " to " + l.getMaxAge();
    }

    static Paragraph fact(String label, String value) {
        var p = new Paragraph();
        var strong = new Span(label + ": ");
        strong.addClassName("nwd-fact-label");
        p.add(strong, new Span(value));
        return p;
    }

    /** An address block; a sensitive venue shows only its area and outward code. */
    static Div location(Location location) {
        var block = new Div();
        block.addClassName("nwd-location");
        if (location.getName() != null && !location.isSensitive()) {
            block.add(new Paragraph(location.getName()));
        }
        String area = location.getPlace() == null ? "" : location.getPlace().getName();
        if (!location.getType().isVisitable()) {
            // a team base, a postal address or online only: never shown as a place to go
            block.add(fact(
                    location.getType().label(),
                    location.getType() == LocationType.POSTAL && location.getAddress() != null
                            ? location.getAddress()
                                    + (location.getPostcode() == null ? "" : ", " + location.getPostcode())
                            : area.isEmpty() ? ASK : area));
            return block;
        }
        if (location.isSensitive()) {
            block.add(new Paragraph("The exact address is given when you contact the service. Area: " + area
                    + (location.getOutwardCode() == null ? "" : " (" + location.getOutwardCode() + ")")));
            return block;
        }
        String address = location.getAddress() == null
                ? null
                : location.getAddress() + (location.getPostcode() == null ? "" : ", " + location.getPostcode());
        block.add(fact("Address", address == null ? ASK + (area.isEmpty() ? "" : " (" + area + ")") : address));
        if (address != null) {
            block.add(new Anchor(Directions.geoUri(location, address), "Get directions (opens your map app)"));
        }
        if (location.getHowToFind() != null) {
            block.add(fact("How to find us", location.getHowToFind()));
        }
        if (location.getTransport() != null) {
            block.add(fact("Parking and transport", location.getTransport()));
        }
        block.add(fact("Accessibility", location.getAccessibility() == null ? ASK : location.getAccessibility()));
        return block;
    }
}
