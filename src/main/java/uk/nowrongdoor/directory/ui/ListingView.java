package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.service.DirectoryService;

/** Everything about one listing. Where a detail is unknown it says "ask the service" rather than guessing. */
@Route(value = "listing", layout = MainLayout.class)
@AnonymousAllowed
public class ListingView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ASK = "Ask the service";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryService directory;
    private String title = "Service | No Wrong Door";

    public ListingView(DirectoryService directory) {
        this.directory = directory;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        var found = directory.findListing(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such service");
            return;
        }
        Listing listing = found.get();
        title = listing.getName() + " | No Wrong Door";
        removeAll();
        LocalDate today = directory.today();
        add(
                new H1(listing.getName()),
                new Paragraph("Run by " + listing.getOrganisation().getName()));
        String alert = listing.currentAlert(today);
        if (alert != null) {
            add(banner("nwd-alert", alert));
        }
        add(ResultCard.statusTag(directory.openingStatus(listing)));
        add(checkedNote(listing, today));
        add(new Paragraph(listing.getSummary()));
        if (listing.getDescription() != null) {
            // blank lines separate paragraphs; single line breaks are only wrapping in the source file
            for (String paragraph : listing.getDescription().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    add(new Paragraph(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")));
                }
            }
        }
        add(new H2("Contact"), ContactLinks.of(listing));
        if (listing.isAcceptsSelfReferral()) {
            var refer = new Anchor("refer/" + listing.getSlug(), "Ask this service for help (refer yourself)");
            refer.addClassName("nwd-button-link");
            add(refer);
        }
        add(new H2("Opening times"), Timetable.of(listing, today));
        add(new H2("Who it is for"), facts(listing));
        add(new H2("Where"));
        if (listing.getLocations().isEmpty()) {
            add(new Paragraph("Address: " + ASK.toLowerCase(Locale.UK) + ". Areas served: "
                    + listing.getPlaces().stream().map(p -> p.getName()).collect(Collectors.joining(", "))));
        }
        listing.getLocations().forEach(location -> add(LocationBlock.of(location)));
    }

    private static Component checkedNote(Listing listing, LocalDate today) {
        if (listing.getLastChecked() == null) {
            return banner(
                    "nwd-warning",
                    "These details have not yet been checked by the service. Please check "
                            + "with them before you travel.");
        }
        String text = "Last checked by the service on " + DATE.format(listing.getLastChecked()) + ".";
        return listing.isStale(today)
                ? banner(
                        "nwd-warning",
                        text + " That was more than " + Listing.STALE_AFTER_MONTHS
                                + " months ago, so some details may have changed.")
                : new Paragraph(text);
    }

    private static Div facts(Listing l) {
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
        var strong = new com.vaadin.flow.component.html.Span(label + ": ");
        strong.addClassName("nwd-fact-label");
        p.add(strong, new com.vaadin.flow.component.html.Span(value));
        return p;
    }

    static Div banner(String className, String text) {
        var banner = new Div(new Paragraph(text));
        banner.addClassName(className);
        banner.getElement().setAttribute("role", "note");
        return banner;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** An address block; a sensitive venue shows only its area and outward code. */
    static final class LocationBlock {
        static Div of(Location location) {
            var block = new Div();
            block.addClassName("nwd-location");
            if (location.getName() != null && !location.isSensitive()) {
                block.add(new Paragraph(location.getName()));
            }
            String area = location.getPlace() == null ? "" : location.getPlace().getName();
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
}
