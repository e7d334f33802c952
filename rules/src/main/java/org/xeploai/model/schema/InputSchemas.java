package org.xeploai.model.schema;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.TaskCounts;

import java.math.BigDecimal;
import java.util.List;

import static org.xeploai.model.schema.Column.optional;
import static org.xeploai.model.schema.Column.required;
import static org.xeploai.model.schema.ValueType.BOOLEAN;
import static org.xeploai.model.schema.ValueType.DATE;
import static org.xeploai.model.schema.ValueType.DECIMAL;
import static org.xeploai.model.schema.ValueType.GRADE;
import static org.xeploai.model.schema.ValueType.INTEGER;
import static org.xeploai.model.schema.ValueType.LEADERSHIP_ROLE;
import static org.xeploai.model.schema.ValueType.LEVEL;
import static org.xeploai.model.schema.ValueType.MEMBER_DISCIPLINE;
import static org.xeploai.model.schema.ValueType.MEMBER_STATUS;
import static org.xeploai.model.schema.ValueType.ORG_DISCIPLINE;
import static org.xeploai.model.schema.ValueType.ORG_TYPE;
import static org.xeploai.model.schema.ValueType.TEXT;

/**
 * The columns of {@code members.csv}, {@code organizations.csv} and {@code collectives.csv} (see the data contract) and
 * how a row becomes a fact.
 */
public final class InputSchemas {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> TASK_COLUMNS =
            List.of("tasks_total", "tasks_on_time", "tasks_exceeded", "tasks_late", "tasks_not_done");

    public static final RowSchema<Member> MEMBERS = new RowSchema<>("members.csv", List.of(
            required("member_id", "ma_dang_vien", TEXT),
            optional("full_name", "ho_ten", TEXT, ""),
            required("org_id", "ma_to_chuc", TEXT),
            optional("status", "tinh_trang", MEMBER_STATUS, "ACTIVE"),
            optional("admitted_on", "ngay_vao_dang", DATE, ""),
            optional("civil_servant", "la_cbccvc", BOOLEAN, "false"),
            optional("job_rating", "xep_loai_cbccvc", LEVEL, ""),
            optional("grade_politics_ethics", "tieu_chi_chinh_tri_dao_duc", GRADE, ""),
            optional("grade_discipline", "tieu_chi_to_chuc_ky_luat", GRADE, ""),
            optional("grade_tasks", "tieu_chi_nhiem_vu", GRADE, ""),
            optional("tasks_total", "so_nhiem_vu", INTEGER, ""),
            optional("tasks_on_time", "so_nhiem_vu_dung_han", INTEGER, "0"),
            optional("tasks_exceeded", "so_nhiem_vu_vuot", INTEGER, "0"),
            optional("tasks_late", "so_nhiem_vu_tre_han", INTEGER, "0"),
            optional("tasks_not_done", "so_nhiem_vu_khong_hoan_thanh", INTEGER, "0"),
            optional("score", "diem", DECIMAL, ""),
            optional("score_general", "diem_tieu_chi_chung", DECIMAL, ""),
            optional("score_tasks", "diem_ket_qua_nhiem_vu", DECIMAL, ""),
            optional("discipline", "ky_luat", MEMBER_DISCIPLINE, ""),
            optional("violation_year", "nam_vi_pham", INTEGER, "the evaluation year"),
            optional("discipline_self_remedied", "tu_phat_hien_khac_phuc", BOOLEAN, "false"),
            optional("degradation", "suy_thoai", BOOLEAN, "false"),
            optional("outstanding", "thanh_tich_noi_bat", BOOLEAN, "false"),
            optional("leadership_role", "chuc_vu_cap_uy", LEADERSHIP_ROLE, ""),
            optional("leads_org_id", "ma_to_chuc_lanh_dao", TEXT, ""),
            optional("sick_leave_months", "so_thang_nghi_om", DECIMAL, "0"),
            optional("maternity_leave", "nghi_thai_san", BOOLEAN, "false"),
            optional("reviewed", "da_kiem_diem", BOOLEAN, "true"),
            optional("prior_shortcomings_remedied", "da_khac_phuc_han_che", BOOLEAN, "true"),
            optional("low_confidence_pct", "ty_le_phieu_tin_nhiem_thap", DECIMAL, ""),
            optional("quota_group", "nhom_ty_le", TEXT, ""),
            optional("proposed_level", "muc_de_xuat", LEVEL, "")),
            InputSchemas::member);

