package org.xeploai.engine.input;

import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@code targets.csv} across rows and against the organization tree: one row per target id, and a
 * scope whose results hold the target's subject. {@code summary.csv} counts all four subject types for a superior
 * committee and members and cells for a grassroots organization, so a share target is measurable on those only.
 */
final class TargetRows {
    static final String FILE = TargetSchema.FILE;
    private static final Set<String> GRASSROOTS_SUBJECTS = Set.of("MEMBER", "CELL");

    private TargetRows() {
    }

    record Result(List<Target> accepted, List<RejectedRow> rejected) {
    }

    static Result check(FileRows<Target> rows, OrganizationTree.Result organizations) {
        Map<String, Long> firstLine = new HashMap<>();
        List<Target> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (SourceRow<Target> row : rows.rows()) {
            String id = row.parsed() ? row.value().targetId() : row.raw("target_id");
            Long first = id.isEmpty() ? null : firstLine.putIfAbsent(id, row.line());
            if (!row.parsed()) {
                continue;
            }
            Target t = row.value();
            RejectedRow problem = first != null
                    ? new RejectedRow(FILE, row.line(), "target_id", id, "input.target.duplicate", List.of(id, first))
                    : checkScope(row.line(), t, organizations);
            if (problem == null) {
                accepted.add(t.withLine(row.line()));
            } else {
                rejected.add(problem);
            }
        }
        return new Result(accepted, rejected);
    }

    private static RejectedRow checkScope(long line, Target t, OrganizationTree.Result organizations) {
        String scope = t.scopeOrgId();
        if (scope == null) {
            return null;
        }
        Organization org = organizations.byId().get(scope);
        if (org == null) {
            Long refusedAt = organizations.firstLine().get(scope);
            return refusedAt != null
                    ? new RejectedRow(FILE, line, "scope_org_id", scope, "input.target.scope_refused", List.of(scope, refusedAt))
                    : new RejectedRow(FILE, line, "scope_org_id", scope, "input.target.scope_unknown", List.of(scope));
        }
        if (!t.metric().share() || org.type() == OrgType.SUPERIOR
                || (org.type().isGrassroots() && GRASSROOTS_SUBJECTS.contains(t.subject()))) {
            return null;
        }
        return new RejectedRow(FILE, line, "scope_org_id", scope, "input.target.scope_subject",
                List.of(scope, org.type().name(), t.subject()));
    }
}
