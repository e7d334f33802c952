package org.xeploai.engine.input;

import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.schema.ValueType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks members against each other and against the accepted organizations: a member is active in an accepted cell
 * or grassroots cell; a {@code member_id} repeats only as the one {@code TEMPORARY} row (temporary activity at
 * another cell) beside the member's one other row; {@code leads_org_id}, when given, names an accepted organization.
 */
final class MemberRows {
    static final String FILE = "members.csv";
    static final String TEMPORARY_SUFFIX = "#TEMPORARY";

    private MemberRows() {
    }

    /**
     * @param accepted       accepted member rows, file order
     * @param acceptedIds    ids with at least one accepted row
     * @param refusedLine    for an id with no accepted row, the line of its first row
     */
    record Result(List<SourceRow<Member>> accepted, Set<String> acceptedIds, Map<String, Long> refusedLine,
                  List<RejectedRow> rejected) {
    }

    static Result check(FileRows<Member> rows, OrganizationTree.Result organizations) {
        Map<String, Long> firstLine = new HashMap<>();
        List<SourceRow<Member>> accepted = new ArrayList<>();
        Set<String> acceptedIds = new HashSet<>();
        Map<String, Long> seenLine = new HashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (SourceRow<Member> row : rows.rows()) {
            String id = row.parsed() ? row.value().memberId() : row.raw("member_id");
            if (id.isEmpty()) {
                continue;
            }
            seenLine.putIfAbsent(id, row.line());
            boolean temporary = row.parsed() ? row.value().status() == MemberStatus.TEMPORARY : temporary(row);
            String key = key(id, temporary);
            Long first = firstLine.putIfAbsent(key, row.line());
            if (!row.parsed()) {
                continue;
            }
            Member member = row.value();
            RejectedRow problem;
            if (first != null) {
                problem = reject(row, "member_id", id,
                        temporary ? "input.member.temporary_duplicate" : "input.member.duplicate", id, first);
            } else {
                problem = checkOrganizations(row, member, organizations);
            }
            if (problem == null) {
                accepted.add(row);
                acceptedIds.add(id);
            } else {
                rejected.add(problem);
            }
        }
        Map<String, Long> refusedLine = new HashMap<>(seenLine);
        refusedLine.keySet().removeAll(acceptedIds);
        return new Result(accepted, acceptedIds, refusedLine, rejected);
    }

    /** The key of a member's row in {@link InputData#lines()}: the id, or the id and {@code #TEMPORARY}. */
    static String key(String id, boolean temporary) {
        return temporary ? id + TEMPORARY_SUFFIX : id;
    }

    private static RejectedRow checkOrganizations(SourceRow<Member> row, Member member,
                                                  OrganizationTree.Result organizations) {
        String orgId = member.orgId();
        Organization org = organizations.byId().get(orgId);
        if (org == null) {
            Cause cause = organizations.refused().get(orgId);
            if (cause != null) {
                return reject(row, "org_id", orgId, "input.member.org_refused", member.memberId(), orgId,
                        cause.id(), cause.line());
            }
            return reject(row, "org_id", orgId, "input.member.org_unknown", member.memberId(), orgId);
        }
        if (!org.type().holdsMembers()) {
            return reject(row, "org_id", orgId, "input.member.org_type", member.memberId(), orgId, org.type().name());
        }
        String leads = member.leadsOrgId();
        if (leads != null && !organizations.byId().containsKey(leads)) {
            Cause cause = organizations.refused().get(leads);
            if (cause != null) {
                return reject(row, "leads_org_id", leads, "input.member.leads_refused", member.memberId(), leads,
                        cause.id(), cause.line());
            }
            return reject(row, "leads_org_id", leads, "input.member.leads_unknown", member.memberId(), leads);
        }
        return null;
    }

    private static boolean temporary(SourceRow<Member> row) {
        try {
            return ValueType.MEMBER_STATUS.parse(row.raw("status"), false) == MemberStatus.TEMPORARY;
        } catch (ValueType.InvalidValue e) {
            return false;
        }
    }

    private static RejectedRow reject(SourceRow<Member> row, String column, String value, String key, Object... args) {
        return new RejectedRow(FILE, row.line(), column, value, key, Arrays.asList(args));
    }
}