    public static final RowSchema<Organization> ORGANIZATIONS = new RowSchema<>("organizations.csv", List.of(
            required("org_id", "ma_to_chuc", TEXT),
            optional("name", "ten_to_chuc", TEXT, ""),
            required("type", "loai", ORG_TYPE),
            optional("parent_id", "ma_to_chuc_cap_tren", TEXT, ""),
            optional("founded_on", "ngay_thanh_lap", DATE, ""),
            optional("grade_political_task", "tieu_chi_nhiem_vu_chinh_tri", GRADE, ""),
            optional("grade_party_building", "tieu_chi_xay_dung_dang", GRADE, ""),
            optional("targets_met_pct", "ty_le_chi_tieu_hoan_thanh", DECIMAL, "100"),
            optional("key_targets_missed", "khong_hoan_thanh_chi_tieu_chu_yeu", BOOLEAN, "false"),
            optional("linked_bodies_good", "chinh_quyen_doan_the_htt", BOOLEAN, "(none: the condition holds)"),
            optional("linked_bodies_level", "muc_chinh_quyen_doan_the", LEVEL, ""),
            optional("force_majeure", "bat_kha_khang", BOOLEAN, "false"),
            optional("self_remedied", "tu_phat_hien_khac_phuc", BOOLEAN, "false"),
            optional("collective_discipline", "ky_luat_tap_the", ORG_DISCIPLINE, ""),
            optional("corruption_handled", "co_tham_nhung_bi_xu_ly", BOOLEAN, "false"),
            optional("disunity", "mat_doan_ket", BOOLEAN, "false"),
            optional("score", "diem", DECIMAL, ""),
            optional("score_general", "diem_tieu_chi_chung", DECIMAL, ""),
            optional("score_tasks", "diem_ket_qua_nhiem_vu", DECIMAL, ""),
            optional("programme_done_pct", "ty_le_chuong_trinh_hoan_thanh", DECIMAL, "100"),
            optional("basic_targets_missed", "khong_dat_chi_tieu_co_ban", BOOLEAN, "false"),
            optional("prior_shortcomings_remedied", "da_khac_phuc_han_che", BOOLEAN, "true"),
            optional("outstanding", "thanh_tich_noi_bat", BOOLEAN, "false"),
            optional("quota_group", "nhom_ty_le", TEXT, ""),
            optional("proposed_level", "muc_de_xuat", LEVEL, "")),
            InputSchemas::organization);

    /** The organization's value: the default of the unit's own columns in {@code collectives.csv}. */
    private static final String FROM_ORGANIZATION = "(the organization it leads: its row of organizations.csv)";

