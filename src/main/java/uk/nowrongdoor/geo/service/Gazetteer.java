package uk.nowrongdoor.geo.service;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.domain.PostcodeDistrictRepository;
import uk.nowrongdoor.geo.domain.PostcodePointRepository;

/**
 * Turns a postcode into a point without asking any third party: a full postcode resolves to its own point when the
 * ONS Postcode Directory has been imported, otherwise to its district's centroid. Anyone may call it.
 */
@Service
@Transactional(readOnly = true)
public class Gazetteer {

    public static final String MALFORMED =
            "That doesn't look like a postcode. Enter a full postcode like CV1 2AB, or its first part like CV34.";

    private final PostcodeDistrictRepository districts;
    private final PostcodePointRepository points;

    Gazetteer(PostcodeDistrictRepository districts, PostcodePointRepository points) {
        this.districts = districts;
        this.points = points;
    }

    /**
     * The point for a postcode the person typed.
     *
     * @throws UserFacingException when the text is not a postcode or the postcode is not known here
     */
    public PostcodeLocation locate(String text) {
        var postcode = Postcode.parse(text).orElseThrow(() -> new UserFacingException(MALFORMED));
        return find(postcode)
                .orElseThrow(() -> new UserFacingException("We don't know where " + postcode.formatted()
                        + " is yet. Try a nearby postcode, or search by area instead."));
    }

    /** The point for a postcode, if known; for seeded addresses, where an unknown postcode is no one's mistake. */
    public Optional<PostcodeLocation> find(Postcode postcode) {
        if (postcode.isFull()) {
            var point = points.findById(postcode.formatted());
            if (point.isPresent()) {
                var p = point.get();
                return Optional.of(new PostcodeLocation(p.getOutwardCode(), p.getLatitude(), p.getLongitude(), true));
            }
        }
        return districts
                .findById(postcode.outward())
                .map(d -> new PostcodeLocation(d.getOutwardCode(), d.getLatitude(), d.getLongitude(), false));
    }

    public long districtCount() {
        return districts.count();
    }
}
