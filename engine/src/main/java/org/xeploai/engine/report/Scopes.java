package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which results a scope of {@code summary.csv} counts, by the same reading as the summary: a superior committee
 * counts everything under it at any depth, a grassroots organization its members and cells (partial committees
 * included). Results are counted per grassroots organization and added up per scope, so that a national run, with
 * hundreds of thousands of scopes, does not scan every result for every scope, and a run split by approving
 * authority can count partition by partition.
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

    /** What a result is told of: the summary subject it counts as and the grassroots organization holding it. */
    interface Counted {
        void accept(String subject, String grassrootsId, SubjectResult result);
    }

    /**
     * Tells {@code counted} of every result with the summary subject it counts as and its grassroots organization, as
     * summary.csv counts them (members' temporary-activity rows included), in input order.
     */
    static void forEach(List<SubjectResult> members, List<SubjectResult> organizations,
                        List<SubjectResult> collectives, Counted counted) {
        members.forEach(r -> counted.accept(Awards.SUBJECT_MEMBER, r.grassrootsId(), r));
        for (SubjectResult r : organizations) {
            if (r.orgType() != null && r.orgType().isCellLike()) {
                counted.accept(Awards.SUBJECT_CELL, r.grassrootsId(), r);
            } else if (r.orgType() != null && r.orgType().isGrassroots()) {
                counted.accept(Awards.SUBJECT_GRASSROOTS_ORG, r.subjectId(), r);
            }
        }
        collectives.forEach(r -> counted.accept(Awards.SUBJECT_COLLECTIVE, r.grassrootsId(), r));
    }

    /**
     * The grassroots organizations whose results of {@code subject} (a summary subject) the scope counts: every one
     * under a superior committee, in tree order; a grassroots organization itself for its members and cells.
     */
    Collection<String> grassroots(String scope, String subject) {
        Set<String> under = grassrootsUnder.get(scope);
        if (under != null) {
            return under;
        }
        return subject.equals(Awards.SUBJECT_MEMBER) || subject.equals(Awards.SUBJECT_CELL) ? List.of(scope) : List.of();
    }

    /** A member's temporary-activity row (C-TEMP): classified at the official cell, not here. */
    static boolean temporaryRow(SubjectResult r) {
        return r.findings().stream().anyMatch(f -> "C-TEMP".equals(f.ruleId()));
    }
}
