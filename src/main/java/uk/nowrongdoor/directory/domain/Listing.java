package uk.nowrongdoor.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * A service that people can use: Open Referral's "service", called a listing here so it never collides with
 * Spring's {@code @Service}. Only public fields are indexed.
 */
@Entity
@Audited
@Table(name = "listing")
@Indexed
public class Listing extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SHORT_TEXT_MAX = 500;
    /** How long before a listing's details count as stale and the page warns about them. */
    public static final int STALE_AFTER_MONTHS = 6;

    static final int HISTORY_TEXT_MAX = 4000;
    static final int HISTORY_SET_MAX = 300;

    @NotAudited
    @Column(nullable = false, unique = true, length = 80)
    private String slug = "";

    /** The id the Open Referral feed publishes; never changes once set (see {@link StableId}). */
    @NotAudited
    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;

    // a renamed organisation reindexes its listings (through Organisation.listings)
    @NotAudited
    @IndexedEmbedded(includePaths = {"name", "name_plain"})
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Organisation organisation;

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "name_plain", analyzer = SearchAnalyzers.PLAIN)
    @KeywordField(name = "name_sort", normalizer = SearchAnalyzers.SORT, sortable = Sortable.YES)
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary = "";

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status = ListingStatus.ACTIVE;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "listing_category",
            joinColumns = @JoinColumn(name = "listing_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @BatchSize(size = 50)
    private Set<Category> categories = new LinkedHashSet<>();

    @NotAudited
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "listing_place",
            joinColumns = @JoinColumn(name = "listing_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @BatchSize(size = 50)
    private Set<Place> places = new LinkedHashSet<>();

    @GenericField(indexNullAs = "0")
    private @Nullable Integer minAge;

    @GenericField(indexNullAs = "999")
    private @Nullable Integer maxAge;

    @NotAudited
    @KeywordField
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listing_access", joinColumns = @JoinColumn(name = "listing_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "access_method", length = 30)
    @BatchSize(size = 50)
    private Set<AccessMethod> access = EnumSet.noneOf(AccessMethod.class);

    @NotAudited
    @KeywordField
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listing_delivery", joinColumns = @JoinColumn(name = "listing_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", length = 30)
    @BatchSize(size = 50)
    private Set<DeliveryMode> delivery = EnumSet.noneOf(DeliveryMode.class);

    @GenericField
    private @Nullable Boolean free;

    @Column(length = SHORT_TEXT_MAX)
    private @Nullable String cost;

    @Column(length = 300)
    private @Nullable String languages;

    private boolean bsl;

    private boolean interpreting;

    @GenericField
    private boolean acceptsSelfReferral;

    @Column(length = SHORT_TEXT_MAX)
    private @Nullable String eligibility;

    @Column(length = SHORT_TEXT_MAX)
    private @Nullable String alert;

    private @Nullable LocalDate alertUntil;

    @Column(length = 40)
    private @Nullable String phone;

    @Column(name = "text_number", length = 40)
    private @Nullable String textNumber;

    @Column(length = 200)
    private @Nullable String email;

    @Column(length = 300)
    private @Nullable String website;

    /** When the organisation last confirmed these details; null while the listing is unchecked seed data. */
    private @Nullable LocalDate lastChecked;

    @NotAudited
    @Column(length = 500)
    private @Nullable String source;

    @NotAudited
    @GenericField
    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @NotAudited
    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Location> locations = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "weekly_session", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<WeeklySession> sessions = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_exception", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<SessionException> exceptions = new ArrayList<>();

    // The element collections above as the change history sees them: one derived text each (an item a line), which
    // Envers audits in listing_aud. Auditing the collections themselves would put their nullable columns into an
    // audit table's primary key. Written before every insert and update (a change to a collection alone counts as an
    // update); null means not recorded yet (a listing saved before Flyway V41 and not changed since).
    @Column(name = "sessions_text", length = HISTORY_TEXT_MAX)
    private @Nullable String sessionsText;

    @Column(name = "exceptions_text", length = HISTORY_TEXT_MAX)
    private @Nullable String exceptionsText;

    @Column(name = "access_text", length = HISTORY_SET_MAX)
    private @Nullable String accessText;

    @Column(name = "delivery_text", length = HISTORY_SET_MAX)
    private @Nullable String deliveryText;

    protected Listing() {}

    public Listing(String slug, Organisation organisation, String name, String summary) {
        this(StableId.of(StableId.LISTING, slug), slug, organisation, name, summary);
    }

    /** A listing that keeps an id given elsewhere: a feed's service UUID. */
    public Listing(UUID uuid, String slug, Organisation organisation, String name, String summary) {
        this.uuid = uuid;
        this.slug = slug;
        this.organisation = organisation;
        this.name = name;
        this.summary = summary;
    }

    // Derived index fields ---------------------------------------------------------------------------------------

    /**
     * Slugs of the listing's categories and every category above them, so a parent category finds its children.
     * SHALLOW: slugs never change, and an admin's move of a category (admin/service/TreeAdminService) reindexes the
     * listings below it itself, so only the listing's own set of categories is watched here.
     */
    @KeywordField(name = "category", aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "categories")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getCategoryPaths() {
        var slugs = new LinkedHashSet<String>();
        categories.forEach(c -> c.selfAndAncestors().forEach(a -> slugs.add(a.getSlug())));
        return slugs;
    }

    @FullTextField(
            name = "categoryText",
            analyzer = SearchAnalyzers.ENGLISH,
            searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "categoryText_plain", analyzer = SearchAnalyzers.PLAIN)
    @IndexingDependency(
            derivedFrom =
                    @ObjectPath({@PropertyValue(propertyName = "categories"), @PropertyValue(propertyName = "name")}))
    public List<String> getCategoryNames() {
        return categories.stream().map(Category::getName).toList();
    }

    /** Every place the listing serves or is held in, with the places around them. */
    public Set<Place> servedPlaces() {
        var result = new LinkedHashSet<Place>(places);
        locations.stream().map(Location::getPlace).filter(p -> p != null).forEach(result::add);
        return result;
    }

    /** The places the listing names itself, without the places around them: "serves all of Warwickshire". */
    @KeywordField(name = "servedPlace")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "places")),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "place")})
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getServedPlaceSlugs() {
        var slugs = new LinkedHashSet<String>();
        servedPlaces().forEach(p -> slugs.add(p.getSlug()));
        return slugs;
    }

    // SHALLOW: slugs never change, an admin's move of a place reindexes the listings below it itself
    // (TreeAdminService),
    // and a location moving to another place is a change of the location, which reindexes its listing
    @KeywordField(name = "place", aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "places")),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "place")})
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Set<String> getPlacePaths() {
        var slugs = new LinkedHashSet<String>();
        servedPlaces().forEach(p -> p.selfAndAncestors().forEach(a -> slugs.add(a.getSlug())));
        return slugs;
    }

    @FullTextField(
            name = "placeText",
            analyzer = SearchAnalyzers.ENGLISH,
            searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "placeText_plain", analyzer = SearchAnalyzers.PLAIN)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "places"), @PropertyValue(propertyName = "name")}),
                @ObjectPath({
                    @PropertyValue(propertyName = "locations"),
                    @PropertyValue(propertyName = "place"),
                    @PropertyValue(propertyName = "name")
                }),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "name")})
            })
    public List<String> getPlaceNames() {
        var names = new ArrayList<String>();
        servedPlaces().forEach(p -> names.add(p.getName()));
        locations.stream().map(Location::getName).filter(n -> n != null).forEach(names::add);
        return names;
    }

    @IndexedEmbedded(structure = ObjectStructure.NESTED)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "sessions")),
                @ObjectPath(@PropertyValue(propertyName = "exceptions"))
            })
    public List<OpenInterval> getOpenIntervals() {
        List<LocalDate> closed = exceptions.stream()
                .filter(SessionException::isClosed)
                .map(SessionException::getDate)
                .toList();
        var result = new ArrayList<OpenInterval>();
        sessions.forEach(s -> result.addAll(s.weekIntervals(closed)));
        return result;
    }

    @IndexedEmbedded(structure = ObjectStructure.NESTED)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "exceptions")))
    public List<ExtraOpening> getExtraOpenings() {
        var result = new ArrayList<ExtraOpening>();
        for (SessionException e : exceptions) {
            if (e.isClosed() || e.getOpens() == null || e.getCloses() == null) {
                continue;
            }
            int start = e.getOpens().toSecondOfDay() / 60;
            int end = e.getCloses().toSecondOfDay() / 60;
            if (end > start) {
                result.add(new ExtraOpening(e.getDate(), start, end));
            } else {
                result.add(new ExtraOpening(e.getDate(), start, WeeklySession.MINUTES_PER_DAY));
                result.add(new ExtraOpening(e.getDate().plusDays(1), 0, end));
            }
        }
        return result;
    }

    /** The organisation's stable id, for the Open Referral API's organization_id filter. */
    @KeywordField(name = "organisationId")
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisation")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getOrganisationId() {
        return organisation.getSlug();
    }

    /**
     * Where people can go to the listing, as the public may see it (a sensitive venue's point is rounded to about 1 km).
     */
    @GenericField(name = "point", sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "latitude")}),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "longitude")}),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "sensitive")}),
                @ObjectPath({@PropertyValue(propertyName = "locations"), @PropertyValue(propertyName = "type")})
            })
    public List<GeoPoint> getPublicPoints() {
        var points = new ArrayList<GeoPoint>();
        for (Location l : locations) {
            // a team base, a postal address or "online only" is not a place to go: it never makes a listing "near"
            if (l.hasCoordinates() && l.getType().isVisitable()) {
                points.add(GeoPoint.of(l.getPublicLatitude(), l.getPublicLongitude()));
            }
        }
        return points;
    }

    // Rules ------------------------------------------------------------------------------------------------------

    public OpeningHours openingHours() {
        return new OpeningHours(sessions, exceptions);
    }

    /** The alert, while it has not expired. */
    public @Nullable String currentAlert(LocalDate today) {
        if (alert == null || alert.isBlank()) {
            return null;
        }
        return alertUntil == null || !today.isAfter(alertUntil) ? alert : null;
    }

    public boolean isStale(LocalDate today) {
        return lastChecked == null || lastChecked.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
    }

    /**
     * A new location. While the listing is new (loading content), its id follows from the listing's and its position,
     * so a fresh load of the same content publishes the same ids; later additions get a random one, so an id once
     * published for a removed location is never given to another.
     */
    public Location addLocation() {
        if (getId() != null) {
            return addLocation(UUID.randomUUID());
        }
        int n = locations.size() + 1;
        while (hasLocation(StableId.location(uuid, n))) {
            n++;
        }
        return addLocation(StableId.location(uuid, n));
    }

    /** A new location with an id given elsewhere: a feed's location UUID. */
    public Location addLocation(UUID locationUuid) {
        var location = new Location(this, locationUuid);
        locations.add(location);
        return location;
    }

    private boolean hasLocation(UUID locationUuid) {
        return locations.stream().anyMatch(l -> locationUuid.equals(l.getUuid()));
    }

    @PrePersist
    void ensureUuid() {
        if (uuid == null) {
            uuid = UUID.randomUUID();
        }
        recordHistoryText();
    }

    @PreUpdate
    void recordHistoryText() {
        sessionsText = lines(sessions.stream().map(WeeklySession::describe));
        exceptionsText = lines(exceptions.stream().map(SessionException::describe));
        accessText = cap(
                access.stream().sorted().map(AccessMethod::label).collect(Collectors.joining(", ")), HISTORY_SET_MAX);
        deliveryText = cap(
                delivery.stream().sorted().map(DeliveryMode::label).collect(Collectors.joining(", ")), HISTORY_SET_MAX);
    }

    /** Distinct items in one order, so the same timetable always reads the same and only a real change differs. */
    private static String lines(Stream<String> items) {
        return cap(items.distinct().sorted().collect(Collectors.joining("\n")), HISTORY_TEXT_MAX);
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    // Accessors --------------------------------------------------------------------------------------------------

    public String getSlug() {
        return slug;
    }

    public UUID getUuid() {
        return uuid;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public void setStatus(ListingStatus status) {
        this.status = status;
    }

    public Set<Category> getCategories() {
        return categories;
    }

    public Set<Place> getPlaces() {
        return places;
    }

    public @Nullable Integer getMinAge() {
        return minAge;
    }

    public @Nullable Integer getMaxAge() {
        return maxAge;
    }

    public void setAges(@Nullable Integer minAge, @Nullable Integer maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public Set<AccessMethod> getAccess() {
        return access;
    }

    public Set<DeliveryMode> getDelivery() {
        return delivery;
    }

    public @Nullable Boolean getFree() {
        return free;
    }

    public void setFree(@Nullable Boolean free) {
        this.free = free;
    }

    public @Nullable String getCost() {
        return cost;
    }

    public void setCost(@Nullable String cost) {
        this.cost = cost;
    }

    public @Nullable String getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable String languages) {
        this.languages = languages;
    }

    public boolean isBsl() {
        return bsl;
    }

    public void setBsl(boolean bsl) {
        this.bsl = bsl;
    }

    public boolean isInterpreting() {
        return interpreting;
    }

    public void setInterpreting(boolean interpreting) {
        this.interpreting = interpreting;
    }

    public boolean isAcceptsSelfReferral() {
        return acceptsSelfReferral;
    }

    public void setAcceptsSelfReferral(boolean acceptsSelfReferral) {
        this.acceptsSelfReferral = acceptsSelfReferral;
    }

    public @Nullable String getEligibility() {
        return eligibility;
    }

    public void setEligibility(@Nullable String eligibility) {
        this.eligibility = eligibility;
    }

    public @Nullable String getAlert() {
        return alert;
    }

    public @Nullable LocalDate getAlertUntil() {
        return alertUntil;
    }

    public void setAlert(@Nullable String alert, @Nullable LocalDate until) {
        this.alert = alert;
        this.alertUntil = until;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getTextNumber() {
        return textNumber;
    }

    public void setTextNumber(@Nullable String textNumber) {
        this.textNumber = textNumber;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable LocalDate getLastChecked() {
        return lastChecked;
    }

    public void setLastChecked(@Nullable LocalDate lastChecked) {
        this.lastChecked = lastChecked;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public List<WeeklySession> getSessions() {
        return sessions;
    }

    public List<SessionException> getExceptions() {
        return exceptions;
    }

    /** The weekly sessions as the change history records them, one a line; null while not recorded yet. */
    public @Nullable String getSessionsText() {
        return sessionsText;
    }

    /** The dated changes as the change history records them, one a line; null while not recorded yet. */
    public @Nullable String getExceptionsText() {
        return exceptionsText;
    }

    /** The access methods as the change history records them; null while not recorded yet. */
    public @Nullable String getAccessText() {
        return accessText;
    }

    /** The delivery modes as the change history records them; null while not recorded yet. */
    public @Nullable String getDeliveryText() {
        return deliveryText;
    }
}
