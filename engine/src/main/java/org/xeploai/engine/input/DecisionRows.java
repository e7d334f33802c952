package org.xeploai.engine.input;

import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks decisions against the accepted members and organizations: one decision per subject, about a subject in the
 * input. Whether the subject is classified, and everything about collectives, is the pipeline's to check: it knows
 * statuses and collectives.
 */
final class DecisionRows {

    private DecisionRows() {
    }

    record Result(List<Decision> accepted, List<RejectedRow> rejected) {
    }

    static Result check(FileRows<Decision> rows, MemberRows.Result members, OrganizationTree.Result organizations) {
        Map<String, Long> firstLine = new HashMap<>();
        List<Decision> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (SourceRow<Decision> row : rows.rows()) {
            SubjectType type = row.parsed() ? row.value().subjectType()
                    : DecisionSchema.subjectType(row.raw("subject_type")).orElse(null);
            String id = row.parsed() ? row.value().subjectId() : row.raw("subject_id");
            if (type == null || id.isEmpty()) {
                continue;
            }
            Long first = firstLine.putIfAbsent(key(type, id), row.line());
            if (!row.parsed()) {
                continue;
            }
            RejectedRow problem = first != null
                    ? reject(row, id, "input.decision.duplicate", type.name(), id, first)
                    : checkSubject(row, type, id, members, organizations);
            if (problem == null) {
                accepted.add(row.value().withLine(row.line()));
            } else {
                rejected.add(problem);
            }
        }
        return new Result(accepted, rejected);
    }

    /** The key of a decision's row in {@link InputData#lines()}, after the file name. */
    static String key(SubjectType type, String id) {
        return type.name() + ":" + id;
    }

    private static RejectedRow checkSubject(SourceRow<Decision> row, SubjectType type, String id,
                                            MemberRows.Result members, OrganizationTree.Result organizations) {
        switch (type) {
            case MEMBER -> {
                if (members.acceptedIds().contains(id)) {
                    return null;
                }
                Long line = members.refusedLine().get(id);
                return line != null
                        ? reject(row, id, "input.decision.subject_refused", id, MemberRows.FILE, line)
                        : reject(row, id, "input.decision.member_unknown", id);
            }
            case ORGANIZATION -> {
                if (organizations.byId().containsKey(id)) {
                    return null;
                }
                Long line = organizations.firstLine().get(id);
                return line != null
                        ? reject(row, id, "input.decision.subject_refused", id, OrganizationTree.FILE, line)
                        : reject(row, id, "input.decision.organization_unknown", id);
            }
            default -> {
                return null;
            }
        }
    }

    private static RejectedRow reject(SourceRow<Decision> row, String id, String key, Object... args) {
        return new RejectedRow(DecisionSchema.FILE, row.line(), "subject_id", id, key, Arrays.asList(args));
    }
}
