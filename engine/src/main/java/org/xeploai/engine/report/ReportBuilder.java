package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.InputData;

import java.util.List;

/**
 * Builds a run's {@link ReportData} once the levels are final: the targets measured on the summary, the awards
 * proposed from the final levels and the history, the comparison with the previous year, those not classified.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static ReportData build(int year, InputData input, List<SubjectResult> members,
                                   List<SubjectResult> organizations, List<SubjectResult> collectives,
                                   List<SummaryRow> summary) {
        return build(input, ReportParts.of(year, input, members, organizations, collectives), summary);
    }

    /**
     * The report of a run whose results were turned into {@link ReportParts}, at once or part by part.
     *
     * @param whole   every organization of the run (superior committees included), its targets and rows read
     * @param summary the run's summary rows
     */
    public static ReportData build(InputData whole, ReportParts parts, List<SummaryRow> summary) {
        Scopes scopes = new Scopes(whole.organizations());
        List<TargetResult> targets = Targets.measure(whole.targets(), summary, scopes.defaultScope());
        return new ReportData(scopes.superiors(), targets, parts.awards(), parts.notices(),
                parts.yearOverYear(summary, scopes), parts.notClassified(scopes),
                whole.rowsRead().containsKey("targets.csv"), parts.historyGiven());
    }
}
