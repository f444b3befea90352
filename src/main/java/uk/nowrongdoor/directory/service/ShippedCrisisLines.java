package uk.nowrongdoor.directory.service;

import java.util.List;
import uk.nowrongdoor.directory.domain.CrisisLine;

/**
 * The crisis numbers the app ships with (in {@code content/}), for every page to show while the database has none yet:
 * a first start commits its content in one transaction at the end, some seconds after the pages are served.
 */
public interface ShippedCrisisLines {

    /** The shipped lines in their order, never saved from here. */
    List<CrisisLine> lines();
}
