package org.xeploai.engine.report;

import org.junit.jupiter.api.Test;
import org.xeploai.engine.SubjectResult;
import org.xeploai.i18n.Lang;
import org.xeploai.model.Level;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xeploai.engine.report.Fixtures.YEAR;
import static org.xeploai.engine.report.Fixtures.htxsnv;
import static org.xeploai.engine.report.Fixtures.member;

/** Regulations §7: A-1, A-TIEUBIEU, A-STREAK and the authorities of HD06 item 19. */
class AwardsTest {
    private final ReportText vi = new ReportText(Lang.VI);

    private static Awards.Result propose(List<SubjectResult> members, List<SubjectResult> organizations,
                                         List<SubjectResult> collectives, List<PastLevel> history) {
        return Awards.propose(YEAR, Fixtures.TREE, members, organizations, collectives, history);
    }

    @Test
    void aMemberHtxsnvFiveYearsRunningIsProposedToTheStandingCommitteeAboveTheGrassrootsOrganization() {
        List<SubjectResult> members = List.of(member("DV1", "STC-CB1", "STC", Level.HTXSNV));
        Awards.Result r = propose(members, List.of(), List.of(), htxsnv(SubjectType.MEMBER, "DV1", 2018, 2019, 2020, 2021));

        assertThat(r.awards()).extracting(Award::kind, Award::years).containsExactly(
                tuple(AwardKind.HTXSNV_5_YEARS, "2018-2022"), tuple(AwardKind.HTXSNV_YEAR, "2022"));
        Award five = r.awards().get(0);
        assertThat(vi.authority(five.authority())).isEqualTo("Ban Thường vụ Đảng ủy Khối cơ quan");
        assertThat(five.basis()).contains("A-STREAK").contains("Hướng dẫn 01-HD/TW ngày 28/9/2021");
        assertThat(vi.notes(five.notes())).contains("HTXSNV 5 năm liền (2018–2022)").contains("2018, 2019, 2020, 2021");
        Award year = r.awards().get(1);
        assertThat(vi.authority(year.authority())).as("giấy khen of the grassroots committee").isEqualTo("Đảng ủy Sở Tài chính");
    }

    @Test
    void aMemberWhoMovedBetweenOrganizationsKeepsTheRunHistoryFollowsTheMember() {
        // HTXSNV 2018-2020 in Sở Tài chính, then at Kho bạc from 2021: history.csv names the member, not the cell
        List<SubjectResult> members = List.of(member("DV1203", "KBNN-CB1", "KBNN", Level.HTXSNV));
        Awards.Result r = propose(members, List.of(), List.of(), htxsnv(SubjectType.MEMBER, "DV1203", 2018, 2019, 2020, 2021));

        assertThat(r.awards()).filteredOn(a -> a.kind() == AwardKind.HTXSNV_5_YEARS).singleElement().satisfies(a -> {
            assertThat(a.grassrootsId()).isEqualTo("KBNN");
            assertThat(a.orgName()).isEqualTo("Đảng bộ Kho bạc Nhà nước tỉnh");
            assertThat(vi.notes(a.notes())).contains("tính cả thời gian sinh hoạt ở tổ chức khác");
        });
    }

    @Test
    void aGapOrAMissingYearBreaksTheRunAndTheNoteSaysWhere() {
        List<PastLevel> history = new ArrayList<>(htxsnv(SubjectType.MEMBER, "GAP", 2018, 2019, 2021));
        history.add(new PastLevel(SubjectType.MEMBER, "GAP", 2020, Level.HTTNV));
        history.addAll(htxsnv(SubjectType.MEMBER, "MISSING", 2019, 2020, 2021));
        List<SubjectResult> members = List.of(member("GAP", "STC-CB1", "STC", Level.HTXSNV),
                member("MISSING", "STC-CB1", "STC", Level.HTXSNV));
        Awards.Result r = propose(members, List.of(), List.of(), history);

        assertThat(r.awards()).extracting(Award::kind).containsOnly(AwardKind.HTXSNV_YEAR);
        assertThat(vi.notes(r.awards().get(0).notes()))
                .isEqualTo("HTXSNV 2 năm liền (2021–2022); năm 2020 xếp loại HTTNV nên chuỗi bị ngắt");
        assertThat(vi.notes(r.awards().get(1).notes())).isEqualTo(
                "HTXSNV 4 năm liền (2019–2022); năm 2018 không có kết quả trong history.csv (không xếp loại hoặc chưa là đảng viên) nên chuỗi bị ngắt");
    }

