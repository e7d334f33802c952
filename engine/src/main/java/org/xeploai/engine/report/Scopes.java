package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
            Set<String> grassroots = new LinkedHashSet<>();
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

    /**
     * A run's results grouped once by summary subject and grassroots organization, so that what a scope counts is
     * found without scanning every result for every scope (a national run has hundreds of thousands of scopes).
     */
    static final class Grouped {
        private final Map<String, Map<String, List<SubjectResult>>> bySubject = new HashMap<>();

        Grouped(List<SubjectResult> members, List<SubjectResult> organizations, List<SubjectResult> collectives) {
            members.forEach(r -> add(Awards.SUBJECT_MEMBER, r.grassrootsId(), r));
            collectives.forEach(r -> add(Awards.SUBJECT_COLLECTIVE, r.grassrootsId(), r));
            for (SubjectResult r : organizations) {
                if (r.orgType() != null && r.orgType().isCellLike()) {
                    add(Awards.SUBJECT_CELL, r.grassrootsId(), r);
                } else if (r.orgType() != null && r.orgType().isGrassroots()) {
                    add(Awards.SUBJECT_GRASSROOTS_ORG, r.subjectId(), r);
                }
            }
        }

        private void add(String subject, String grassrootsId, SubjectResult r) {
            bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>())
                    .computeIfAbsent(grassrootsId, k -> new ArrayList<>()).add(r);
        }

        List<SubjectResult> of(String subject, String grassrootsId) {
            return bySubject.getOrDefault(subject, Map.of()).getOrDefault(grassrootsId, List.of());
        }
    }

    /**
     * The results of {@code subject} (a summary subject) that the scope counts, as summary.csv counts them
     * (temporary-activity rows included), grouped by grassroots organization in input order.
     */
    List<SubjectResult> all(String scope, String subject, Grouped results) {
        Set<String> under = grassrootsUnder.get(scope);
        if (under == null) {
            return subject.equals(Awards.SUBJECT_MEMBER) || subject.equals(Awards.SUBJECT_CELL)
                    ? results.of(subject, scope) : List.of();
        }
        List<SubjectResult> out = new ArrayList<>();
        under.forEach(g -> out.addAll(results.of(subject, g)));
        return out;
    }

    /** The same, without members' temporary-activity rows: a member counts once, at the official cell. */
    List<SubjectResult> in(String scope, String subject, Grouped results) {
        return all(scope, subject, results).stream()
                .filter(r -> r.subjectType() != SubjectType.MEMBER || !temporaryRow(r)).toList();
    }

    /** A member's temporary-activity row (C-TEMP): classified at the official cell, not here. */
    static boolean temporaryRow(SubjectResult r) {
        return r.findings().stream().anyMatch(f -> "C-TEMP".equals(f.ruleId()));
    }
}
