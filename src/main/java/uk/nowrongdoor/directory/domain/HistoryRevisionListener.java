package uk.nowrongdoor.directory.domain;

import org.hibernate.envers.RevisionListener;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Stamps each change set with the signed-in staff account, if any. The organisation acted for is set by the service
 * that applies the change ({@code ListingHistory.actedFor}); the content loader and the feed import leave both empty.
 */
public class HistoryRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var revision = (HistoryRevision) revisionEntity;
        revision.setStaffAccountId(
                CurrentUser.get().map(StaffPrincipal::accountId).orElse(null));
    }
}