    @Test
    void onlyFinalHtxsnvIsProposedAndTheCommitteeIsToldWhyAFourYearRunStops() {
        List<PastLevel> history = new ArrayList<>();
        for (String id : List.of("QUOTA", "CAPPED", "WAITING", "EXEMPT")) {
            history.addAll(htxsnv(SubjectType.MEMBER, id, 2018, 2019, 2020, 2021));
        }
        List<SubjectResult> members = List.of(
                member("QUOTA", "STC-CB1", "STC", ClassificationStatus.CLASSIFIED, Level.HTXSNV, Level.HTTNV, true, null),
                member("CAPPED", "STC-CB1", "STC", ClassificationStatus.CLASSIFIED, Level.HTXSNV, Level.HTTNV, false, null),
                member("WAITING", "STC-CB1", "STC", ClassificationStatus.PENDING, Level.HTXSNV, null, false, null),
                Fixtures.notClassified("EXEMPT", "STC-CB1", "STC", "C-EXEMPT"));
        Awards.Result r = propose(members, List.of(), List.of(), history);

        assertThat(r.awards()).isEmpty();
        assertThat(r.notices()).extracting(AwardNotice::subjectId, n -> n.note().key()).containsExactly(
                tuple("QUOTA", "report.notice.streak.quota"), tuple("CAPPED", "report.notice.streak.capped"),
                tuple("WAITING", "report.notice.streak.pending"), tuple("EXEMPT", "report.notice.streak.not_classified"));
    }

    @Test
    void tieuBieuIsTheAuthoritysSelectionAndTheOtherHtxsnvBodiesAreRankedCandidates() {
        List<SubjectResult> organizations = List.of(
                Fixtures.organization("STC", Level.HTXSNV, Fixtures.exemplary(SubjectType.ORGANIZATION, "STC")),
                Fixtures.organization("KBNN", Level.HTXSNV, null),
                Fixtures.organization("STP", Level.HTXSNV, null),
                Fixtures.organization("STC-CB1", Level.HTXSNV, null),
                Fixtures.organization("KBNN-CB1", Level.HTTNV, Fixtures.exemplary(SubjectType.ORGANIZATION, "KBNN-CB1")));
        List<SubjectResult> collectives = List.of(
                Fixtures.collective("DU-STC", "STC", Level.HTXSNV, Fixtures.exemplary(SubjectType.COLLECTIVE, "DU-STC")));
        // STP has the longer HTXSNV run, KBNN the larger share of members HTXSNV: the run comes first
        List<SubjectResult> members = List.of(member("A", "KBNN-CB1", "KBNN", Level.HTXSNV),
                member("B", "STP", "STP", Level.HTTNV));
        List<PastLevel> history = htxsnv(SubjectType.ORGANIZATION, "STP", 2020, 2021);
        Awards.Result r = propose(members, organizations, collectives, history);

        assertThat(r.awards()).filteredOn(a -> a.kind() != AwardKind.HTXSNV_YEAR)
                .extracting(Award::subjectType, Award::subjectId, Award::kind, Award::rank).containsExactly(
                        tuple("GRASSROOTS_ORG", "STC", AwardKind.HTXSNV_TIEU_BIEU, null),
                        tuple("COLLECTIVE", "DU-STC", AwardKind.HTXSNV_TIEU_BIEU, null),
                        tuple("GRASSROOTS_ORG", "STP", AwardKind.CANDIDATE, 1),
                        tuple("GRASSROOTS_ORG", "KBNN", AwardKind.CANDIDATE, 2),
                        tuple("CELL", "STC-CB1", AwardKind.CANDIDATE, 1));
        Award cell = r.awards().stream().filter(a -> a.subjectId().equals("STC-CB1")).findFirst().orElseThrow();
        assertThat(vi.authority(cell.authority())).as("a cell's title is given by the grassroots committee")
                .isEqualTo("Đảng ủy Sở Tài chính");
        Award stp = r.awards().stream().filter(a -> a.subjectId().equals("STP")).findFirst().orElseThrow();
        assertThat(vi.notes(stp.notes())).startsWith("Thứ 1/2: HTXSNV 3 năm liền; đảng viên HTXSNV 0/1 (0,0%)");
        assertThat(r.notices()).extracting(AwardNotice::subjectId, n -> n.note().key())
                .containsExactly(tuple("KBNN-CB1", "report.notice.exemplary_not_htxsnv"));
    }

    @Test
    void anOrganizationTieuBieuAfterFourHtxsnvYearsIsProposedForTheFiveYearTitleFlaggedForChecking() {
        List<SubjectResult> organizations = List.of(
                Fixtures.organization("STC", Level.HTXSNV, Fixtures.exemplary(SubjectType.ORGANIZATION, "STC")));
        Awards.Result r = propose(List.of(), organizations, List.of(),
                htxsnv(SubjectType.ORGANIZATION, "STC", 2018, 2019, 2020, 2021));

        assertThat(r.awards()).extracting(Award::kind).containsExactly(AwardKind.HTXSNV_TIEU_BIEU_5_YEARS,
                AwardKind.HTXSNV_TIEU_BIEU);
        Award five = r.awards().get(0);
        assertThat(vi.authority(five.authority())).isEqualTo("Ban Thường vụ tỉnh ủy, thành ủy");
        assertThat(vi.notes(five.notes())).contains("history.csv chỉ ghi mức xếp loại, không ghi “tiêu biểu”");
    }
}