    /**
     * {@code collectives.csv}: one row per leadership collective (tập thể lãnh đạo, tập thể cấp ủy). The contract's
     * columns (collective_id, org_id, the two graded criteria, disunity, collective_discipline, score, proposed_level),
     * then the other values a {@link LeadershipCollective} carries. The results of the unit it leads (targets,
     * programme, force majeure), its founding date and its type default to those of the organization it leads, which
     * the engine copies in when the file leaves them empty; without the file, the engine derives every collective
     * from its organization's row.
     */
    public static final RowSchema<LeadershipCollective> COLLECTIVES = new RowSchema<>("collectives.csv", List.of(
            required("collective_id", "ma_tap_the", TEXT),
            required("org_id", "ma_to_chuc", TEXT),
            optional("org_type", "loai_to_chuc", ORG_TYPE, FROM_ORGANIZATION),
            optional("founded_on", "ngay_thanh_lap", DATE, FROM_ORGANIZATION),
            optional("grade_political_task", "tieu_chi_nhiem_vu_chinh_tri", GRADE, ""),
            optional("grade_party_building", "tieu_chi_xay_dung_dang", GRADE, ""),
            optional("disunity", "mat_doan_ket", BOOLEAN, "false"),
            optional("collective_discipline", "ky_luat_tap_the", ORG_DISCIPLINE, ""),
            optional("self_remedied", "tu_phat_hien_khac_phuc", BOOLEAN, "false"),
            optional("score", "diem", DECIMAL, ""),
            optional("score_general", "diem_tieu_chi_chung", DECIMAL, ""),
            optional("score_tasks", "diem_ket_qua_nhiem_vu", DECIMAL, ""),
            optional("targets_met_pct", "ty_le_chi_tieu_hoan_thanh", DECIMAL, FROM_ORGANIZATION),
            optional("key_targets_missed", "khong_hoan_thanh_chi_tieu_chu_yeu", BOOLEAN, FROM_ORGANIZATION),
            optional("force_majeure", "bat_kha_khang", BOOLEAN, FROM_ORGANIZATION),
            optional("programme_done_pct", "ty_le_chuong_trinh_hoan_thanh", DECIMAL, FROM_ORGANIZATION),
            optional("basic_targets_missed", "khong_dat_chi_tieu_co_ban", BOOLEAN, FROM_ORGANIZATION),
            optional("prior_shortcomings_remedied", "da_khac_phuc_han_che", BOOLEAN, "true"),
            optional("outstanding", "thanh_tich_noi_bat", BOOLEAN, "false"),
            optional("quota_group", "nhom_ti_le", TEXT, ""),
            optional("proposed_level", "muc_de_xuat", LEVEL, "")),
            InputSchemas::collective);

    private InputSchemas() {
    }

    private static Member member(Row row) {
        checkScores(row);
        BigDecimal sick = row.get("sick_leave_months");
        if (sick != null && (sick.signum() < 0 || sick.compareTo(BigDecimal.valueOf(12)) > 0)) {
            throw row.reject("sick_leave_months", "value.range", 0, 12);
        }
        BigDecimal lowConfidence = row.get("low_confidence_pct");
        checkPercent(row, "low_confidence_pct", lowConfidence);
        return Member.builder(row.get("member_id"), row.get("org_id"))
                .fullName(row.get("full_name"))
                .status(row.getOrDefault("status", MemberStatus.ACTIVE))
                .admittedOn(row.get("admitted_on"))
                .civilServant(row.flag("civil_servant", false))
                .jobRating(row.get("job_rating"))
                .gradePoliticsEthics(row.get("grade_politics_ethics"))
                .gradeDiscipline(row.get("grade_discipline"))
                .gradeTasks(row.get("grade_tasks"))
                .tasks(tasks(row))
                .score(row.get("score"))
                .scoreGeneral(row.get("score_general"))
                .scoreTasks(row.get("score_tasks"))
                .discipline(row.get("discipline"))
                .violationYear(row.get("violation_year"))
                .disciplineSelfRemedied(row.flag("discipline_self_remedied", false))
                .degradation(row.flag("degradation", false))
                .outstanding(row.flag("outstanding", false))
                .leadershipRole(row.get("leadership_role"))
                .leadsOrgId(row.get("leads_org_id"))
                .sickLeaveMonths(sick)
                .maternityLeave(row.flag("maternity_leave", false))
                .reviewed(row.flag("reviewed", true))
                .priorShortcomingsRemedied(row.flag("prior_shortcomings_remedied", true))
                .lowConfidencePct(lowConfidence)
                .quotaGroup(row.get("quota_group"))
                .proposedLevel(row.get("proposed_level"))
                .build();
    }

