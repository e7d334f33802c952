package org.xeploai.engine.input;

import java.math.BigDecimal;

/**
 * One target (chỉ tiêu) of the year's resolution, from {@code targets.csv}: a share of a subject type rated at a level,
 * measured on the run's results, or a figure the committee gives ({@code COUNT}, e.g. new members admitted).
 *
 * @param scopeOrgId the organization whose resolution sets the target; {@code null} when the row leaves it empty
 *                   (the run's top superior committee is meant)
 * @param subject    {@code MEMBER}, {@code GRASSROOTS_ORG}, {@code CELL} or {@code COLLECTIVE} (the subjects of
 *                   {@code summary.csv}); {@code null} for a {@code COUNT}
 * @param planned    a percentage for shares, a count for {@code COUNT}
 * @param actual     for {@code COUNT}, the figure achieved; for a share, the figure the committee wrote, if any (the
 *                   measured one is used, and a difference is noted)
 * @param base       for {@code SHARE_EXCELLENT}: the base of the share (contract default {@code CLASSIFIED})
 * @param line       the physical line of the row in {@code targets.csv}
 */
public record Target(String targetId, String scopeOrgId, String description, Metric metric, String subject,
                     BigDecimal planned, BigDecimal actual, Base base, long line) {

    /** How a target is measured (contract, targets.csv {@code metric}). */
    public enum Metric {
        /** (HTXSNV + HTTNV) ÷ classified × 100: {@code pct_good_or_above} of summary.csv. */
        SHARE_GOOD_OR_ABOVE,
        /** HTXSNV ÷ classified × 100, or ÷ (HTXSNV + HTTNV) with {@code base=GOOD_OR_ABOVE}. */
        SHARE_EXCELLENT,
        /** A figure given in {@code actual}. */
        COUNT;

        public boolean share() {
            return this != COUNT;
        }
    }

    /** The base of a {@code SHARE_EXCELLENT} target: those classified, or those rated HTTNV and above ("trong đó"). */
    public enum Base {
        CLASSIFIED, GOOD_OR_ABOVE
    }

    public Target withLine(long newLine) {
        return new Target(targetId, scopeOrgId, description, metric, subject, planned, actual, base, newLine);
    }
}
