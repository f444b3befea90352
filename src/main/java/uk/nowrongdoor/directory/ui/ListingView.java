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
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingNoticeBoard;
import uk.nowrongdoor.directory.service.SelfReferralReception;

/** Everything about one listing. Where a detail is unknown it says "ask the service" rather than guessing. */
@Route(value = "listing", layout = MainLayout.class)
@AnonymousAllowed
public class ListingView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ASK = "Ask the service";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryService directory;
    private final ListingNoticeBoard notices;
    private final SelfReferralReception reception;
    private String title = "Service | No Wrong Door";

    public ListingView(DirectoryService directory, ListingNoticeBoard notices, SelfReferralReception reception) {
        this.directory = directory;
        this.notices = notices;
        this.reception = reception;
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
        // name, open status and the first way to get in touch come first, inside the first screen of a phone
        add(ResultCard.statusTag(directory.openingStatus(listing)));
        String alert = listing.currentAlert(today);
        if (alert != null) {
            add(banner("nwd-alert", alert));
        }
        // partners' time-critical notices ("closed tonight"), public until they expire
        notices.liveNotices(listing).forEach(text -> add(banner("nwd-alert", text)));
        add(new Paragraph(listing.getSummary()));
        add(new H2("Contact"), ContactLinks.of(listing));
        // offered only where someone receives it; otherwise the contacts above are the way in
        if (reception.offersSelfReferral(listing)) {
            var refer = new Anchor("refer/" + listing.getSlug(), "Ask this service for help (refer yourself)");
            refer.addClassName("nwd-button-link");
            add(refer);
        }
        add(checkedNote(listing, today));
        if (listing.getDescription() != null) {
            add(new H2("About this service"));
            // blank lines separate paragraphs; single line breaks are only wrapping in the source file
            for (String paragraph : listing.getDescription().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    add(new Paragraph(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")));
                }
            }
        }
        add(new H2("Opening times"), Timetable.of(listing, today));
        add(new H2("Who it is for"), ListingFacts.whoAndHow(listing));
        add(new H2("Where"));
        if (listing.getLocations().isEmpty()) {
            add(new Paragraph("Address: " + ASK.toLowerCase(Locale.UK) + ". Areas served: "
                    + listing.getPlaces().stream().map(p -> p.getName()).collect(Collectors.joining(", "))));
        }
        listing.getLocations().forEach(location -> add(ListingFacts.location(location)));
        // the partner feature's public form (issue 10); a link by address, so the directory does not depend on it
        var suggest = new Anchor("suggest-edit/" + listing.getSlug(), "Suggest an edit to this page");
        suggest.addClassName("nwd-suggest-edit");
        add(new Paragraph(suggest));
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
}
