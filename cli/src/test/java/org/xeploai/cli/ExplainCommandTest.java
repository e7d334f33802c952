package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xeploai explain} on the bundled example (2022, qd132-hd21): the level of one subject and every rule, legal
 * reference, input value, quota step and decision behind it.
 */
class ExplainCommandTest {
    @TempDir
    Path tmp;

    private static CliRun explain(String... subject) {
        return CliRun.run(Stream.concat(Stream.of("explain", "--year", "2022", "--input",
                Example.PROVINCIAL_AGENCIES_2022.toString()), Stream.of(subject)).toArray(String[]::new));
    }

    @Test
    void aMemberLoweredByTheQuotaShowsTheQuotaStepWithItsNumbersAndTheAuthoritysRank() {
        CliRun run = explain("--member", "DV0134");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out())
                .startsWith("Đảng viên DV0134 — ")
                .contains("Chi bộ:").contains("SCT-CB03").contains("SCT — Đảng bộ Sở Công Thương")
                .containsPattern("Mức theo quy tắc: +HTXSNV — Hoàn thành xuất sắc nhiệm vụ")
                .containsPattern("Mức cuối cùng: +HTTNV — Hoàn thành tốt nhiệm vụ \\(hạ xuống vì vượt tỷ lệ HTXSNV\\)")
                .contains("R1-MEM-XS (Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm a)")
                .contains("Bước tỷ lệ HTXSNV:")
                .containsPattern("Q-1 \\(Hướng dẫn 21-HD/BTCTW [^)]*\\): .*\\[candidates=12, .*N=10]")
                .contains("decisions.csv dòng").contains("thứ tự 12");
        assertThat(run.out().indexOf("Theo các quy tắc:")).isLessThan(run.out().indexOf("Bước tỷ lệ HTXSNV:"));
        assertThat(run.out().indexOf("Bước tỷ lệ HTXSNV:"))
                .isLessThan(run.out().indexOf("Quyết định của cấp có thẩm quyền:"));
    }

    @Test
    void aSecretaryCappedByTheCommitteeHeHeadsShowsCHeadAmongTheCapsThatFlowDown() {
        CliRun run = explain("--member", "DV0485", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        String caps = run.out().substring(run.out().indexOf("Caps from the organization"));
        assertThat(run.out()).containsPattern("Level by the rules: +HTXSNV")
                .containsPattern("Final level: +HTTNV — Hoàn thành tốt nhiệm vụ \\(capped by the level");
        assertThat(caps).contains("C-HEAD (Hướng dẫn 21-HD/BTCTW Mục II.B tiết 4): leads_org_id=SKHDT")
                .contains("the level may not be above HTTNV: Mức xếp loại của người đứng đầu không cao hơn");
    }

    @Test
    void everyConditionNotMetIsShownWithTheRulesTitleReferenceAndInputValues() {
        CliRun run = explain("--member", "DV0002");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out())
                .contains("R1-MEM-T (Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm b): đạt mọi điều kiện của mức HTTNV")
                .contains("R1-MEM-XS/tasks (Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm a): grade_tasks=T")
                .contains("không đạt HTXSNV vì thiếu điều kiện: HTXSNV: tiêu chí kết quả thực hiện nhiệm vụ phải đạt"
                        + " Xuất sắc");
    }

    @Test
    void anOrganizationShowsItsTypeParentRulesAndTheAuthoritysDecision() {
        CliRun run = explain("--org", "SCT");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).startsWith("Tổ chức đảng SCT — Đảng bộ Sở Công Thương")
                .containsPattern("Loại: +Đảng bộ cơ sở").containsPattern("Cấp trên: +DBCCQ — Đảng bộ Các cơ quan tỉnh")
                .contains("organizations.csv dòng").contains("R1-ORG-")
                .contains("Quyết định của cấp có thẩm quyền:").doesNotContain("người đứng đầu");
    }

    @Test
    void aMemberWhoseRowWasRejectedIsToldWhereAndWhyAsRejectedCsvSays() {
        CliRun run = explain("--member", "DV1999");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("DV1999 không được xếp loại: dòng dữ liệu bị từ chối")
                .contains("members.csv, dòng 137, cột grade_tasks 'Khá': ");
    }

    @Test
    void anUnknownIdIsAUsageErrorNamingItWhereIdsAreAndTheClosestOnes() {
        CliRun run = explain("--member", "DV01345", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no party member with id DV01345").contains("did you mean: DV0134")
                .contains("column member_id of members.csv").contains("xeploai explain --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSuperiorCommitteeIsSaidNotToBeClassified() {
        CliRun run = explain("--org", "DBCCQ");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("DBCCQ").contains("SUPERIOR");
    }

    @Test
    void withoutCollectivesInTheResultsACollectiveCannotBeExplained() {
        Path input = InputFolder.write(tmp.resolve("in"));

        CliRun run = CliRun.run("explain", "--year", "2022", "--input", input.toString(), "--collective", "TT-DB01",
                "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no leadership collective was classified in this run").contains("TT-DB01");
    }

    @Test
    void aMemberOfASmallFolderIsExplainedAndNothingIsWritten() {
        Path input = InputFolder.write(tmp.resolve("in"));

        CliRun run = CliRun.run("explain", "--year", "2022", "--input", input.toString(), "--member", "DV004");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Đảng viên DV004 — Phạm Thị Dung").containsPattern("Mức cuối cùng: +HTNV");
        assertThat(input.toFile().list()).containsExactlyInAnyOrder(
                "organizations.csv", "members.csv");
    }

    @Test
    void aDecisionAboutAMemberWhoIsNotClassifiedIsShownRefused() throws java.io.IOException {
        Path input = InputFolder.write(tmp.resolve("in"), InputFolder.ORGANIZATIONS,
                InputFolder.MEMBERS.replace("member_id,full_name,org_id,", "member_id,full_name,org_id,status,")
                        .replace(",CB01,", ",CB01,,") + "DV005,Vũ Văn Em,CB01,EXEMPT,,,\n");
        java.nio.file.Files.writeString(input.resolve("decisions.csv"), "subject_type,subject_id,level\nMEMBER,DV005,HTXSNV\n");

        CliRun run = CliRun.run("explain", "--year", "2022", "--input", input.toString(), "--member", "DV005");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).containsPattern("Tình trạng: +không xếp loại")
                .containsPattern("Mức cuối cùng: +không xếp loại năm nay")
                .contains("C-EXEMPT")
                .contains("dòng bị từ chối, không áp dụng: decisions.csv, dòng 2, cột subject_id 'DV005': ");
    }

    @Test
    void theSubjectIsOneOfMemberOrgOrCollective() {
        CliRun both = explain("--member", "DV0134", "--org", "SCT");
        CliRun none = explain();

        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(both.err()).contains("chỉ được dùng một trong các tùy chọn: --member, --org, --collective");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(none.err()).contains("hãy dùng một trong các tùy chọn: --member, --org, --collective");
    }

    @Test
    void aYearWithoutPackIsExitFour() {
        CliRun run = CliRun.run("explain", "--year", "2017", "--input", Example.PROVINCIAL_AGENCIES_2022.toString(),
                "--member", "DV0134");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).contains("2017").doesNotContain("\tat ");
    }
}
