package org.xeploai.engine.pipeline;

import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.rules.ClassificationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Where every input row went, per file: the contract's "nothing is lost". */
final class Accounting {

    private Accounting() {
    }

    static List<RowAccounting> of(InputData input, List<SubjectResult> members, List<SubjectResult> organizations,
                                  List<SubjectResult> collectives, List<RejectedRow> rejected) {
        List<RowAccounting> out = new ArrayList<>();
        Map<String, Long> rowsIn = input.rowsRead();
        out.add(subjects("members.csv", rowsIn, members, 0, rejected));
        long superiors = input.organizations().stream().filter(o -> o.type() == org.xeploai.model.OrgType.SUPERIOR).count();
        out.add(subjects("organizations.csv", rowsIn, organizations, superiors, rejected));
        if (rowsIn.containsKey("collectives.csv")) {
            out.add(subjects("collectives.csv", rowsIn, collectives, 0, rejected));
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

    private static RowAccounting subjects(String file, Map<String, Long> rowsIn, List<SubjectResult> results,
                                          long accepted, List<RejectedRow> rejected) {
        return new RowAccounting(file, rowsIn.getOrDefault(file, 0L),
                count(results, ClassificationStatus.CLASSIFIED), count(results, ClassificationStatus.NOT_CLASSIFIED),
                count(results, ClassificationStatus.PENDING), accepted, rejectedLines(file, rejected));
    }

    private static long count(List<SubjectResult> results, ClassificationStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    private static long rejectedLines(String file, List<RejectedRow> rejected) {
        TreeSet<Long> lines = new TreeSet<>();
        rejected.stream().filter(r -> r.file().equals(file)).forEach(r -> lines.add(r.line()));
        return lines.size();
    }
}
