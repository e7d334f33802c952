package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.Decision;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.util.ArrayList;
import java.util.List;

/** Results built by hand for the report's unit tests: a superior committee, two grassroots committees, cells. */
final class Fixtures {
    static final int YEAR = 2022;
    static final List<Organization> TREE = List.of(
            org("TU", OrgType.SUPERIOR, null, "Đảng bộ Khối cơ quan"),
            org("STC", OrgType.GRASSROOTS_COMMITTEE, "TU", "Đảng bộ Sở Tài chính"),
            org("STC-CB1", OrgType.CELL, "STC", "Chi bộ Văn phòng Sở"),
            org("KBNN", OrgType.GRASSROOTS_COMMITTEE, "TU", "Đảng bộ Kho bạc Nhà nước tỉnh"),
            org("KBNN-CB1", OrgType.CELL, "KBNN", "Chi bộ Kế toán"),
            org("STP", OrgType.GRASSROOTS_CELL, "TU", "Chi bộ Sở Tư pháp"));

    private Fixtures() {
    }

    static Organization org(String id, OrgType type, String parent, String name) {
        return Organization.builder(id, type, parent).name(name).build();
    }

    static SubjectResult member(String id, String cell, String grassroots, Level level) {
        return member(id, cell, grassroots, ClassificationStatus.CLASSIFIED, level, level, false, null);
    }

    static SubjectResult member(String id, String cell, String grassroots, ClassificationStatus status, Level computed,
                                Level level, boolean demoted, Decision decision) {
        return new SubjectResult(SubjectType.MEMBER, id, "Đảng viên " + id, cell, null, grassroots, status, null,
                computed, status == ClassificationStatus.CLASSIFIED ? level : null, demoted, List.of(), decision);
    }

    static SubjectResult notClassified(String id, String cell, String grassroots, String ruleId) {
        Finding why = new Finding(SubjectType.MEMBER, id, FindingKind.NOT_CLASSIFIED, null, ruleId, "HD21 II.B.6", "");
        return new SubjectResult(SubjectType.MEMBER, id, "Đảng viên " + id, cell, null, grassroots,
                ClassificationStatus.NOT_CLASSIFIED, null, null, null, false, List.of(why), null);
    }

    static SubjectResult organization(String id, Level level, Decision decision) {
        Organization o = TREE.stream().filter(x -> x.orgId().equals(id)).findFirst().orElseThrow();
        String grassroots = o.type().isGrassroots() ? id : o.parentId();
        return new SubjectResult(SubjectType.ORGANIZATION, id, o.name(), o.parentId(), o.type(), grassroots,
                ClassificationStatus.CLASSIFIED, null, level, level, false, List.of(), decision);
    }

    static SubjectResult collective(String id, String orgId, Level level, Decision decision) {
        Organization o = TREE.stream().filter(x -> x.orgId().equals(orgId)).findFirst().orElseThrow();
        String grassroots = o.type().isGrassroots() ? orgId : o.parentId();
        return new SubjectResult(SubjectType.COLLECTIVE, id, o.name(), orgId, null, grassroots,
                ClassificationStatus.CLASSIFIED, null, level, level, false, List.of(), decision);
    }

    static Decision exemplary(SubjectType type, String id) {
        return new Decision(type, id, Level.HTXSNV, "tiêu biểu", "Ban Thường vụ", null, true, false, 2);
    }

    /** HTXSNV in each of the given years. */
    static List<PastLevel> htxsnv(SubjectType type, String id, int... years) {
        List<PastLevel> out = new ArrayList<>();
        for (int y : years) {
            out.add(new PastLevel(type, id, y, Level.HTXSNV));
        }
        return out;
    }
}
