package org.xeploai.engine.pipeline;

import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.model.OrgType;
import org.xeploai.rules.ClassificationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.xeploai.engine.pipeline.SummaryCounts.CELL;
import static org.xeploai.engine.pipeline.SummaryCounts.COLLECTIVE;
import static org.xeploai.engine.pipeline.SummaryCounts.GRASSROOTS_ORG;
import static org.xeploai.engine.pipeline.SummaryCounts.MEMBER;

/**
 * Where every input row went, per file: the contract's "nothing is lost". The results are read as counts
 * ({@link SummaryCounts}), the same a partitioned run adds up partition by partition.
 */
final class Accounting {

    private Accounting() {
    }

    /**
     * @param input    the rows read per file and every organization (superior committees are accepted, not classified)
     * @param rejected every rejected row of the run
     */
    static List<RowAccounting> of(InputData input, SummaryCounts results, List<RejectedRow> rejected) {
        List<RowAccounting> out = new ArrayList<>();
        Map<String, Long> rowsIn = input.rowsRead();
        out.add(subjects("members.csv", rowsIn, results.total(MEMBER), 0, rejected));
        long superiors = input.organizations().stream().filter(o -> o.type() == OrgType.SUPERIOR).count();
        out.add(subjects("organizations.csv", rowsIn, results.total(CELL, GRASSROOTS_ORG), superiors, rejected));
        if (rowsIn.containsKey("collectives.csv")) {
            out.add(subjects("collectives.csv", rowsIn, results.total(COLLECTIVE), 0, rejected));
        }
        for (String file : List.of("decisions.csv", "history.csv", "targets.csv")) {
            if (rowsIn.containsKey(file)) {
                long refused = rejectedLines(file, rejected);
                long in = rowsIn.get(file);
                out.add(new RowAccounting(file, in, 0, 0, 0, in - refused, refused));
            }
        }
        return out;
    }

    private static RowAccounting subjects(String file, Map<String, Long> rowsIn, SummaryCounts.Counts results,
                                          long accepted, List<RejectedRow> rejected) {
        return new RowAccounting(file, rowsIn.getOrDefault(file, 0L), results.count(ClassificationStatus.CLASSIFIED),
                results.count(ClassificationStatus.NOT_CLASSIFIED), results.count(ClassificationStatus.PENDING),
                accepted, rejectedLines(file, rejected));
    }

    private static long rejectedLines(String file, List<RejectedRow> rejected) {
        TreeSet<Long> lines = new TreeSet<>();
        rejected.stream().filter(r -> r.file().equals(file)).forEach(r -> lines.add(r.line()));
        return lines.size();
    }
}