    private static Organization organization(Row row) {
        checkScores(row);
        BigDecimal targets = row.get("targets_met_pct");
        checkPercent(row, "targets_met_pct", targets);
        BigDecimal programme = row.get("programme_done_pct");
        checkPercent(row, "programme_done_pct", programme);
        return Organization.builder(row.get("org_id"), row.get("type"), row.get("parent_id"))
                .name(row.get("name"))
                .foundedOn(row.get("founded_on"))
                .gradePoliticalTask(row.get("grade_political_task"))
                .gradePartyBuilding(row.get("grade_party_building"))
                .targetsMetPct(targets)
                .keyTargetsMissed(row.flag("key_targets_missed", false))
                .linkedBodiesGood(row.get("linked_bodies_good"))
                .linkedBodiesLevel(row.get("linked_bodies_level"))
                .forceMajeure(row.flag("force_majeure", false))
                .selfRemedied(row.flag("self_remedied", false))
                .collectiveDiscipline(row.get("collective_discipline"))
                .corruptionHandled(row.flag("corruption_handled", false))
                .disunity(row.flag("disunity", false))
                .score(row.get("score"))
                .scoreGeneral(row.get("score_general"))
                .scoreTasks(row.get("score_tasks"))
                .programmeDonePct(programme)
                .basicTargetsMissed(row.flag("basic_targets_missed", false))
                .priorShortcomingsRemedied(row.flag("prior_shortcomings_remedied", true))
                .outstanding(row.flag("outstanding", false))
                .quotaGroup(row.get("quota_group"))
                .proposedLevel(row.get("proposed_level"))
                .build();
    }

    private static LeadershipCollective collective(Row row) {
        checkScores(row);
        BigDecimal targets = row.get("targets_met_pct");
        checkPercent(row, "targets_met_pct", targets);
        BigDecimal programme = row.get("programme_done_pct");
        checkPercent(row, "programme_done_pct", programme);
        return new LeadershipCollective(row.get("collective_id"), row.get("org_id"), row.get("org_type"),
                row.get("founded_on"), row.get("grade_political_task"), row.get("grade_party_building"),
                row.flag("disunity", false), row.get("collective_discipline"), row.flag("self_remedied", false),
                row.get("score"), row.get("score_general"), row.get("score_tasks"), targets,
                row.flag("key_targets_missed", false), row.flag("force_majeure", false), programme,
                row.flag("basic_targets_missed", false), row.flag("prior_shortcomings_remedied", true),
                row.flag("outstanding", false), row.get("quota_group"), row.get("proposed_level"));
    }

    /** All five counts empty: not given. Otherwise the total is needed and the others default to 0. */
    private static TaskCounts tasks(Row row) {
        if (TASK_COLUMNS.stream().noneMatch(row::has)) {
            return null;
        }
        Integer total = row.get("tasks_total");
        if (total == null) {
            throw row.reject("tasks_total", "value.tasks.total_missing");
        }
        int onTime = row.getOrDefault("tasks_on_time", 0);
        int exceeded = row.getOrDefault("tasks_exceeded", 0);
        int late = row.getOrDefault("tasks_late", 0);
        int notDone = row.getOrDefault("tasks_not_done", 0);
        for (String column : TASK_COLUMNS) {
            Integer v = row.get(column);
            if (v != null && v < 0) {
                throw row.reject(column, "value.negative");
            }
        }
        if (total != onTime + late + notDone) {
            throw row.reject("tasks_total", "value.tasks.sum", total, onTime, late, notDone);
        }
        if (exceeded > onTime + late) {
            throw row.reject("tasks_exceeded", "value.tasks.exceeded", exceeded, onTime + late);
        }
        return new TaskCounts(total, onTime, exceeded, late, notDone);
    }

    /** Rule R3-SCORE: score in 0–100; its parts, when given, in 0–30 and 0–70 and adding up to it. */
    private static void checkScores(Row row) {
        BigDecimal score = row.get("score");
        BigDecimal general = row.get("score_general");
        BigDecimal tasks = row.get("score_tasks");
        checkRange(row, "score", score, BigDecimal.ZERO, HUNDRED);
        checkRange(row, "score_general", general, BigDecimal.ZERO, BigDecimal.valueOf(30));
        checkRange(row, "score_tasks", tasks, BigDecimal.ZERO, BigDecimal.valueOf(70));
        if (score != null && general != null && tasks != null && general.add(tasks).compareTo(score) != 0) {
            throw row.reject("score", "value.score.sum", score, general, tasks);
        }
    }

    private static void checkPercent(Row row, String column, BigDecimal value) {
        checkRange(row, column, value, BigDecimal.ZERO, HUNDRED);
    }

    private static void checkRange(Row row, String column, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw row.reject(column, "value.range", min, max);
        }
    }
}
