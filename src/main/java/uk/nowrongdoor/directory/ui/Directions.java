package uk.nowrongdoor.directory.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.nowrongdoor.directory.domain.Location;

/**
 * A "geo:" link hands the address to the phone's own map app; nothing is fetched from a map provider by this site.
 */
final class Directions {

    private Directions() {}

    static String geoUri(Location location, String address) {
        String q = URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20");
        if (location.getLatitude() != null && location.getLongitude() != null) {
            return "geo:" + location.getLatitude() + "," + location.getLongitude() + "?q=" + q;
        }
        return "geo:0,0?q=" + q;
    }
}
