package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;
import uk.nowrongdoor.geo.domain.GeoDistance;

/**
 * Where a listing is delivered. A sensitive venue (a refuge, say) never shows its exact address to the public.
 * Audited (Hibernate Envers, table location_aud) for the listing's change history.
 */
@Entity
@Audited
@Table(name = "location")
public class Location extends AbstractEntity {

    public static final int TEXT_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

    /** The id the Open Referral feed publishes; never changes once set (see {@link StableId}). */
    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;

    @Column(length = 160)
    private @Nullable String name;

    @Column(length = 300)
    private @Nullable String address;

    @Column(length = 10)
    private @Nullable String postcode;

    // the gazetteer moves looked-up points, and a sensitive venue's exact point stays out of the history
    @NotAudited
    private @Nullable Double latitude;

    @NotAudited
    private @Nullable Double longitude;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Place place;

    @Column(length = TEXT_MAX)
    private @Nullable String howToFind;

    @Column(length = TEXT_MAX)
    private @Nullable String transport;

    @Column(length = TEXT_MAX)
    private @Nullable String accessibility;

    @Column(nullable = false)
    private boolean sensitive;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", length = 12, nullable = false)
    private LocationType type = LocationType.VENUE;

    /** Where the coordinates came from; null when there are none. */
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable PointSource pointSource;

    protected Location() {}

    Location(Listing listing, UUID uuid) {
        this.listing = listing;
        this.uuid = uuid;
    }

    @PrePersist
    void ensureUuid() {
        if (uuid == null) {
            uuid = UUID.randomUUID();
        }
    }

    public UUID getUuid() {
        return uuid;
    }

    public Listing getListing() {
        return listing;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    /** Coordinates given by hand (from the service or a feed); a gazetteer never moves them. */
    public void setCoordinates(@Nullable Double latitude, @Nullable Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.pointSource = latitude == null || longitude == null ? null : PointSource.GIVEN;
    }

    /** Coordinates looked up in the gazetteer (never {@link PointSource#GIVEN}); a better lookup may move them. */
    public void placeAt(double latitude, double longitude, PointSource source) {
        if (source == PointSource.GIVEN) {
            throw new IllegalArgumentException("Given coordinates are set with setCoordinates");
        }
        this.latitude = latitude;
        this.longitude = longitude;
        this.pointSource = source;
    }

    /** Forgets a looked-up point (its postcode or place changed and the gazetteer no longer knows it). */
    public void clearLookedUpPoint() {
        if (isLookedUp()) {
            latitude = null;
            longitude = null;
            pointSource = null;
        }
    }

    public @Nullable PointSource getPointSource() {
        return pointSource;
    }

    /** True when the point was looked up, so a better gazetteer may move it. */
    public boolean isLookedUp() {
        return pointSource != null && pointSource != PointSource.GIVEN;
    }

    /** True when the point stands for the venue itself (given, or its full postcode), not a district or town centre. */
    public boolean hasExactPoint() {
        return hasCoordinates() && pointSource != null && pointSource.exact();
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The latitude the public may see: rounded to about 1 km for a sensitive venue. */
    public @Nullable Double getPublicLatitude() {
        return latitude == null || !sensitive ? latitude : Double.valueOf(GeoDistance.roundToKilometre(latitude));
    }

    /** The longitude the public may see: rounded to about 1 km for a sensitive venue. */
    public @Nullable Double getPublicLongitude() {
        return longitude == null || !sensitive ? longitude : Double.valueOf(GeoDistance.roundToKilometre(longitude));
    }

    /** The postcode the public may see: only the outward code for a sensitive venue. */
    public @Nullable String getPublicPostcode() {
        return sensitive ? getOutwardCode() : postcode;
    }

    /** The street address the public may see: none for a sensitive venue. */
    public @Nullable String getPublicAddress() {
        return sensitive ? null : address;
    }

    public @Nullable Place getPlace() {
        return place;
    }

    public void setPlace(@Nullable Place place) {
        this.place = place;
    }

    public @Nullable String getHowToFind() {
        return howToFind;
    }

    public void setHowToFind(@Nullable String howToFind) {
        this.howToFind = howToFind;
    }

    public @Nullable String getTransport() {
        return transport;
    }

    public void setTransport(@Nullable String transport) {
        this.transport = transport;
    }

    public @Nullable String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(@Nullable String accessibility) {
        this.accessibility = accessibility;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public LocationType getType() {
        return type;
    }

    public void setType(LocationType type) {
        this.type = type;
    }

    /** The outward part of the postcode ("CV1" of "CV1 2AB"), safe to show for a sensitive venue. */
    public @Nullable String getOutwardCode() {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String p = postcode.trim().toUpperCase(java.util.Locale.UK);
        int space = p.indexOf(' ');
        return space > 0 ? p.substring(0, space) : (p.length() > 3 ? p.substring(0, p.length() - 3) : p);
    }
}
