package org.xeploai.engine.report;

import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures the resolution's targets on the run (contract, targets.csv and "Percentages"). A share is read from the
 * summary row of the target's scope and subject: {@code SHARE_GOOD_OR_ABOVE} on {@code pct_good_or_above},
 * {@code SHARE_EXCELLENT} on {@code pct_excellent}, or on {@code pct_excellent_of_good_or_above} with
 * {@code base=GOOD_OR_ABOVE} (regulations §9 question 16). The share is rounded half up to a whole number as
 * {@code summary.csv} and the committee's report print it, and attainment and "met" are computed on that printed
 * figure, so that a reader of {@code targets.csv} can redo the arithmetic; where rounding alone makes a share reach
 * its plan, a note says so.
 */
public final class Targets {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Targets() {
    }

    /** @param defaultScope the scope of a target whose row leaves {@code scope_org_id} empty (the top superior) */
    public static List<TargetResult> measure(List<Target> targets, List<SummaryRow> summary, String defaultScope) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(measure(t, summary, defaultScope));
        }
        return out;
    }

    static TargetResult measure(Target t, List<SummaryRow> summary, String defaultScope) {
        String scope = t.scopeOrgId() != null ? t.scopeOrgId() : defaultScope;
        List<Note> notes = new ArrayList<>();
        if (!t.metric().share()) {
            BigDecimal actual = t.actual();
            return new TargetResult(t, scope, null, actual, actual, attainment(actual, t.planned()),
                    actual.compareTo(t.planned()) >= 0, notes);
        }
        SummaryRow row = summary.stream()
                .filter(s -> s.scopeOrgId().equals(scope) && s.subject().equals(t.subject()))
                .findFirst().orElse(null);
        if (row == null) {
            notes.add(Note.of("report.note.target.no_results", scope, t.subject()));
            return new TargetResult(t, scope, null, null, null, null, null, notes);
        }
        boolean ofGood = t.metric() == Target.Metric.SHARE_EXCELLENT && t.base() == Target.Base.GOOD_OR_ABOVE;
        Optional<BigDecimal> exact;
        int part;
        int base;
        if (t.metric() == Target.Metric.SHARE_GOOD_OR_ABOVE) {
            exact = row.pctGoodOrAbove();
            part = row.goodOrAbove();
            base = row.classified();
        } else if (ofGood) {
            exact = row.pctExcellentOfGoodOrAbove();
            part = row.htxsnv();
            base = row.goodOrAbove();
        } else {
            exact = row.pctExcellent();
            part = row.htxsnv();
            base = row.classified();
        }
        if (exact.isEmpty()) {
            notes.add(Note.of("report.note.target.empty_base", scope, t.subject()));
            return new TargetResult(t, scope, row, null, null, null, null, notes);
        }
        BigDecimal exactValue = exact.get();
        BigDecimal actual = exactValue.setScale(0, RoundingMode.HALF_UP);
        notes.add(Note.of(ofGood ? "report.note.target.measured_of_good"
                : t.metric() == Target.Metric.SHARE_GOOD_OR_ABOVE ? "report.note.target.measured_good"
                : "report.note.target.measured_excellent", part, base, exactValue.setScale(2, RoundingMode.HALF_UP)));
        boolean met = actual.compareTo(t.planned()) >= 0;
        if (met && exactValue.compareTo(t.planned()) < 0) {
            notes.add(Note.of("report.note.target.rounded", exactValue.setScale(2, RoundingMode.HALF_UP), t.planned()));
        }
        if (t.actual() != null && t.actual().compareTo(actual) != 0) {
            notes.add(Note.of("report.note.target.given_differs", t.actual(), actual));
        }
        return new TargetResult(t, scope, row, exactValue, actual, attainment(actual, t.planned()), met, notes);
    }

    /** actual ÷ planned × 100, rounded half up; none over a planned figure of zero. */
    static BigDecimal attainment(BigDecimal actual, BigDecimal planned) {
        if (actual == null || planned.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(planned, 0, RoundingMode.HALF_UP);
    }
}
