package org.xeploai.engine.pipeline;

import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.OrgType;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A committee's input, read whole, cut the way a partitioned run cuts its files: each partition a set of approving
 * authorities (the parent of a grassroots organization, "" for none), its slice the grassroots organizations of those
 * authorities, everything under them, their superiors up to the root, and the rows about them. A row of decisions,
 * history or collectives goes to the one slice that classifies its subject (a member's own row, not a
 * temporary-activity row), or to the first slice when no slice classifies it (a superior committee, an unknown
 * collective), so that its rejection, if any, is made once. An earlier year's level of a member also goes to every
 * slice holding a temporary-activity row of that member: the rules read it there too.
 */
final class PartitionSlices {
    private static final String ORGANIZATIONS = "organizations.csv";
    private static final String MEMBERS = "members.csv";
    private static final String DECISIONS = "decisions.csv";
    private static final String COLLECTIVES = "collectives.csv";
    private static final String HISTORY = "history.csv";

    private PartitionSlices() {
    }

    /** The approving authorities, in the order of their first grassroots organization. */
    static List<String> authorities(InputData input) {
        return input.organizations().stream().filter(Organization::grassroots).map(PartitionSlices::authority)
                .distinct().toList();
    }

    /** One partition per authority. */
    static List<Set<String>> oneAuthorityEach(InputData input) {
        return authorities(input).stream().map(Set::of).toList();
    }

    /** Authorities dealt round the partitions in turn, so that a partition's organizations are not contiguous. */
    static List<Set<String>> dealtInto(int partitions, InputData input) {
        List<Set<String>> out = new ArrayList<>();
        List<String> authorities = authorities(input);
        for (int p = 0; p < Math.min(partitions, authorities.size()); p++) {
            out.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < authorities.size(); i++) {
            out.get(i % out.size()).add(authorities.get(i));
        }
        return out;
    }

    /** What a partitioned run reads whole: no members, decisions, history or collectives. */
    static InputData wholeWithoutPartitionedRows(InputData input) {
        return new InputData(input.organizations(), List.of(), List.of(), input.collectives().map(c -> List.of()),
                List.of(), input.rejected(), input.rowsRead(), input.lines(), input.warnings(), input.targets());
    }

    /** The slices of {@code partitions}, in order; the rows the reader refused stay with the whole read. */
    static List<InputData> of(InputData input, List<Set<String>> partitions, int year) {
        Map<String, Organization> byId = new HashMap<>();
        input.organizations().forEach(o -> byId.put(o.orgId(), o));
        Map<String, Integer> partitionOfOrganization = new HashMap<>();
        for (Organization o : input.organizations()) {
            Organization g = grassrootsOf(o, byId);
            for (int p = 0; g != null && p < partitions.size(); p++) {
                if (partitions.get(p).contains(authority(g))) {
                    partitionOfOrganization.put(o.orgId(), p);
                }
            }
        }
        Map<String, Integer> partitionOfMember = new HashMap<>();
        Map<String, Set<Integer>> partitionsOfMemberRows = new HashMap<>();
        for (Member m : input.members()) {
            int p = partitionOfOrganization.get(m.orgId());
            partitionsOfMemberRows.computeIfAbsent(m.memberId(), k -> new HashSet<>()).add(p);
            if (m.status() != MemberStatus.TEMPORARY || !partitionOfMember.containsKey(m.memberId())) {
                partitionOfMember.put(m.memberId(), p);
            }
        }
        Map<String, String> organizationOfCollective = input.collectives().orElse(List.of()).stream()
                .collect(Collectors.toMap(LeadershipCollective::collectiveId, LeadershipCollective::orgId));
        Function<SubjectRef, Integer> home = s -> switch (s.type()) {
            case MEMBER -> partitionOfMember.getOrDefault(s.id(), 0);
            case ORGANIZATION -> partitionOfOrganization.getOrDefault(s.id(), 0);
            case COLLECTIVE -> partitionOfOrganization.getOrDefault(organizationOfCollective.getOrDefault(s.id(),
                    s.id().startsWith(LeadershipCollective.DERIVED_ID_PREFIX)
                            ? s.id().substring(LeadershipCollective.DERIVED_ID_PREFIX.length()) : s.id()), 0);
        };

        List<InputData> slices = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            int slice = p;
            Set<String> own = new HashSet<>();
            partitionOfOrganization.forEach((id, q) -> {
                if (q == slice) {
                    own.add(id);
                }
            });
            Set<String> kept = new HashSet<>(own);
            for (String id : own) {
                for (Organization above = byId.get(byId.get(id).parentId()); above != null; above = byId.get(above.parentId())) {
                    kept.add(above.orgId());
                }
            }
            List<Organization> organizations = input.organizations().stream().filter(o -> kept.contains(o.orgId())).toList();
            List<Member> members = input.members().stream().filter(m -> own.contains(m.orgId())).toList();
            List<Decision> decisions = input.decisions().stream()
                    .filter(d -> home.apply(new SubjectRef(d.subjectType(), d.subjectId())) == slice).toList();
            List<PastLevel> history = input.history().stream().filter(h -> home.apply(new SubjectRef(h.subjectType(), h.subjectId())) == slice
                    || h.subjectType() == SubjectType.MEMBER && h.year() < year
                    && partitionsOfMemberRows.getOrDefault(h.subjectId(), Set.of()).contains(slice)).toList();
            Optional<List<LeadershipCollective>> collectives = input.collectives().map(all -> all.stream()
                    .filter(c -> own.contains(c.orgId())).toList());

            Set<String> lineKeys = new HashSet<>();
            organizations.forEach(o -> lineKeys.add(ORGANIZATIONS + ":" + o.orgId()));
            members.forEach(m -> lineKeys.add(MEMBERS + ":" + m.memberId()
                    + (m.status() == MemberStatus.TEMPORARY ? "#TEMPORARY" : "")));
            decisions.forEach(d -> lineKeys.add(DECISIONS + ":" + d.subjectType() + ":" + d.subjectId()));
            collectives.orElse(List.of()).forEach(c -> lineKeys.add(COLLECTIVES + ":" + c.collectiveId()));
            history.forEach(h -> lineKeys.add(HISTORY + ":" + h.subjectType() + ":" + h.subjectId() + ":" + h.year()));
            Map<String, Long> lines = new LinkedHashMap<>();
            input.lines().forEach((key, line) -> {
                if (lineKeys.contains(key)) {
                    lines.put(key, line);
                }
            });
            slices.add(new InputData(organizations, members, decisions, collectives, history, List.of(),
                    input.rowsRead(), lines, List.of()));
        }
        return slices;
    }

    private record SubjectRef(SubjectType type, String id) {
    }

    private static String authority(Organization grassroots) {
        return grassroots.parentId() == null ? "" : grassroots.parentId();
    }

    private static Organization grassrootsOf(Organization o, Map<String, Organization> byId) {
        for (Organization at = o; at != null && at.type() != OrgType.SUPERIOR; at = byId.get(at.parentId())) {
            if (at.grassroots()) {
                return at;
            }
        }
        return null;
    }
}
