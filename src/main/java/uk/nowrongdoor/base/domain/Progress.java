package uk.nowrongdoor.base.domain;

/** How far a long-running import has got, for a screen that shows it while it runs in the background. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (read, applied) -> {};

    /** The rows (or records) read so far and how many of them were applied. */
    void rows(int read, int applied);
}
