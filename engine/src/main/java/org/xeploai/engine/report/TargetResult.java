package org.xeploai.engine.report;

import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Target;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target of {@code targets.csv} measured on the run: the row of {@code targets.csv} in the output folder.
 *
 * @param scopeOrgId    the scope it was measured on (the row's, or the top superior committee's when empty)
 * @param measuredOn    for a share, the summary row it was measured on; null for a {@code COUNT}
 * @param actualExact   for a share, the exact percentage; for a count, the figure given
 * @param actual        what {@code targets.csv} writes: a share rounded half up to a whole number, as
 *                      {@code summary.csv} and reports print it; a count as given; null when nothing was classified
 * @param attainmentPct {@code actual} ÷ planned × 100, rounded half up; null over a planned figure of 0 or
 *                      without an actual figure
 * @param met           {@code actual} ≥ planned; null without an actual figure
 * @param notes         how it was measured and anything the committee should check
 */
public record TargetResult(Target target, String scopeOrgId, SummaryRow measuredOn, BigDecimal actualExact,
                           BigDecimal actual, BigDecimal attainmentPct, Boolean met, List<Note> notes) {

    public TargetResult {
        notes = List.copyOf(notes);
    }

    public boolean isMet() {
        return Boolean.TRUE.equals(met);
    }
}
