package uk.nowrongdoor.geo.domain;

/** Great-circle distances, and the rounding that hides a sensitive venue's exact point. */
public final class GeoDistance {

    public static final double METRES_PER_MILE = 1609.344;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GeoDistance() {}

    public static double metresBetween(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Two decimal places: about 1.1 km north-south and 0.7 km east-west in the Midlands. */
    public static double roundToKilometre(double degrees) {
        return Math.round(degrees * 100) / 100.0;
    }

    /** "0.4 miles", "1.2 miles", "12 miles". */
    public static String milesText(double metres) {
        double miles = metres / METRES_PER_MILE;
        if (miles < 0.1) {
            return "less than 0.1 miles";
        }
        if (miles >= 10) {
            return Math.round(miles) + " miles";
        }
        String rounded = String.format(java.util.Locale.UK, "%.1f", miles);
        return rounded.equals("1.0") ? "1 mile" : rounded + " miles";
    }
}
