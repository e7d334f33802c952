package org.xeploai.engine.input;

import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the organization tree (contract, "The organization tree"): each id once; every organization but a
 * {@code SUPERIOR} under a parent that exists and that its type may stand under; no cycle. A row that depends on a
 * refused row (a descendant of it) is refused in turn, naming the refused ancestor. The file's order does not
 * matter: a child may come before its parent.
 */
final class OrganizationTree {
    static final String FILE = "organizations.csv";

    private final Map<String, SourceRow<Organization>> candidates = new LinkedHashMap<>();
    private final Map<String, Long> firstLine = new HashMap<>();
    private final Map<String, Cause> refused = new HashMap<>();
    private final Set<String> accepted = new HashSet<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    private OrganizationTree() {
    }

    /** The result of the checks: the accepted organizations and, for every id refused, its root cause. */
    record Result(List<SourceRow<Organization>> accepted, Map<String, Organization> byId, Map<String, Cause> refused,
                  Map<String, Long> firstLine, List<RejectedRow> rejected) {
    }

    static Result check(FileRows<Organization> rows) {
        OrganizationTree tree = new OrganizationTree();
        tree.collect(rows.rows());
        tree.refuseCycles();
        for (String id : tree.candidates.keySet()) {
            tree.resolve(id);
        }
        List<SourceRow<Organization>> ok = tree.candidates.values().stream()
                .filter(r -> tree.accepted.contains(r.value().orgId())).toList();
        Map<String, Organization> byId = new LinkedHashMap<>();
        ok.forEach(r -> byId.put(r.value().orgId(), r.value()));
        return new Result(ok, byId, Map.copyOf(tree.refused), Map.copyOf(tree.firstLine), tree.rejected);
    }

    /** First occurrence of each id wins; a later row with the same id is refused naming the first line. */
    private void collect(List<SourceRow<Organization>> rows) {
        for (SourceRow<Organization> row : rows) {
            String id = row.parsed() ? row.value().orgId() : row.raw("org_id");
            if (id.isEmpty()) {
                continue;
            }
            Long first = firstLine.get(id);
            if (first != null) {
                if (row.parsed()) {
                    reject(row.line(), "org_id", id, "input.org.duplicate", id, first);
                }
                continue;
            }
            firstLine.put(id, row.line());
            if (row.parsed()) {
                candidates.put(id, row);
            } else {
                refused.put(id, new Cause(id, row.line()));
            }
        }
    }

    private SourceRow<Organization> parentRow(SourceRow<Organization> row) {
        String parent = row.value().parentId();
        return parent == null ? null : candidates.get(parent);
    }

    /** Every organization on a loop of parents is refused; the loop is listed in the order of its parents. */
    private void refuseCycles() {
        Map<String, Integer> state = new HashMap<>(); // absent: not seen; 1: on the current walk; 2: done
        for (String start : candidates.keySet()) {
            List<String> walk = new ArrayList<>();
            String current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                SourceRow<Organization> parent = parentRow(candidates.get(current));
                current = parent == null ? null : parent.value().orgId();
            }
            if (current != null && state.get(current) == 1) {
                List<String> loop = walk.subList(walk.indexOf(current), walk.size());
                String path = String.join(" → ", loop) + " → " + loop.get(0);
                for (String id : loop) {
                    SourceRow<Organization> row = candidates.get(id);
                    reject(row.line(), "parent_id", row.value().parentId(), "input.org.cycle", id, path);
                    refused.put(id, new Cause(id, row.line()));
                }
            }
            walk.forEach(id -> state.put(id, 2));
        }
    }

    /** Walks up from {@code id} to the first organization whose fate is known, then settles the walk top-down. */
    private void resolve(String id) {
        List<SourceRow<Organization>> walk = new ArrayList<>();
        String current = id;
        while (!settled(current)) {
            SourceRow<Organization> row = candidates.get(current);
            Organization org = row.value();
            String parent = org.parentId();
            if (parent == null || parent.isEmpty()) {
                if (org.type() == OrgType.SUPERIOR) {
                    accepted.add(current);
                } else {
                    refuseOwn(row, "parent_id", "", "input.org.parent_empty", current, org.type().name());
                }
                break;
            }
            SourceRow<Organization> parentRow = candidates.get(parent);
            if (parentRow == null) {
                Cause cause = refused.get(parent);
                if (cause != null) {
                    refuseDependent(row, parent, cause);
                } else {
                    refuseOwn(row, "parent_id", parent, "input.org.parent_unknown", current, parent);
                }
                break;
            }
            OrgType parentType = parentRow.value().type();
            if (!org.type().mayStandUnder(parentType)) {
                refuseOwn(row, "parent_id", parent, "input.org.parent_type", current, org.type().name(), parent,
                        parentType.name(), allowedParents(org.type()));
                break;
            }
            walk.add(row);
            current = parent;
        }
        for (int i = walk.size() - 1; i >= 0; i--) {
            SourceRow<Organization> row = walk.get(i);
            String parent = row.value().parentId();
            if (accepted.contains(parent)) {
                accepted.add(row.value().orgId());
            } else {
                refuseDependent(row, parent, refused.get(parent));
            }
        }
    }

    private boolean settled(String id) {
        return accepted.contains(id) || refused.containsKey(id);
    }

    private void refuseOwn(SourceRow<Organization> row, String column, String value, String key, Object... args) {
        reject(row.line(), column, value, key, args);
        refused.put(row.value().orgId(), new Cause(row.value().orgId(), row.line()));
    }

    private void refuseDependent(SourceRow<Organization> row, String parent, Cause cause) {
        reject(row.line(), "parent_id", parent, "input.org.parent_refused", row.value().orgId(), parent,
                cause.id(), cause.line());
        refused.put(row.value().orgId(), cause);
    }

    private void reject(long line, String column, String value, String key, Object... args) {
        rejected.add(new RejectedRow(FILE, line, column, value == null ? "" : value, key, Arrays.asList(args)));
    }

    private static String allowedParents(OrgType type) {
        return Arrays.stream(OrgType.values()).filter(type::mayStandUnder).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
