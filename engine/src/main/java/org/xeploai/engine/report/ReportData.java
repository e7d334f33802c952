package org.xeploai.engine.report;

import java.util.List;

/**
 * What a committee's year-end report adds to the levels: the resolution's targets measured, the awards proposed,
 * the comparison with the previous year and who was not classified and why. Built once per run
 * ({@link ReportBuilder}); written as {@code targets.csv}, {@code awards.csv}, {@code year_over_year.csv},
 * {@code not_classified.csv} and in {@code report.html}, {@code report.pdf} and {@code results.xlsx}.
 *
 * @param scopes         the superior committees, input order
 * @param targetsGiven   whether the input had {@code targets.csv}
 * @param historyGiven   whether the input had earlier years' levels ({@code history.csv})
 */
public record ReportData(List<Scope> scopes, List<TargetResult> targets, List<Award> awards,
                         List<AwardNotice> notices, List<YearOverYearRow> yearOverYear,
                         List<NotClassifiedRow> notClassified, boolean targetsGiven, boolean historyGiven) {

    public static final ReportData EMPTY = new ReportData(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), false, false);

    public ReportData {
        scopes = List.copyOf(scopes);
        targets = List.copyOf(targets);
        awards = List.copyOf(awards);
        notices = List.copyOf(notices);
        yearOverYear = List.copyOf(yearOverYear);
        notClassified = List.copyOf(notClassified);
    }

    /** Targets met or exceeded, for the line "8/8 chỉ tiêu đạt và vượt". */
    public long targetsMet() {
        return targets.stream().filter(TargetResult::isMet).count();
    }

    public List<Award> awards(AwardKind kind) {
        return awards.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The top superior committees: the scopes the report is written for. */
    public List<Scope> topScopes() {
        return scopes.stream().filter(Scope::top).toList();
    }
}
