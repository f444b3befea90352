package uk.nowrongdoor.partner.domain;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Place;

/** Finds the categories and towns a revision names by slug, when it is applied; null when there is none by that slug. */
public interface DirectoryLookup {

    @Nullable
    Category category(String slug);

    @Nullable
    Place place(String slug);
}
