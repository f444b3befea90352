package uk.nowrongdoor.directory.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.nowrongdoor.directory.domain.Listing;

/** The live notices of every {@link ListingNoticeSource}, for the public listing page. Anyone may call it. */
@Service
public class ListingNoticeBoard {

    private final List<ListingNoticeSource> sources;
    private final Clock clock;

    ListingNoticeBoard(List<ListingNoticeSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    public List<String> liveNotices(Listing listing) {
        var texts = new ArrayList<String>();
        sources.forEach(s -> texts.addAll(s.liveNotices(listing, clock.instant())));
        return texts;
    }
}
