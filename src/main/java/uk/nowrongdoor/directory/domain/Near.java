package uk.nowrongdoor.directory.domain;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.geo.domain.GeoDistance;

/**
 * A point to search from (a postcode's point or the phone's location, never stored) and an optional distance limit.
 * Results come nearest first.
 */
public record Near(double latitude, double longitude, @Nullable Double withinMetres) {

    public Near {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + "," + longitude);
        }
        if (withinMetres != null && withinMetres <= 0) {
            withinMetres = null;
        }
    }

    public static Near point(double latitude, double longitude) {
        return new Near(latitude, longitude, null);
    }

    public Near withinMiles(@Nullable Integer miles) {
        return new Near(latitude, longitude, miles == null ? null : miles * GeoDistance.METRES_PER_MILE);
    }

    public double metresTo(double lat, double lon) {
        return GeoDistance.metresBetween(latitude, longitude, lat, lon);
    }
}
