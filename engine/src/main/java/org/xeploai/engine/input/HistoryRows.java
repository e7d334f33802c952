package org.xeploai.engine.input;

import org.xeploai.model.PastLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks across rows of {@code history.csv}: one level per subject and year. */
final class HistoryRows {

    private HistoryRows() {
    }

    record Result(List<SourceRow<PastLevel>> accepted, List<RejectedRow> rejected) {
    }

    static String key(PastLevel p) {
        return p.subjectType() + ":" + p.subjectId() + ":" + p.year();
    }

    static Result check(FileRows<PastLevel> rows) {
        Map<String, Long> firstLine = new HashMap<>();
        List<SourceRow<PastLevel>> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (SourceRow<PastLevel> row : rows.rows()) {
            if (!row.parsed()) {
                continue;
            }
            PastLevel p = row.value();
            Long first = firstLine.putIfAbsent(key(p), row.line());
            if (first != null) {
                rejected.add(new RejectedRow(HistorySchema.FILE, row.line(), "year", Integer.toString(p.year()),
                        "input.history.duplicate", List.of(p.subjectId(), p.year(), first)));
            } else {
                accepted.add(row);
            }
        }
        return new Result(accepted, rejected);
    }
}
