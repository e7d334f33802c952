package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Contract, decisions.csv: subject_type (MEMBER, ORGANIZATION, COLLECTIVE; GRASSROOTS_ORG and CELL accepted for
 * ORGANIZATION), subject_id, level (required), reason, decided_by, rank, exemplary, quota_exception. "A decision
 * about an unknown ... subject, or a second decision about one subject, is rejected."
 */
class DecisionsTest {
    @TempDir
    Path dir;

    private TestInput input() {
        return new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,admitted_on", "DV001,CB1,", "DV002,CB1,", "DV003,CB1,bad");
    }

    @Test
    void decisionsAreReadWithEveryColumn() {
        InputData data = input().file(TestInput.DECISIONS,
                        "subject_type,subject_id,level,reason,decided_by,rank,exemplary,quota_exception",
                        "MEMBER,DV001,HTXSNV,Tiêu biểu của Khối,Ban Thường vụ,1,có,x",
                        "GRASSROOTS_ORG,DB1,Hoàn thành tốt nhiệm vụ,,,,,",
                        "CELL,CB1,HTNV,,,2,,",
                        "COLLECTIVE,CU-DB1,KHTNV,,,,,")
                .read();

        assertThat(data.rejected()).filteredOn(r -> r.file().equals("decisions.csv")).isEmpty();
        assertThat(data.decisions()).containsExactly(
                new Decision(SubjectType.MEMBER, "DV001", Level.HTXSNV, "Tiêu biểu của Khối", "Ban Thường vụ", 1, true, true, 2),
                new Decision(SubjectType.ORGANIZATION, "DB1", Level.HTTNV, null, null, null, false, false, 3),
                new Decision(SubjectType.ORGANIZATION, "CB1", Level.HTNV, null, null, 2, false, false, 4),
                new Decision(SubjectType.COLLECTIVE, "CU-DB1", Level.KHTNV, null, null, null, false, false, 5));
        assertThat(data.rowsRead()).containsEntry("decisions.csv", 4L);
        assertThat(data.lines()).containsEntry("decisions.csv:MEMBER:DV001", 2L);
    }

    @Test
    void vietnameseHeadersAndSubjectTypes() {
        InputData data = input().file(TestInput.DECISIONS,
                        "Loại đối tượng;Mã đối tượng;Mức xếp loại;Lý do;Cấp quyết định;Thứ tự;Tiêu biểu;Tỉ lệ ngoại lệ",
                        "Đảng viên;DV001;Xuất sắc;;;;;",
                        "Chi bộ;CB1;tốt;;;;;",
                        "Tập thể cấp ủy;CU1;HTNV;;;;;")
                .read();

        assertThat(data.warnings()).isEmpty();
        assertThat(data.decisions()).extracting(Decision::subjectType, Decision::subjectId, Decision::level).containsExactly(
                tuple(SubjectType.MEMBER, "DV001", Level.HTXSNV),
                tuple(SubjectType.ORGANIZATION, "CB1", Level.HTTNV),
                tuple(SubjectType.COLLECTIVE, "CU1", Level.HTNV));
    }

    @Test
    void badDecisionsAreRejectedNamingLineAndColumn() {
        InputData data = input().file(TestInput.DECISIONS,
                        "subject_type,subject_id,level,rank",
                        "MEMBER,DV001,HTXSNV,1",               // 2 accepted
                        "MEMBER,DV001,HTTNV,",                 // 3 second decision about DV001
                        "GRASSROOTS_ORG,CB1,HTTNV,",           // 4 accepted
                        "CELL,CB1,HTNV,",                      // 5 second decision about CB1 (same subject type)
                        "MEMBER,DV404,HTNV,",                  // 6 unknown member
                        "ORGANIZATION,CB404,HTNV,",            // 7 unknown organization
                        "MEMBER,DV003,HTNV,",                  // 8 member refused at line 4 of members.csv
                        "PERSON,DV002,HTNV,",                  // 9 unknown subject type
                        "MEMBER,DV002,,",                      // 10 level missing
                        "MEMBER,DV002,HTNV,0")                 // 11 rank below 1
                .read();

        assertThat(data.decisions()).extracting(Decision::line).containsExactly(2L, 4L);
        assertThat(data.rejected()).filteredOn(r -> r.file().equals("decisions.csv")).containsExactly(
                new RejectedRow("decisions.csv", 3, "subject_id", "DV001", "input.decision.duplicate",
                        List.of("MEMBER", "DV001", 2L)),
                new RejectedRow("decisions.csv", 5, "subject_id", "CB1", "input.decision.duplicate",
                        List.of("ORGANIZATION", "CB1", 4L)),
                new RejectedRow("decisions.csv", 6, "subject_id", "DV404", "input.decision.member_unknown",
                        List.of("DV404")),
                new RejectedRow("decisions.csv", 7, "subject_id", "CB404", "input.decision.organization_unknown",
                        List.of("CB404")),
                new RejectedRow("decisions.csv", 8, "subject_id", "DV003", "input.decision.subject_refused",
                        List.of("DV003", "members.csv", 4L)),
                new RejectedRow("decisions.csv", 9, "subject_type", "PERSON", "input.decision.subject_type", List.of()),
                new RejectedRow("decisions.csv", 10, "level", "", "value.required", List.of()),
                new RejectedRow("decisions.csv", 11, "rank", "0", "input.decision.rank", List.of()));
    }

    @Test
    void aDecisionFileWithoutTheLevelColumnIsUnusable() {
        InputUnusableException e = input().file(TestInput.DECISIONS, "subject_type,subject_id", "MEMBER,DV001").refused();

        assertThat(e.file()).isEqualTo("decisions.csv");
        assertThat(e.column()).isEqualTo("level");
        assertThat(e.args()).containsExactly("decisions.csv", "level", "muc_xep_loai");
    }
}
