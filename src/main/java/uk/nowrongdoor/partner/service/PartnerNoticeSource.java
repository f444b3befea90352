package uk.nowrongdoor.partner.service;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.service.ListingNoticeSource;
import uk.nowrongdoor.partner.domain.ListingNotice;
import uk.nowrongdoor.partner.domain.ListingNoticeRepository;

/** Partners' live notices for the public listing page; an expired one is gone at its expiry minute. */
@Component
class PartnerNoticeSource implements ListingNoticeSource {

    private final ListingNoticeRepository notices;

    PartnerNoticeSource(ListingNoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> liveNotices(Listing listing, Instant now) {
        if (listing.getId() == null) {
            return List.of();
        }
        return notices.findLive(listing.getId(), now).stream()
                .map(ListingNotice::publicText)
                .toList();
    }
}
