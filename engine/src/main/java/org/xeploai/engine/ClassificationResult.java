package org.xeploai.engine;

import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.partition.SpilledResults;
import org.xeploai.engine.report.ReportData;

import java.util.List;

/**
 * Everything one run produced: members', organizations' and collectives' results in input order, the summary rows,
 * the rejected rows, the row accounting per input file and the warnings about the input; then what the year-end
 * report adds (targets, awards, year over year, those not classified).
 */
public record ClassificationResult(int year, PackInfo pack, List<SubjectResult> members,
                                   List<SubjectResult> organizations, List<SubjectResult> collectives,
                                   List<SummaryRow> summary, List<RejectedRow> rejected,
                                   List<RowAccounting> accounting, List<InputWarning> warnings,
                                   ReportData report) {

    /** Without report data (none of targets, awards, comparison). */
    public ClassificationResult(int year, PackInfo pack, List<SubjectResult> members,
                                List<SubjectResult> organizations, List<SubjectResult> collectives,
                                List<SummaryRow> summary, List<RejectedRow> rejected,
                                List<RowAccounting> accounting, List<InputWarning> warnings) {
        this(year, pack, members, organizations, collectives, summary, rejected, accounting, warnings, ReportData.EMPTY);
    }

    public ClassificationResult {
        members = readOnly(members);
        organizations = readOnly(organizations);
        collectives = readOnly(collectives);
        summary = List.copyOf(summary);
        rejected = List.copyOf(rejected);
        accounting = List.copyOf(accounting);
        warnings = List.copyOf(warnings);
        report = report == null ? ReportData.EMPTY : report;
    }

    /** A copy, except for a partitioned run's results, which stay on disk and are read-only already. */
    private static List<SubjectResult> readOnly(List<SubjectResult> results) {
        return results instanceof SpilledResults ? results : List.copyOf(results);
    }
}
