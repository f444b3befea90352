package uk.nowrongdoor.partner.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.directory.service.LocationPlacement;
import uk.nowrongdoor.partner.domain.DirectoryLookup;
import uk.nowrongdoor.partner.domain.FieldChange;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.service.PartnerViews.ChangeRow;

/**
 * Applies a revision to its listing (finding the categories and towns it names, and looking up the point of a
 * location whose postcode or town changed, so "near me" follows at once), and turns a change into the rows a person
 * reads: one per location field, with names instead of slugs.
 */
@Component
class RevisionChanges implements DirectoryLookup {

    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final ListingRepository listings;
    private final LocationPlacement placement;
    private final ListingHistory history;

    RevisionChanges(
            CategoryRepository categories,
            PlaceRepository places,
            ListingRepository listings,
            LocationPlacement placement,
            ListingHistory history) {
        this.categories = categories;
        this.places = places;
        this.listings = listings;
        this.placement = placement;
        this.history = history;
    }

    @Override
    public @Nullable Category category(String slug) {
        return categories.findBySlug(slug).orElse(null);
    }

    @Override
    public @Nullable Place place(String slug) {
        return slug.isEmpty() ? null : places.findBySlug(slug).orElse(null);
    }

    @Override
    public boolean locationIdInUse(UUID locationUuid) {
        return listings.findByLocationsUuid(locationUuid).isPresent();
    }

    void apply(ListingRevision revision, Listing listing) {
        for (Location moved : revision.applyTo(listing, this)) {
            // a point given for the old address no longer stands for the new one
            moved.setCoordinates(null, null);
            placement.place(moved);
        }
        actedFor(revision, listing);
    }

    /** The listing's history names the organisation a partner's change was made for (a feed import names none). */
    void actedFor(ListingRevision revision, Listing listing) {
        if (revision.getImportedFrom() == null) {
            actedFor(listing);
        }
    }

    /** A change the organisation makes itself, at once (such as confirming the listing is still accurate). */
    void actedFor(Listing listing) {
        history.actedFor(listing.getOrganisation().getName());
    }

    /** The rows of one change; {@code before} is what is published now, or was when the change was made. */
    List<ChangeRow> rows(ListingField field, String before, String after) {
        return switch (field) {
            case LOCATIONS -> locationRows(LocationDraft.drafts(before), LocationDraft.drafts(after));
            case CATEGORIES -> List.of(new ChangeRow(field.label(), categoryNames(before), categoryNames(after)));
            default -> List.of(new ChangeRow(field.label(), field.display(before), field.display(after)));
        };
    }

    List<ChangeRow> rows(FieldChange c, String before) {
        return rows(c.getField(), before, c.getNewValue());
    }

    private String categoryNames(String value) {
        var slugs = ListingField.slugs(value);
        if (slugs.isEmpty()) {
            return "(none)";
        }
        return slugs.stream()
                .map(s -> categories.findBySlug(s).map(Category::getName).orElse(s))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private List<ChangeRow> locationRows(List<LocationDraft> before, List<LocationDraft> after) {
        var rows = new ArrayList<ChangeRow>();
        for (LocationDraft was : before) {
            if (find(after, was.uuid()) == null) {
                rows.add(new ChangeRow("Location removed: " + was.label(), describe(was), "(removed)"));
            }
        }
        for (LocationDraft now : after) {
            LocationDraft was = find(before, now.uuid());
            if (was == null) {
                rows.add(new ChangeRow("New location: " + now.label(), "(none)", describe(now)));
                continue;
            }
            String prefix = "Location " + was.label() + ": ";
            diff(rows, prefix + "Type", was.type().label(), now.type().label());
            diff(rows, prefix + "Name", was.name(), now.name());
            diff(rows, prefix + "Address", was.address(), now.address());
            diff(rows, prefix + "Town", town(was.town()), town(now.town()));
            diff(rows, prefix + "Postcode", was.postcode(), now.postcode());
            diff(rows, prefix + "Accessibility", was.accessibility(), now.accessibility());
            diff(rows, prefix + "How to find us", was.howToFind(), now.howToFind());
            diff(rows, prefix + "Sensitive address", yesNo(was.sensitive()), yesNo(now.sensitive()));
        }
        return rows;
    }

    private static void diff(List<ChangeRow> rows, String label, String before, String after) {
        if (!before.equals(after)) {
            rows.add(new ChangeRow(label, shown(before), shown(after)));
        }
    }

    private String describe(LocationDraft d) {
        var parts = new ArrayList<String>();
        parts.add(d.type().label());
        if (!d.name().isEmpty()) {
            parts.add("Name: " + d.name());
        }
        if (!d.address().isEmpty()) {
            parts.add("Address: " + d.address());
        }
        if (!d.town().isEmpty()) {
            parts.add("Town: " + town(d.town()));
        }
        if (!d.postcode().isEmpty()) {
            parts.add("Postcode: " + d.postcode());
        }
        if (!d.accessibility().isEmpty()) {
            parts.add("Accessibility: " + d.accessibility());
        }
        if (!d.howToFind().isEmpty()) {
            parts.add("How to find us: " + d.howToFind());
        }
        parts.add("Sensitive address: " + yesNo(d.sensitive()));
        return String.join("; ", parts);
    }

    private String town(String slug) {
        if (slug.isEmpty()) {
            return "";
        }
        Place p = place(slug);
        return p == null ? slug : p.getName();
    }

    private static @Nullable LocationDraft find(List<LocationDraft> list, @Nullable UUID uuid) {
        return uuid == null
                ? null
                : list.stream()
                        .filter(d -> Objects.equals(uuid, d.uuid()))
                        .findFirst()
                        .orElse(null);
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(not given)" : value;
    }
}
