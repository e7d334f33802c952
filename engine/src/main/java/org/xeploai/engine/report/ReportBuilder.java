package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.PastLevel;

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
        Scopes scopes = new Scopes(input.organizations());
        List<PastLevel> history = input.history().stream().filter(p -> p.year() < year).toList();
        List<TargetResult> targets = Targets.measure(input.targets(), summary, scopes.defaultScope());
        Awards.Result awards = Awards.propose(year, input.organizations(), members, organizations, collectives, history);
        List<YearOverYearRow> yearOverYear = YearOverYear.compare(year, history, summary, scopes, members,
                organizations, collectives);
        List<NotClassifiedRow> notClassified = NotClassified.count(scopes, members, organizations, collectives);
        return new ReportData(scopes.superiors(), targets, awards.awards(), awards.notices(), yearOverYear,
                notClassified, input.rowsRead().containsKey("targets.csv"), !history.isEmpty());
    }
}
