package uk.nowrongdoor.geo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postcode district (outward code) and its centroid: where a search from "CV34" starts. */
@Entity
@Table(name = "postcode_district")
public class PostcodeDistrict {

    /** Where a centroid came from: the file shipped in content/, or the mean of an imported ONS Postcode Directory. */
    public enum Source {
        CONTENT,
        ONSPD
    }

    @Id
    @Column(name = "outward_code", length = 4)
    private String outwardCode = "";

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source = Source.CONTENT;

    protected PostcodeDistrict() {}

    public PostcodeDistrict(String outwardCode, double latitude, double longitude, Source source) {
        this.outwardCode = outwardCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.source = source;
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

    public Source getSource() {
        return source;
    }

    public void moveTo(double latitude, double longitude, Source source) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.source = source;
    }
}
