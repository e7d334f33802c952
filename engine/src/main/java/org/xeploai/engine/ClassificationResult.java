package org.xeploai.engine;

import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;

import java.util.List;

/**
 * Everything one run produced: members', organizations' and collectives' results in input order, the summary rows,
 * the rejected rows, the row accounting per input file and the warnings about the input.
 */
public record ClassificationResult(int year, PackInfo pack, List<SubjectResult> members,
                                   List<SubjectResult> organizations, List<SubjectResult> collectives,
                                   List<SummaryRow> summary, List<RejectedRow> rejected,
                                   List<RowAccounting> accounting, List<InputWarning> warnings) {

    public ClassificationResult {
        members = List.copyOf(members);
        organizations = List.copyOf(organizations);
        collectives = List.copyOf(collectives);
        summary = List.copyOf(summary);
        rejected = List.copyOf(rejected);
        accounting = List.copyOf(accounting);
        warnings = List.copyOf(warnings);
    }
}
