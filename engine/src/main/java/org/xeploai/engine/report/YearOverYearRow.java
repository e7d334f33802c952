package org.xeploai.engine.report;

import org.xeploai.engine.SummaryRow;

/**
 * The same scope and subject type in the previous year (from {@code history.csv}) and in this run.
 *
 * @param previous the previous year's final levels of this run's subjects found in {@code history.csv}:
 *                 {@code total} and {@code classified} are the subjects found
 * @param notFound subjects of this run in the scope without a level for the previous year in {@code history.csv}
 *                 (new members and organizations, or years not recorded)
 */
public record YearOverYearRow(String scopeOrgId, String subject, int previousYear, SummaryRow previous,
                              SummaryRow current, int notFound) {
}
