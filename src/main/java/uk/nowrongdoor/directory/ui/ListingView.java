package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingFacts;
import uk.nowrongdoor.directory.service.ListingNoticeBoard;
import uk.nowrongdoor.directory.service.SelfReferralReception;

/** Everything about one listing. Where a detail is unknown it says "ask the service" rather than guessing. */
@Route(value = "listing", layout = MainLayout.class)
@AnonymousAllowed
public class ListingView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

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
        // the words are the basic listing page's too (ListingFacts), so the two cannot drift apart
        var l = ListingFacts.of(
                listing,
                directory.today(),
                notices.liveNotices(listing),
                directory.openingStatus(listing),
                reception.offersSelfReferral(listing));
        add(new H1(l.name()), new Paragraph("Run by " + l.organisation()));
        // name, open status and the first way to get in touch come first, inside the first screen of a phone
        add(ResultCard.statusTag(l.status()));
        // the listing's alert, then partners' time-critical notices ("closed tonight"), public until they expire
        l.notices().forEach(text -> add(banner("nwd-alert", text)));
        add(new Paragraph(l.summary()));
        add(new H2("Contact"), contacts(l));
        // offered only where someone receives it; otherwise the contacts above are the way in
        if (l.offersSelfReferral()) {
            var refer = new Anchor("refer/" + l.slug(), "Ask this service for help (refer yourself)");
            refer.addClassName("nwd-button-link");
            add(refer);
        }
        add(l.checkedWarning() ? banner("nwd-warning", l.checked()) : new Paragraph(l.checked()));
        if (!l.description().isEmpty()) {
            add(new H2("About this service"));
            l.description().forEach(paragraph -> add(new Paragraph(paragraph)));
        }
        add(new H2("Opening times"), timetable(l));
        var facts = new Div();
        facts.addClassName("nwd-facts");
        l.facts().forEach(f -> facts.add(fact(f)));
        add(new H2("Who it is for"), facts);
        add(new H2("Where"));
        if (l.areasOnly() != null) {
            add(new Paragraph(l.areasOnly()));
        }
        l.venues().forEach(venue -> add(venue(venue)));
        // the partner feature's public form (issue 10); a link by address, so the directory does not depend on it
        var suggest = new Anchor("suggest-edit/" + l.slug(), "Suggest an edit to this page");
        suggest.addClassName("nwd-suggest-edit");
        add(new Paragraph(suggest));
    }

    /** Tap-to-call, text, email and website links; none at all says whom to ask. */
    private static Div contacts(ListingFacts l) {
        var links = new Div();
        links.addClassName("nwd-contact");
        for (var c : l.contacts()) {
            var a = new Anchor(c.href(), c.text());
            a.addClassName("nwd-contact-link");
            if (c.external()) {
                a.getElement().setAttribute("rel", "noopener noreferrer");
            }
            links.add(a);
        }
        if (l.noContacts() != null) {
            links.add(new Paragraph(l.noContacts()));
        }
        return links;
    }

    /** The weekly sessions day by day, with the dated changes coming up. */
    private static Div timetable(ListingFacts l) {
        var table = new Div();
        table.addClassName("nwd-timetable");
        if (l.noTimetable() != null) {
            table.add(new Paragraph(l.noTimetable()));
        }
        for (var day : l.timetable()) {
            var row = new Paragraph(new Span(day.label() + ": "), new Span(day.value()));
            row.addClassName("nwd-timetable-row");
            table.add(row);
        }
        l.changes().forEach(change -> table.add(new Paragraph(change)));
        return table;
    }

    /** An address block; a sensitive venue shows only its area and outward code. */
    private static Div venue(ListingFacts.Venue venue) {
        var block = new Div();
        block.addClassName("nwd-location");
        if (venue.name() != null) {
            block.add(new Paragraph(venue.name()));
        }
        if (venue.sensitive() != null) {
            block.add(new Paragraph(venue.sensitive()));
        }
        if (venue.address() != null) {
            block.add(fact(venue.address()));
        }
        if (venue.directions() != null) {
            block.add(new Anchor(venue.directions(), "Get directions (opens your map app)"));
        }
        venue.details().forEach(f -> block.add(fact(f)));
        return block;
    }

    private static Paragraph fact(ListingFacts.Fact fact) {
        var label = new Span(fact.label() + ": ");
        label.addClassName("nwd-fact-label");
        return new Paragraph(label, new Span(fact.value()));
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
