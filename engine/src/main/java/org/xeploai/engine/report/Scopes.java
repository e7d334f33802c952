package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which results a scope of {@code summary.csv} counts, by the same reading as the summary: a superior committee
 * counts everything under it at any depth, a grassroots organization its members and cells (partial committees
 * included). A member's temporary-activity row is left out: the member counts once, at the official cell.
 */
final class Scopes {
    private final Map<String, Set<String>> grassrootsUnder = new HashMap<>();
    private final List<Scope> superiors = new ArrayList<>();

    Scopes(List<Organization> organizations) {
        Map<String, List<Organization>> children = new HashMap<>();
        for (Organization o : organizations) {
            if (o.parentId() != null) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        Set<String> superiorIds = new HashSet<>();
        organizations.stream().filter(o -> o.type() == OrgType.SUPERIOR).forEach(o -> superiorIds.add(o.orgId()));
        for (Organization o : organizations) {
            if (o.type() != OrgType.SUPERIOR) {
                continue;
            }
            Set<String> grassroots = new HashSet<>();
            collect(o.orgId(), children, grassroots, 0);
            grassrootsUnder.put(o.orgId(), grassroots);
            superiors.add(new Scope(o.orgId(), o.name(), o.parentId(),
                    o.parentId() == null || !superiorIds.contains(o.parentId())));
        }
    }

    private static void collect(String id, Map<String, List<Organization>> children, Set<String> out, int depth) {
        if (depth > 64) {
            return;
        }
        for (Organization c : children.getOrDefault(id, List.of())) {
            if (c.type().isGrassroots()) {
                out.add(c.orgId());
            }
            collect(c.orgId(), children, out, depth + 1);
        }
    }

    List<Scope> superiors() {
        return superiors;
    }

    /** The first top superior committee: the scope of a target whose row names none. */
    String defaultScope() {
        return superiors.stream().filter(Scope::top).map(Scope::orgId).findFirst().orElse(null);
    }

    boolean isSuperior(String scope) {
        return grassrootsUnder.containsKey(scope);
    }

    /** The results of {@code subject} (a summary subject) that the scope counts. */
    List<SubjectResult> in(String scope, String subject, List<SubjectResult> members,
                           List<SubjectResult> organizations, List<SubjectResult> collectives) {
        List<SubjectResult> source = switch (subject) {
            case Awards.SUBJECT_MEMBER -> members;
            case Awards.SUBJECT_COLLECTIVE -> collectives;
            default -> organizations;
        };
        List<SubjectResult> out = new ArrayList<>();
        for (SubjectResult r : source) {
            if (r.subjectType() == SubjectType.MEMBER && temporaryRow(r)) {
                continue;
            }
            if (inScope(scope, subject, r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the scope counts the result as one of {@code subject} (a summary subject). */
    boolean inScope(String scope, String subject, SubjectResult r) {
        Set<String> under = grassrootsUnder.get(scope);
        return under != null ? inSuperior(r, subject, under) : inGrassroots(r, subject, scope);
    }

    private static boolean inSuperior(SubjectResult r, String subject, Set<String> under) {
        return switch (subject) {
            case Awards.SUBJECT_CELL -> r.orgType() != null && r.orgType().isCellLike() && under.contains(r.grassrootsId());
            case Awards.SUBJECT_GRASSROOTS_ORG -> r.orgType() != null && r.orgType().isGrassroots() && under.contains(r.subjectId());
            default -> under.contains(r.grassrootsId());
        };
    }

    private static boolean inGrassroots(SubjectResult r, String subject, String scope) {
        return switch (subject) {
            case Awards.SUBJECT_CELL -> r.orgType() != null && r.orgType().isCellLike() && scope.equals(r.grassrootsId());
            case Awards.SUBJECT_MEMBER -> scope.equals(r.grassrootsId());
            default -> false;
        };
    }

    /** A member's temporary-activity row (C-TEMP): classified at the official cell, not here. */
    static boolean temporaryRow(SubjectResult r) {
        return r.findings().stream().anyMatch(f -> "C-TEMP".equals(f.ruleId()));
    }
}
