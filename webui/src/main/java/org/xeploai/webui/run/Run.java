package org.xeploai.webui.run;

import org.xeploai.webui.system.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One classification made through the web UI or the API: who made it and when, the evaluation year, the rule pack
 * (name, version, SHA-256 of its files), the language its output files were written in, and how it ended.
 *
 * @param ignoredFiles   uploaded files that are not input files (a folder's README, say), by the names they came with
 * @param error          why the run failed; null unless {@code state} is FAILED
 * @param uploadsDeleted the uploaded input files were deleted (retention); their hashes stay in {@link RunInput}
 */
public record Run(String id, String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt, int year,
                  String lang, RunState state, String packName, String packVersion, String packHash,
                  List<String> ignoredFiles, LocalizedText error, boolean uploadsDeleted) {

    public Run {
        ignoredFiles = ignoredFiles == null ? List.of() : List.copyOf(ignoredFiles);
    }

    public boolean running() {
        return state == RunState.RUNNING;
    }

    public boolean succeeded() {
        return state == RunState.SUCCEEDED;
    }
}
