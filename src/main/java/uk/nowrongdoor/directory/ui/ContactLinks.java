package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.nowrongdoor.directory.domain.Listing;

/** Tap-to-call, text, email and website links; a missing channel says to ask the service. */
final class ContactLinks {

    private ContactLinks() {}

    static Div of(Listing listing) {
        var links = new Div();
        links.addClassName("nwd-contact");
        boolean any = false;
        if (listing.getPhone() != null) {
            links.add(link("tel:" + digits(listing.getPhone()), "Call " + listing.getPhone()));
            any = true;
        }
        if (listing.getTextNumber() != null) {
            links.add(link("sms:" + digits(listing.getTextNumber()), "Text " + listing.getTextNumber()));
            any = true;
        }
        if (listing.getEmail() != null) {
            links.add(link("mailto:" + listing.getEmail(), "Email " + listing.getEmail()));
            any = true;
        }
        if (listing.getWebsite() != null && listing.getWebsite().startsWith("http")) {
            var site = link(listing.getWebsite(), "Visit their website");
            site.getElement().setAttribute("rel", "noopener noreferrer");
            links.add(site);
            any = true;
        }
        if (!any) {
            links.add(new Paragraph("We do not have contact details for this service yet. Ask the organisation that "
                    + "runs it, or call NHS 111 and choose the mental health option."));
        }
        return links;
    }

    private static Anchor link(String href, String text) {
        var a = new Anchor(href, text);
        a.addClassName("nwd-contact-link");
        return a;
    }

    /** Keeps digits and a leading plus, so "024 7683 3003" dials as 02476833003. */
    static String digits(String number) {
        String d = number.replaceAll("[^0-9+]", "");
        return d.startsWith("+") ? "+" + d.substring(1).replace("+", "") : d.replace("+", "");
    }
}
