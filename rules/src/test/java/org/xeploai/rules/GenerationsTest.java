package org.xeploai.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xeploai.model.EvaluationPeriod;
import org.xeploai.model.Leadership;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.Organization;
import org.xeploai.model.Subject;
import org.xeploai.model.CollectiveMembers;
import org.xeploai.model.DecidedLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.RowSchema;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same member, organization and leadership collective judged for 2022 (Quy định 132-QĐ/TW, Hướng dẫn
 * 21-HD/BTCTW), 2023 (Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW) and 2025 (Quy định 366-QĐ/TW, Hướng dẫn
 * 43-HD/BTCTW): the pack is chosen by the evaluation year, and each difference below is one the regulations prescribe
 * (domain specification §4.1–4.3, §6). Subjects are written as rows of the input files, as a committee hands them in.
 */
class GenerationsTest {
    /** A clock in 2026, so that 2025 is a past evaluation year whatever day the test runs. */
    private static final RulePackRegistry REGISTRY =
            new RulePackRegistry(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    /** A member who reaches HTXSNV under all three regulations: grades XS, outstanding, 10 tasks on time, 5 exceeded, 92 points. */
    private static final Map<String, String> MEMBER = Map.of("member_id", "DV1", "org_id", "CB1",
            "grade_politics_ethics", "XS", "grade_discipline", "XS", "grade_tasks", "XS", "outstanding", "true",
            "tasks_total", "10", "tasks_on_time", "10", "tasks_exceeded", "5", "score", "92");

    /** A cell that reaches HTXSNV under all three regulations. */
    private static final Map<String, String> CELL = Map.of("org_id", "CB1", "type", "CELL", "parent_id", "DB1",
            "grade_political_task", "XS", "grade_party_building", "XS", "outstanding", "true", "score", "92");

    /** The committee (đảng ủy) of a grassroots committee, reaching HTXSNV under all three regulations. */
    private static final Map<String, String> COLLECTIVE = Map.of("collective_id", "DU-DB1", "org_id", "DB1",
            "org_type", "GRASSROOTS_COMMITTEE", "grade_political_task", "XS", "grade_party_building", "XS",
            "outstanding", "true", "score", "92", "programme_done_pct", "100", "targets_met_pct", "100");

    @Test
    @DisplayName("Năm đánh giá quyết định quy định áp dụng: 2022 Quy định 132, 2023–2024 Quy định 124, từ 2025 Quy định 366")
    void theRegulationIsChosenByTheEvaluationYear() {
        assertThat(REGISTRY.nameForYear(2022)).isEqualTo("qd132-hd21");
        assertThat(REGISTRY.nameForYear(2023)).isEqualTo("qd124-hd25");
        assertThat(REGISTRY.nameForYear(2024)).isEqualTo("qd124-hd25");
        assertThat(REGISTRY.nameForYear(2025)).isEqualTo("qd366-hd43");
        assertThat(REGISTRY.nameForYear(2026)).isEqualTo("qd366-hd43");
    }

    @Test
    @DisplayName("Đảng viên đủ tiêu chuẩn đạt HTXSNV theo cả ba quy định")
    void theSameExcellentMemberIsExcellentUnderEveryRegulation() {
        for (int year : new int[] {2022, 2023, 2025}) {
            Verdict v = judge(year, member());
            assertThat(v.status()).as("%d", year).isEqualTo(ClassificationStatus.CLASSIFIED);
            assertThat(v.computedLevel()).as("%d", year).isEqualTo(Level.HTXSNV);
        }
    }

    @Test
    @DisplayName("Nghỉ ốm 3 tháng: năm 2022 xếp loại không quá HTNV; từ 2023 đánh giá theo kết quả công tác thực tế, không giới hạn")
    void sickLeaveOfThreeMonthsCapsAtHtnvUnderGuide21ButIsAssessedOnActualWorkFrom2023() {
        Member m = member("sick_leave_months", "3");
        Verdict y2022 = judge(2022, m);
        assertThat(y2022.computedLevel()).isEqualTo(Level.HTNV);
        assertThat(y2022.fired("R1-MEM-CAP-SICK")).isTrue();
        for (int year : new int[] {2023, 2025}) {
            Verdict v = judge(year, m);
            assertThat(v.computedLevel()).as("%d", year).isEqualTo(Level.HTXSNV);
            assertThat(v.fired("C-SICK-ACTUAL-WORK")).as("%d", year).isTrue();
            assertThat(kinds(v, "C-SICK-ACTUAL-WORK")).as("%d", year).containsOnly(FindingKind.NOTE);
        }
    }

    @Test
    @DisplayName("Bị kỷ luật nhưng đã tự phát hiện, khắc phục: năm 2022 KHTNV; năm 2023 không quá HTTNV; năm 2025 chờ cấp có thẩm quyền quyết định")
    void aSelfRemediedDisciplineIsKhtnvIn2022AtMostHttnvIn2023AndForTheAuthorityIn2025() {
        Member m = member("discipline", "KHIEN_TRACH", "discipline_self_remedied", "true");
        Verdict y2022 = judge(2022, m);
        assertThat(y2022.computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(y2022.fired("R1-MEM-KO4")).isTrue();

        Verdict y2023 = judge(2023, m);
        assertThat(y2023.status()).isEqualTo(ClassificationStatus.CLASSIFIED);
        assertThat(y2023.computedLevel()).isEqualTo(Level.HTTNV);
        assertThat(y2023.fired("R2-MEM-CAP-SELF")).isTrue();
        assertThat(y2023.fired("C-MEM-DISCIPLINE")).isFalse();

        Verdict y2025 = judge(2025, m);
        assertThat(y2025.status()).isEqualTo(ClassificationStatus.PENDING);
        assertThat(y2025.computedLevel()).as("the level computed without the knock-out").isEqualTo(Level.HTXSNV);
        assertThat(y2025.fired("R3-SELF/discipline")).isTrue();
        assertThat(y2025.fired("C-MEM-DISCIPLINE")).isFalse();
    }

    @Test
    @DisplayName("Bị kỷ luật trong năm, không tự khắc phục: không hoàn thành nhiệm vụ theo cả ba quy định")
    void aDisciplineOfTheYearNotSelfRemediedIsKhtnvUnderEveryRegulation() {
        Member m = member("discipline", "KHIEN_TRACH");
        assertThat(judge(2022, m).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2023, m).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, m).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2023, m).fired("C-MEM-DISCIPLINE")).isTrue();
        assertThat(judge(2025, m).fired("C-MEM-DISCIPLINE")).isTrue();
    }

    @Test
    @DisplayName("Vi phạm năm trước bị kỷ luật trong năm: Quy định 132 tính một lần; Quy định 124 xếp loại lại năm vi phạm; Quy định 366 xem xét ngay trong năm")
    void aViolationOfThePreviousYearDisciplinedNowCountsIn2022IsReclassifiedIn2023AndCountsIn2025() {
        Verdict y2022 = judge(2022, member("discipline", "CANH_CAO", "violation_year", "2021"));
        assertThat(y2022.computedLevel()).isEqualTo(Level.KHTNV);

        Verdict y2023 = judge(2023, member("discipline", "CANH_CAO", "violation_year", "2022"));
        assertThat(y2023.computedLevel()).as("the evaluation year is judged without it").isEqualTo(Level.HTXSNV);
        assertThat(y2023.fired("R2-PRIOR")).isTrue();
        assertThat(detail(y2023, "R2-PRIOR")).contains("reclassify year 2022");

        Verdict y2025 = judge(2025, member("discipline", "CANH_CAO", "violation_year", "2024"));
        assertThat(y2025.computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(y2025.fired("R3-PRIOR")).isTrue();
        assertThat(y2025.fired("C-MEM-DISCIPLINE")).isTrue();
    }

    @Test
    @DisplayName("6 trên 10 nhiệm vụ không hoàn thành: KHTNV năm 2022 (dưới 50%) và năm 2025 (trên 50%); Quy định 124 không có căn cứ này")
    void sixTasksOfTenNotDoneFailIn2022And2025ButNotIn2023() {
        Member m = member("grade_tasks", "TB", "tasks_on_time", "4", "tasks_not_done", "6", "tasks_exceeded", "0",
                "score", "75");
        assertThat(judge(2022, m).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2022, m).fired("R1-MEM-KO2")).isTrue();
        assertThat(judge(2023, m).computedLevel()).isEqualTo(Level.HTNV);
        assertThat(judge(2025, m).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, m).fired("R3-KO-MEM2")).isTrue();
    }

    @Test
    @DisplayName("4 trên 10 nhiệm vụ vượt mức: đủ HTXSNV năm 2025 (từ 30%), không đủ năm 2023 (từ 50%); Quy định 132 không đặt tỷ lệ")
    void fortyPercentOfTasksExceededIsEnoughIn2025ButNotIn2023() {
        Member m = member("tasks_exceeded", "4");
        assertThat(judge(2022, m).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, m).computedLevel()).isEqualTo(Level.HTTNV);
        assertThat(judge(2023, m).fired("R2-MEM-XS/exceeded")).isTrue();
        assertThat(judge(2025, m).computedLevel()).isEqualTo(Level.HTXSNV);
    }

    @Test
    @DisplayName("Một nhiệm vụ không hoàn thành: năm 2022 vẫn HTXSNV, năm 2023 HTNV, năm 2025 không đạt mức nào và chờ cấp có thẩm quyền")
    void oneTaskOfTenNotDoneIsIgnoredIn2022DropsToHtnvIn2023AndIsAGapIn2025() {
        Member m = member("tasks_on_time", "9", "tasks_not_done", "1");
        assertThat(judge(2022, m).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, m).computedLevel()).isEqualTo(Level.HTNV);
        Verdict y2025 = judge(2025, m);
        assertThat(y2025.status()).isEqualTo(ClassificationStatus.PENDING);
        assertThat(y2025.computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(y2025.fired("R3-BAND/gap")).isTrue();
        assertThat(detail(y2025, "R3-BAND/gap")).contains("does not reach HTNV");
    }

    @Test
    @DisplayName("Bí thư có đơn vị hoàn thành 45% chỉ tiêu, không đạt chỉ tiêu chủ yếu: từ 2023 bản thân người lãnh đạo không hoàn thành nhiệm vụ")
    void aLeaderWhoseUnitFailedIsKhtnvFrom2023() {
        Member m = member("leadership_role", "SECRETARY", "leads_org_id", "CB1");
        Organization unit = organization("targets_met_pct", "45", "key_targets_missed", "true", "programme_done_pct", "45");
        Leadership post = new Leadership(m.memberId(), m.leadershipRole(), unit);
        assertThat(judge(2022, m, post).computedLevel()).as("QĐ132 reaches the head through the unit's decided level")
                .isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, m, post).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2023, m, post).fired("R2-MEM-KO3")).isTrue();
        assertThat(judge(2025, m, post).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, m, post).fired("R3-KO-LEAD/unit")).isTrue();
    }

    @Test
    @DisplayName("Người lãnh đạo có trên 50% phiếu tín nhiệm thấp: chỉ Quy định 366 xếp không hoàn thành nhiệm vụ")
    void moreThanHalfLowConfidenceVotesFailsALeaderOnlyFrom2025() {
        Member m = member("leadership_role", "DEPUTY_SECRETARY", "leads_org_id", "CB1", "low_confidence_pct", "60");
        assertThat(judge(2022, m).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, m).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2025, m).computedLevel()).isEqualTo(Level.KHTNV);
    }

    @Test
    @DisplayName("Tổ chức đảng hoàn thành 45% chỉ tiêu nhưng các chỉ tiêu chủ yếu đều đạt: KHTNV năm 2022 và 2025, không phải năm 2023")
    void anOrganizationAt45PercentWithKeyTargetsMetFailsIn2022And2025ButNotIn2023() {
        Organization o = organization("targets_met_pct", "45", "programme_done_pct", "45");
        assertThat(judge(2022, o).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2022, o).fired("R1-ORG-KO1/targets")).isTrue();
        assertThat(judge(2023, o).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, o).fired("R2-COL-KO2")).isFalse();
        assertThat(judge(2025, o).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, o).fired("R3-KO-COL/programme")).isTrue();
    }

    @Test
    @DisplayName("Tổ chức đảng hoàn thành 60% chương trình: đủ ngưỡng 50% của Quy định 132 và 124, không đủ ngưỡng 70% của Quy định 366")
    void sixtyPercentOfTheProgrammeIsEnoughUntil2024ButNotFrom2025() {
        Organization o = organization("targets_met_pct", "60", "key_targets_missed", "true", "programme_done_pct", "60");
        assertThat(judge(2022, o).fired("R1-ORG-KO1/targets")).isFalse();
        assertThat(judge(2022, o).fired("R1-ORG-KO4")).isFalse();
        assertThat(judge(2023, o).fired("R2-COL-KO2")).isFalse();
        assertThat(judge(2025, o).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, o).fired("R3-KO-COL/programme")).isTrue();
    }

    @Test
    @DisplayName("Chi ủy viên bị kỷ luật khiển trách: năm 2022 không ảnh hưởng chi bộ; từ 2023 chi bộ không hoàn thành nhiệm vụ")
    void aReprimandedCommitteeMemberDoesNotTouchTheCellIn2022ButFailsItFrom2023() {
        Organization o = organization();
        CollectiveMembers seats = new CollectiveMembers("CB1", 3, 0, 1, 0, 1);
        assertThat(judge(2022, o, seats).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2023, o, seats).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2023, o, seats).fired("R2-COL-HT/committee-disciplined")).isTrue();
        assertThat(judge(2025, o, seats).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, o, seats).fired("R3-KO-COL/committee-disciplined")).isTrue();
    }

    @Test
    @DisplayName("Chi ủy viên bị kỷ luật đã tự khắc phục: năm 2023 chi bộ không đạt HTXSNV; năm 2025 cấp có thẩm quyền quyết định")
    void aSelfRemediedCommitteeMemberBarsHtxsnvIn2023AndLeavesItToTheAuthorityIn2025() {
        Organization o = organization();
        CollectiveMembers seats = new CollectiveMembers("CB1", 3, 0, 1, 0, 0);
        assertThat(judge(2023, o, seats).computedLevel()).isEqualTo(Level.HTTNV);
        assertThat(judge(2023, o, seats).status()).isEqualTo(ClassificationStatus.CLASSIFIED);
        Verdict y2025 = judge(2025, o, seats);
        assertThat(y2025.status()).isEqualTo(ClassificationStatus.PENDING);
        assertThat(y2025.computedLevel()).isEqualTo(Level.HTTNV);
    }

    @Test
    @DisplayName("Tập thể lãnh đạo có ủy viên bị khiển trách: Quy định 132 chỉ tính từ cảnh cáo; Quy định 124 và 366 xếp KHTNV")
    void aCollectiveWithAReprimandedMemberFailsFrom2023Only() {
        Subject c = collective();
        CollectiveMembers seats = new CollectiveMembers("DB1", 9, 0, 1, 0, 1);
        DecidedLevel org = new DecidedLevel(SubjectType.ORGANIZATION, "DB1", Level.HTXSNV);
        assertThat(judge(2022, c, seats, org).computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(judge(2022, c, seats, org).fired("R1-COL-KO4")).isFalse();
        assertThat(judge(2023, c, seats, org).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2023, c, seats, org).fired("R2-COL-KO6/members")).isTrue();
        assertThat(judge(2025, c, seats, org).computedLevel()).isEqualTo(Level.KHTNV);
        assertThat(judge(2025, c, seats, org).fired("R3-KO-COL/members-disciplined")).isTrue();
    }

    @Test
    @DisplayName("Tổ chức đảng HTTNV: năm 2022 tập thể lãnh đạo không được cao hơn; từ 2023 chỉ cảnh báo")
    void aCollectiveIsCappedAtItsOrganizationIn2022AndOnlyWarnedFrom2023() {
        Subject c = collective();
        CollectiveMembers seats = new CollectiveMembers("DB1", 9, 0, 0, 0, 0);
        DecidedLevel org = new DecidedLevel(SubjectType.ORGANIZATION, "DB1", Level.HTTNV);
        assertThat(judge(2022, c, seats, org).computedLevel()).isEqualTo(Level.HTTNV);
        assertThat(judge(2022, c, seats, org).fired("C-COL-NOT-ABOVE-ORG")).isTrue();
        for (int year : new int[] {2023, 2025}) {
            Verdict v = judge(year, c, seats, org);
            assertThat(v.computedLevel()).as("%d", year).isEqualTo(Level.HTXSNV);
            assertThat(v.fired("C-COL-NOT-ABOVE-ORG/warn")).as("%d", year).isTrue();
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** The subject's verdict under the pack in force for the year, with the other facts its session would hold. */
    private static Verdict judge(int year, Subject subject, Object... others) {
        RulePack pack = REGISTRY.forYear(year);
        List<Object> facts = new ArrayList<>();
        facts.add(subject);
        facts.addAll(List.of(others));
        List<Finding> findings = pack.evaluate(facts, EvaluationPeriod.of(year)).stream()
                .filter(f -> f.subjectType() == subject.subjectType() && f.subjectId().equals(subject.subjectId()))
                .toList();
        return new LevelDecider(pack).decide(subject, findings);
    }

    private static List<FindingKind> kinds(Verdict v, String ruleId) {
        return v.reasons().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::kind).toList();
    }

    private static String detail(Verdict v, String ruleId) {
        return v.reasons().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::detail).findFirst().orElse("");
    }

    private static Member member(String... cells) {
        return row(InputSchemas.MEMBERS, MEMBER, cells);
    }

    private static Organization organization(String... cells) {
        return row(InputSchemas.ORGANIZATIONS, CELL, cells);
    }

    private static Subject collective(String... cells) {
        return (Subject) row(InputSchemas.COLLECTIVES, COLLECTIVE, cells);
    }

    /** A row of an input file: the base cells with some replaced, read as the engine reads them. */
    private static <T> T row(RowSchema<T> schema, Map<String, String> base, String... cells) {
        Map<String, String> row = new LinkedHashMap<>(base);
        for (int i = 0; i < cells.length; i += 2) {
            row.put(cells[i], cells[i + 1]);
        }
        RowSchema.Parsed<T> parsed = schema.parse(row, false);
        assertThat(parsed.problems()).as("row %s", row).isEmpty();
        return parsed.value();
    }
}
