package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** One change a staff account made, with the listing it was made to (null id once that listing is deleted). */
    public record AccountChange(
            Instant when,
            @Nullable Long listingId,
            String listingName,
            String field,
            @Nullable String from,
            @Nullable String to,
            String organisation) {}

    /** What one staff account changed, newest first; {@code limited} when older changes were left out. */
    public record AccountHistory(Long accountId, String displayName, List<AccountChange> changes, boolean limited) {}

    /** How many changes the per-account history shows at most, and across how many listings. */
    public static final int ACCOUNT_CHANGES_LIMIT = 200;

    static final int ACCOUNT_LISTINGS_LIMIT = 100;

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

    /**
     * Every published change one staff account made, across listings, newest first, at most
     * {@link #ACCOUNT_CHANGES_LIMIT}. Admins only: it crosses organisations. An unknown account is refused.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public AccountHistory changesBy(Long accountId) {
        StaffAccount account =
                accountId == null ? null : accounts.findById(accountId).orElse(null);
        if (account == null) {
            throw new AccessDeniedException("No such account");
        }
        record Found(long revision, AccountChange change) {}
        var found = new ArrayList<Found>();
        for (Long listingId : history.listingsChangedBy(accountId, ACCOUNT_LISTINGS_LIMIT)) {
            String name = listings.findById(listingId).map(Listing::getName).orElse(null);
            for (ListingHistory.Entry e : history.of(listingId)) {
                if (accountId.equals(e.staffAccountId())) {
                    found.add(new Found(
                            e.revision(),
                            new AccountChange(
                                    e.when(),
                                    name == null ? null : listingId,
                                    name == null ? "A listing since deleted" : name,
                                    e.label(),
                                    e.from(),
                                    e.to(),
                                    e.organisationName())));
                }
            }
        }
        // newest change set first; a stable sort keeps each listing's own order within one
        found.sort(Comparator.comparingLong(Found::revision).reversed());
        var changes =
                found.stream().limit(ACCOUNT_CHANGES_LIMIT).map(Found::change).toList();
        return new AccountHistory(
                account.getId(), account.getDisplayName(), changes, found.size() > ACCOUNT_CHANGES_LIMIT);
    }
}
