package org.xeploai.engine.pipeline;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rows of {@code summary.csv} (contract): for each superior committee, all four subject types over everything
 * under it at any depth; for each grassroots organization, its members and its cells (partial committees included).
 * Empty groups are written with zeros.
 */
final class SummaryBuilder {
    static final String MEMBER = "MEMBER";
    static final String CELL = "CELL";
    static final String GRASSROOTS_ORG = "GRASSROOTS_ORG";
    static final String COLLECTIVE = "COLLECTIVE";

    private final OrgTree tree;

    SummaryBuilder(OrgTree tree) {
        this.tree = tree;
    }

    List<SummaryRow> build(List<SubjectResult> members, List<SubjectResult> organizations) {
        return build(members, organizations, List.of());
    }

    List<SummaryRow> build(List<SubjectResult> members, List<SubjectResult> organizations, List<SubjectResult> collectives) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Organization superior : tree.superiors()) {
            Set<String> grassroots = tree.descendants(superior.orgId()).stream().filter(Organization::grassroots)
                    .map(Organization::orgId).collect(Collectors.toSet());
            String scope = superior.orgId();
            rows.add(row(scope, MEMBER, members, r -> grassroots.contains(r.grassrootsId())));
            rows.add(row(scope, CELL, organizations, r -> r.orgType().isCellLike() && grassroots.contains(r.grassrootsId())));
            rows.add(row(scope, GRASSROOTS_ORG, organizations, r -> r.orgType().isGrassroots() && grassroots.contains(r.subjectId())));
            rows.add(row(scope, COLLECTIVE, collectives, r -> grassroots.contains(r.grassrootsId())));
        }
        for (Organization g : tree.grassroots()) {
            String scope = g.orgId();
            rows.add(row(scope, MEMBER, members, r -> scope.equals(r.grassrootsId())));
            rows.add(row(scope, CELL, organizations, r -> r.orgType().isCellLike() && scope.equals(r.grassrootsId())));
        }
        return rows;
    }

    private static SummaryRow row(String scope, String subject, List<SubjectResult> results, Predicate<SubjectResult> in) {
        int total = 0;
        int classified = 0;
        int notClassified = 0;
        int pending = 0;
        int[] levels = new int[4];
        for (SubjectResult r : results) {
            if (!in.test(r)) {
                continue;
            }
            total++;
            switch (r.status()) {
                case CLASSIFIED -> {
                    classified++;
                    levels[r.level().ordinal()]++;
                }
                case NOT_CLASSIFIED -> notClassified++;
                case PENDING -> pending++;
            }
        }
        return new SummaryRow(scope, subject, total, classified, notClassified, pending,
                levels[0], levels[1], levels[2], levels[3]);
    }
}
