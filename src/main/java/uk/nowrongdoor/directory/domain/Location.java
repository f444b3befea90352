package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;
import uk.nowrongdoor.geo.domain.GeoDistance;

/** Where a listing is delivered. A sensitive venue (a refuge, say) never shows its exact address to the public. */
@Entity
@Table(name = "location")
public class Location extends AbstractEntity {

    public static final int TEXT_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

    @Column(length = 160)
    private @Nullable String name;

    @Column(length = 300)
    private @Nullable String address;

    @Column(length = 10)
    private @Nullable String postcode;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

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

    /** True when the coordinates were looked up from the postcode, so a better gazetteer may move them. */
    @Column(nullable = false)
    private boolean geocoded;

    protected Location() {}

    Location(Listing listing) {
        this.listing = listing;
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

    public void setCoordinates(@Nullable Double latitude, @Nullable Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.geocoded = false;
    }

    /** Coordinates looked up from the postcode; given coordinates are never overwritten. */
    public void placeAtPostcodePoint(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.geocoded = true;
    }

    public boolean isGeocoded() {
        return geocoded;
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
