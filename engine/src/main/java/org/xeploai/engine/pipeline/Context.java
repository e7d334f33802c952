package org.xeploai.engine.pipeline;

import org.xeploai.model.CollectiveMembers;
import org.xeploai.model.Discipline;
import org.xeploai.model.Leadership;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a subject's rules read beside the subject itself, gathered once per run: its earlier years' levels, the
 * unit a leader leads, and the members of an organization's leadership collective.
 */
final class Context {
    private final OrgTree tree;
    private final Map<SubjectKey, List<PastLevel>> history = new HashMap<>();
    private final Map<String, CollectiveMembers> collectiveMembers = new HashMap<>();

    Context(OrgTree tree, List<PastLevel> pastLevels) {
        this.tree = tree;
        pastLevels.forEach(p -> history.computeIfAbsent(new SubjectKey(p.subjectType(), p.subjectId()), k -> new ArrayList<>()).add(p));
        Map<String, List<Member>> leaders = new HashMap<>();
        for (Member m : tree.members()) {
            if (m.leadershipRole() != null && m.leadsOrgId() != null && m.status() != MemberStatus.TEMPORARY) {
                leaders.computeIfAbsent(m.leadsOrgId(), k -> new ArrayList<>()).add(m);
            }
        }
        leaders.forEach((orgId, seats) -> collectiveMembers.put(orgId, new CollectiveMembers(orgId, seats.size(),
                (int) seats.stream().filter(Member::degradation).count(),
                (int) seats.stream().filter(Member::disciplined).count(),
                (int) seats.stream().filter(m -> m.disciplined() && m.discipline().atLeast(Discipline.CANH_CAO)).count(),
                (int) seats.stream().filter(m -> m.disciplined() && !m.disciplineSelfRemedied()).count())));
    }

    /** A member's history and, for a leader, the unit he or she leads. */
    List<Object> memberFacts(Member m) {
        List<Object> facts = new ArrayList<>(history.getOrDefault(new SubjectKey(SubjectType.MEMBER, m.memberId()), List.of()));
        if (m.leadershipRole() != null && m.leadsOrgId() != null) {
            tree.get(m.leadsOrgId()).ifPresent(unit -> facts.add(new Leadership(m.memberId(), m.leadershipRole(), unit)));
        }
        return facts;
    }

    /** An organization's history and the members of its leadership collective, if it has one. */
    List<Object> organizationFacts(Organization o) {
        List<Object> facts = new ArrayList<>(history.getOrDefault(new SubjectKey(SubjectType.ORGANIZATION, o.orgId()), List.of()));
        CollectiveMembers seats = collectiveMembers.get(o.orgId());
        if (seats != null) {
            facts.add(seats);
        }
        return facts;
    }

    CollectiveMembers collectiveMembers(String orgId) {
        return collectiveMembers.get(orgId);
    }
}
