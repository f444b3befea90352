package uk.nowrongdoor.directory.service;

import java.time.Instant;
import java.util.List;
import uk.nowrongdoor.directory.domain.Listing;

/**
 * Another feature's time-critical notices on a listing ("closed tonight"), for the public page. Implemented outside
 * the directory (partner editing), so that the directory depends on no feature that depends on it.
 */
public interface ListingNoticeSource {

    /** The texts of the notices that are public at this moment, newest first. */
    List<String> liveNotices(Listing listing, Instant now);
}
