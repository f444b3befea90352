package uk.nowrongdoor.partner.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Place;

/**
 * Finds the categories and towns a revision names by slug, when it is applied (null when there is none by that slug),
 * and says whether a location id is taken already.
 */
public interface DirectoryLookup {

    @Nullable
    Category category(String slug);

    @Nullable
    Place place(String slug);

    /** Whether any listing has a location with this id. */
    boolean locationIdInUse(UUID locationUuid);
}
