package org.xeploai.engine.input;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.SubjectType;

import java.util.Map;

/**
 * Where each row or fact goes in a partitioned run, so that what must meet meets: a member's row goes to its
 * organization's partition, a repeated member id (or repeated temporary-activity row) to the partition of its first
 * row; a decision or an earlier year's level follows its subject (a member's own row, else its temporary-activity
 * row; a collective's organization); anything unknown goes to partition 0, where the checks refuse it.
 */
public final class FactRoutes {
    private final PartitionPlan plan;
    private final Map<String, String> organizationOfCollective;
    private final IdRoutes members = new IdRoutes();

    /** @param organizationOfCollective the organization of each collective listed in the input, by collective id */
    public FactRoutes(PartitionPlan plan, Map<String, String> organizationOfCollective) {
        this.plan = plan;
        this.organizationOfCollective = organizationOfCollective;
    }

    /** The partition of a member's row, remembered for the rows and facts about that member that follow. */
    public int member(String id, boolean temporary, String orgId) {
        if (id == null || id.isEmpty()) {
            return plan.partitionOf(orgId);
        }
        String key = MemberRows.key(id, temporary);
        int first = members.get(key);
        int partition = first >= 0 ? first : plan.partitionOf(orgId);
        members.putIfAbsent(key, partition);
        return partition;
    }

    /** The partition of a row about a subject: a decision or an earlier year's level. */
    public int subject(SubjectType type, String id) {
        if (type == null) {
            return 0;
        }
        return switch (type) {
            case MEMBER -> {
                int own = members.get(id);
                yield Math.max(0, own >= 0 ? own : members.get(MemberRows.key(id, true)));
            }
            case ORGANIZATION -> plan.partitionOf(id);
            case COLLECTIVE -> plan.partitionOf(organizationOfCollective.getOrDefault(id,
                    id.startsWith(LeadershipCollective.DERIVED_ID_PREFIX)
                            ? id.substring(LeadershipCollective.DERIVED_ID_PREFIX.length()) : id));
        };
    }

    public int organization(String orgId) {
        return plan.partitionOf(orgId);
    }
}
