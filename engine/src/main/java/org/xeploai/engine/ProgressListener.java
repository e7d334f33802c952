package org.xeploai.engine;

/** Told how far a run is, so that a terminal or a page can show a progress bar. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} grassroots organizations are classified. */
    void progress(long done, long total);

    /**
     * {@code rows} input rows are read so far, before classifying starts: a partitioned run reads the whole input
     * once first (about 40 s for the country), and says so from time to time.
     */
    default void reading(long rows) {
    }
}
