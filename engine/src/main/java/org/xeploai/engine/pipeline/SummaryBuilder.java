package org.xeploai.engine.pipeline;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code summary.csv} (contract): for each superior committee, all four subject types over everything
 * under it at any depth; for each grassroots organization, its members and its cells (partial committees included).
 * Empty groups are written with zeros. Counts are made once per grassroots organization and added up for each
 * superior committee, so the cost grows with the number of subjects, not with subjects × scopes.
 */
final class SummaryBuilder {
    static final String MEMBER = "MEMBER";
    static final String CELL = "CELL";
    static final String GRASSROOTS_ORG = "GRASSROOTS_ORG";
    static final String COLLECTIVE = "COLLECTIVE";
    private static final List<String> SUBJECTS = List.of(MEMBER, CELL, GRASSROOTS_ORG, COLLECTIVE);

    private final OrgTree tree;

    SummaryBuilder(OrgTree tree) {
        this.tree = tree;
    }

    List<SummaryRow> build(List<SubjectResult> members, List<SubjectResult> organizations, List<SubjectResult> collectives) {
        Map<String, Map<String, Counts>> byGrassroots = new HashMap<>();
        members.forEach(r -> counts(byGrassroots, r.grassrootsId(), MEMBER).add(r));
        for (SubjectResult r : organizations) {
            counts(byGrassroots, r.grassrootsId(), r.orgType().isGrassroots() ? GRASSROOTS_ORG : CELL).add(r);
        }
        collectives.forEach(r -> counts(byGrassroots, r.grassrootsId(), COLLECTIVE).add(r));

        List<SummaryRow> rows = new ArrayList<>();
        for (Organization superior : tree.superiors()) {
            Map<String, Counts> total = new HashMap<>();
            for (Organization o : tree.descendants(superior.orgId())) {
                if (o.grassroots()) {
                    byGrassroots.getOrDefault(o.orgId(), Map.of())
                            .forEach((subject, c) -> total.computeIfAbsent(subject, k -> new Counts()).add(c));
                }
            }
            SUBJECTS.forEach(subject -> rows.add(total.getOrDefault(subject, new Counts()).row(superior.orgId(), subject)));
        }
        for (Organization g : tree.grassroots()) {
            Map<String, Counts> own = byGrassroots.getOrDefault(g.orgId(), Map.of());
            rows.add(own.getOrDefault(MEMBER, new Counts()).row(g.orgId(), MEMBER));
            rows.add(own.getOrDefault(CELL, new Counts()).row(g.orgId(), CELL));
        }
        return rows;
    }

    private static Counts counts(Map<String, Map<String, Counts>> byGrassroots, String grassrootsId, String subject) {
        return byGrassroots.computeIfAbsent(grassrootsId, k -> new HashMap<>()).computeIfAbsent(subject, k -> new Counts());
    }

    /** The counts of one subject type in one scope. */
    private static final class Counts {
        int total;
        int classified;
        int notClassified;
        int pending;
        final int[] levels = new int[4];

        void add(SubjectResult r) {
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

        void add(Counts other) {
            total += other.total;
            classified += other.classified;
            notClassified += other.notClassified;
            pending += other.pending;
            for (int i = 0; i < levels.length; i++) {
                levels[i] += other.levels[i];
            }
        }

        SummaryRow row(String scope, String subject) {
            return new SummaryRow(scope, subject, total, classified, notClassified, pending,
                    levels[0], levels[1], levels[2], levels[3]);
        }
    }
}
