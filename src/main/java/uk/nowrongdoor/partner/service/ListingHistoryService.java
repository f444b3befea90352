package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;

/**
 * A listing's change history for staff: admins see any listing's, a partner only their own organisations'. Unlike
 * the public Open Referral change log, staff see which account made a change.
 */
@Service
public class ListingHistoryService {

    /** One changed field. {@code who} is the staff member's name, or "Directory content" for system changes. */
    public record Change(
            Instant when, String field, @Nullable String from, @Nullable String to, String who, String organisation) {}

    public record History(Long listingId, String listingName, String organisationName, List<Change> changes) {}

    static final String SYSTEM = "Directory content or feed import";

    private final ListingRepository listings;
    private final ListingHistory history;
    private final StaffAccountRepository accounts;

    ListingHistoryService(ListingRepository listings, ListingHistory history, StaffAccountRepository accounts) {
        this.listings = listings;
        this.history = history;
        this.accounts = accounts;
    }

    @RolesAllowed({AppRoles.PARTNER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public History of(Long listingId) {
        // an unknown id is refused like another organisation's, so ids cannot be probed
        Listing l = listingId == null ? null : listings.findById(listingId).orElse(null);
        if (l == null) {
            throw new AccessDeniedException("No such listing");
        }
        CurrentUser.requireMemberOf(l.getOrganisation().getId(), true);
        Map<Long, String> names = new HashMap<>();
        var changes = history.of(listingId).stream()
                .map(e -> new Change(
                        e.when(),
                        e.label(),
                        e.from(),
                        e.to(),
                        e.staffAccountId() == null
                                ? SYSTEM
                                : names.computeIfAbsent(e.staffAccountId(), id -> accounts.findById(id)
                                        .map(StaffAccount::getDisplayName)
                                        .orElse("A former staff account")),
                        e.organisationName()))
                .toList();
        return new History(l.getId(), l.getName(), l.getOrganisation().getName(), changes);
    }
}
