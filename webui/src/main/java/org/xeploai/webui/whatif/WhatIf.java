package org.xeploai.webui.whatif;

import org.xeploai.engine.diff.PackDiff;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One what-if: the same input classified under a packaged baseline (A) and an uploaded edited pack (B), kept in
 * memory for a while so that its pages and its files (diff.csv, diff.html) can be read.
 *
 * @param runId  the run whose input was used; null when the input was uploaded with the pack
 * @param output the server's folder holding the diff files
 */
public record WhatIf(String id, String createdBy, OffsetDateTime createdAt, String runId, int year, PackDiff diff,
                     Path output) {
}
