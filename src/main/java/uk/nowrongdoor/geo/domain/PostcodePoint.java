package uk.nowrongdoor.geo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A full postcode and its own point, from an imported ONS Postcode Directory. */
@Entity
@Table(name = "postcode_point")
public class PostcodePoint {

    /** Formatted with one space: "CV1 2AB". */
    @Id
    @Column(length = 8)
    private String postcode = "";

    @Column(name = "outward_code", nullable = false, length = 4)
    private String outwardCode = "";

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    /** A PO box or other large user, often placed at its delivery office: left out of district centroids. */
    @Column(nullable = false)
    private boolean largeUser;

    protected PostcodePoint() {}

    public PostcodePoint(Postcode postcode, double latitude, double longitude, boolean largeUser) {
        this.postcode = postcode.formatted();
        this.outwardCode = postcode.outward();
        this.latitude = latitude;
        this.longitude = longitude;
        this.largeUser = largeUser;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getOutwardCode() {
        return outwardCode;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public boolean isLargeUser() {
        return largeUser;
    }

    public void moveTo(double latitude, double longitude, boolean largeUser) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.largeUser = largeUser;
    }
}
