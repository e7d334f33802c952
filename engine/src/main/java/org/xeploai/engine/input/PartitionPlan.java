package org.xeploai.engine.input;

import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which partition each organization belongs to: the approving authorities (the committee directly above grassroots
 * organizations, which sets their quota and that of their collectives) in input order, grouped until a partition
 * holds at least the given number of organizations (grassroots organizations and those below them). Superior
 * committees belong to no partition; each partition's input repeats those above its organizations.
 */
public final class PartitionPlan {
    private final List<Organization> organizations;
    private final Map<String, Organization> byId = new HashMap<>();
    private final Map<String, Integer> partitionOfOrganization = new HashMap<>();
    private final int partitions;

    private PartitionPlan(List<Organization> organizations, int organizationsPerPartition) {
        this.organizations = organizations;
        organizations.forEach(o -> byId.putIfAbsent(o.orgId(), o));
        Map<String, List<String>> underAuthority = new LinkedHashMap<>();
        for (Organization o : organizations) {
            Organization g = grassrootsOf(o);
            if (g != null) {
                underAuthority.computeIfAbsent(String.valueOf(g.parentId()), k -> new ArrayList<>()).add(o.orgId());
            }
        }
        int partition = 0;
        int filled = 0;
        for (List<String> ids : underAuthority.values()) {
            if (filled >= organizationsPerPartition) {
                partition++;
                filled = 0;
            }
            int p = partition;
            ids.forEach(id -> partitionOfOrganization.put(id, p));
            filled += ids.size();
        }
        this.partitions = partition + 1;
    }

    /** @param organizations the tree, superior committees included, in input order */
    public static PartitionPlan of(List<Organization> organizations, int organizationsPerPartition) {
        return new PartitionPlan(organizations, Math.max(1, organizationsPerPartition));
    }

    public int size() {
        return partitions;
    }

    /** The partition of an organization; 0 for one unknown, refused, or not under a grassroots organization. */
    public int partitionOf(String orgId) {
        Integer p = orgId == null ? null : partitionOfOrganization.get(orgId);
        return p == null ? 0 : p;
    }

    /** Each partition's organizations and every superior above them, in input order. */
    public List<List<Organization>> organizationsOf() {
        List<Set<String>> keep = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            keep.add(new HashSet<>());
        }
        partitionOfOrganization.forEach((id, p) -> {
            Set<String> ids = keep.get(p);
            ids.add(id);
            Organization above = byId.get(byId.get(id).parentId());
            while (above != null && ids.add(above.orgId())) {
                above = byId.get(above.parentId());
            }
        });
        List<List<Organization>> out = new ArrayList<>();
        for (Set<String> ids : keep) {
            out.add(organizations.stream().filter(o -> ids.contains(o.orgId())).toList());
        }
        return out;
    }

    /** The grassroots organization {@code o} is, or lies under; null for a superior committee or a broken chain. */
    private Organization grassrootsOf(Organization o) {
        Set<String> seen = new HashSet<>();
        for (Organization at = o; at != null && seen.add(at.orgId()); at = byId.get(at.parentId())) {
            if (at.grassroots()) {
                return at;
            }
            if (at.parentId() == null) {
                return null;
            }
        }
        return null;
    }
}
