package org.xeploai.engine.pipeline;

import org.xeploai.model.Member;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accepted organizations as a tree (the readers have already refused unknown parents and cycles), with each
 * organization's grassroots organization and each cell's members, in input order.
 */
final class OrgTree {
    private final Map<String, Organization> byId = new LinkedHashMap<>();
    private final Map<String, List<Organization>> children = new LinkedHashMap<>();
    private final Map<String, List<Member>> membersByOrg = new LinkedHashMap<>();
    private final List<Member> members;

    OrgTree(List<Organization> organizations, List<Member> members) {
        this.members = List.copyOf(members);
        for (Organization o : organizations) {
            byId.put(o.orgId(), o);
            children.computeIfAbsent(o.orgId(), k -> new ArrayList<>());
        }
        for (Organization o : organizations) {
            if (o.parentId() != null && byId.containsKey(o.parentId())) {
                children.get(o.parentId()).add(o);
            }
        }
        for (Member m : members) {
            membersByOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Every accepted member row, in input order. */
    List<Member> members() {
        return members;
    }

    Optional<Organization> get(String orgId) {
        return Optional.ofNullable(orgId == null ? null : byId.get(orgId));
    }

    List<Organization> children(String orgId) {
        return children.getOrDefault(orgId, List.of());
    }

    List<Member> membersOf(String orgId) {
        return membersByOrg.getOrDefault(orgId, List.of());
    }

    /** Grassroots organizations in input order. */
    List<Organization> grassroots() {
        return byId.values().stream().filter(Organization::grassroots).toList();
    }

    List<Organization> superiors() {
        return byId.values().stream().filter(o -> o.type() == OrgType.SUPERIOR).toList();
    }

    /** The grassroots organization an organization belongs to (itself for a grassroots one); empty for superiors. */
    Optional<Organization> grassrootsOf(String orgId) {
        Organization o = byId.get(orgId);
        while (o != null && !o.grassroots()) {
            o = o.type() == OrgType.SUPERIOR ? null : byId.get(o.parentId());
        }
        return Optional.ofNullable(o);
    }

    /** Cells and partial committees under a grassroots committee, deepest first, so that each comes after what it counts. */
    List<Organization> cellsBottomUp(Organization grassroots) {
        List<Organization> out = new ArrayList<>();
        collectBottomUp(grassroots.orgId(), out);
        return out;
    }

    private void collectBottomUp(String orgId, List<Organization> out) {
        for (Organization child : children(orgId)) {
            collectBottomUp(child.orgId(), out);
            out.add(child);
        }
    }

    /** Every organization below a superior committee, at any depth. */
    List<Organization> descendants(String orgId) {
        List<Organization> out = new ArrayList<>();
        collectBottomUp(orgId, out);
        return out;
    }
}
