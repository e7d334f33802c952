package org.xeploai.engine.input;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks across rows of {@code collectives.csv}: one row per collective id and per organization, about an
 * organization accepted from organizations.csv that is classified (not a superior committee).
 */
final class CollectiveRows {
    static final String FILE = "collectives.csv";

    private CollectiveRows() {
    }

    record Result(List<SourceRow<LeadershipCollective>> accepted, List<RejectedRow> rejected) {
    }

    static Result check(FileRows<LeadershipCollective> rows, OrganizationTree.Result organizations) {
        Map<String, Long> firstById = new HashMap<>();
        Map<String, Long> firstByOrg = new HashMap<>();
        List<SourceRow<LeadershipCollective>> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (SourceRow<LeadershipCollective> row : rows.rows()) {
            if (!row.parsed()) {
                continue;
            }
            LeadershipCollective c = row.value();
            Organization org = organizations.byId().get(c.orgId());
            Long sameId = firstById.putIfAbsent(c.collectiveId(), row.line());
            RejectedRow problem;
            if (sameId != null) {
                problem = new RejectedRow(FILE, row.line(), "collective_id", c.collectiveId(),
                        "input.collective.duplicate", List.of(c.collectiveId(), sameId));
            } else if (org == null) {
                problem = new RejectedRow(FILE, row.line(), "org_id", c.orgId(), "input.collective.org_unknown",
                        List.of(c.orgId()));
            } else if (org.type() == OrgType.SUPERIOR) {
                problem = new RejectedRow(FILE, row.line(), "org_id", c.orgId(), "input.collective.org_superior",
                        List.of(c.orgId()));
            } else {
                Long sameOrg = firstByOrg.putIfAbsent(c.orgId(), row.line());
                problem = sameOrg == null ? null : new RejectedRow(FILE, row.line(), "org_id", c.orgId(),
                        "input.collective.second_for_org", List.of(c.orgId(), sameOrg));
            }
            if (problem == null) {
                accepted.add(row);
            } else {
                rejected.add(problem);
            }
        }
        return new Result(accepted, rejected);
    }
}
