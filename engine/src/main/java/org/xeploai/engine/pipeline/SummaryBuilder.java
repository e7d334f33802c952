package org.xeploai.engine.pipeline;

import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.xeploai.engine.pipeline.SummaryCounts.CELL;
import static org.xeploai.engine.pipeline.SummaryCounts.COLLECTIVE;
import static org.xeploai.engine.pipeline.SummaryCounts.GRASSROOTS_ORG;
import static org.xeploai.engine.pipeline.SummaryCounts.MEMBER;

/**
 * The rows of {@code summary.csv} (contract): for each superior committee, all four subject types over everything
 * under it at any depth; for each grassroots organization, its members and its cells (partial committees included).
 * Empty groups are written with zeros. The rows are built from the counts per grassroots organization
 * ({@link SummaryCounts}), added up for each superior committee, so the cost grows with the number of organizations,
 * not with subjects × scopes, and a partitioned run builds them once from the whole tree.
 */
final class SummaryBuilder {
    private static final List<String> SUBJECTS = List.of(MEMBER, CELL, GRASSROOTS_ORG, COLLECTIVE);

    private final OrgTree tree;

    /** @param tree every organization of the run, superior committees included; members are not needed */
    SummaryBuilder(OrgTree tree) {
        this.tree = tree;
    }

    List<SummaryRow> build(SummaryCounts counts) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Organization superior : tree.superiors()) {
            Map<String, SummaryCounts.Counts> total = new HashMap<>();
            for (Organization o : tree.descendants(superior.orgId())) {
                if (o.grassroots()) {
                    SUBJECTS.forEach(subject -> total.computeIfAbsent(subject, k -> new SummaryCounts.Counts())
                            .add(counts.of(o.orgId(), subject)));
                }
            }
            SUBJECTS.forEach(subject -> rows.add(total.getOrDefault(subject, new SummaryCounts.Counts())
                    .row(superior.orgId(), subject)));
        }
        for (Organization g : tree.grassroots()) {
            rows.add(counts.of(g.orgId(), MEMBER).row(g.orgId(), MEMBER));
            rows.add(counts.of(g.orgId(), CELL).row(g.orgId(), CELL));
        }
        return rows;
    }
}
