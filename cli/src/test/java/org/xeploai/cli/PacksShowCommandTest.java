package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai packs show}: a pack as an inspection board reads it. */
class PacksShowCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aPackagedPackShowsItsBasisRulesLevelsQuotaAndParameters() {
        CliRun run = CliRun.run("packs", "show", "qd132-hd21");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out())
                .startsWith("Bộ quy tắc qd132-hd21 1.0.0 — năm đánh giá 2018–2022")
                .contains("Kiểm điểm, đánh giá, xếp loại chất lượng")
                .contains("QD132  Quy định 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị")
                .contains("HD16   Hướng dẫn 16-HD/BTCTW").contains("trích dẫn thay cho HD21 năm 2018")
                .contains("member/member.drl (").contains("../common/head.drl (1 quy tắc, dùng chung")
                .containsPattern("R1-MEM-KO2 +Hoàn thành dưới 50% chỉ tiêu")
                // a shared rule cites the clause this pack's references: give its placeholder
                .contains("../common/degradation.drl (2 quy tắc, dùng chung")
                .containsPattern("C-MEM-DEGRADATION +Đảng viên bị cấp có thẩm quyền kết luận suy thoái")
                .contains("căn cứ: Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm d; Quy định")
                .containsPattern("HTXSNV +Hoàn thành xuất sắc nhiệm vụ +R1-MEM-XS +Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm a")
                .containsPattern("Đảng viên \\(MEMBER\\) +Q-1 +Hướng dẫn 21-HD/BTCTW")
                .containsPattern("quota.share +0.20 +0..1 +Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm a")
                .contains("Tỷ lệ HTXSNV tối đa (Q-1, Q-2)");
        // rules are listed in the order of their file, each with its title and the clause it cites
        assertThat(run.out().indexOf("R1-MEM-KO2")).isLessThan(run.out().indexOf("R1-MEM-XS/tasks"));
    }

    @Test
    void anEditedCopyIsShownFromItsFolderByArgumentOrByRules() {
        Path copy = Example.copyOf("qd132-hd21", tmp.resolve("edited"));
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,0.25,");

        CliRun byArgument = CliRun.run("packs", "show", copy.toString(), "--lang", "en");
        CliRun byRules = CliRun.run("packs", "show", "--rules", copy.toString(), "--lang", "en");

        assertThat(byArgument.exitCode()).as(byArgument.err()).isEqualTo(ExitCode.OK.code());
        assertThat(byArgument.out()).contains("Rule pack qd132-hd21 1.0.0 — evaluation years 2018–2022")
                .contains("An edited copy, in the folder").containsPattern("quota.share +0.25")
                .contains("common/head.drl (1 rules)");
        assertThat(byRules.out()).isEqualTo(byArgument.out());
    }

    @Test
    void anUnknownPackIsAUsageErrorListingThePackagedOnes() {
        CliRun unknown = CliRun.run("packs", "show", "qd999");
        CliRun none = CliRun.run("packs", "show", "--lang", "en");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("qd999").contains("qd132-hd21");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(none.err()).contains("name a pack").contains("qd132-hd21");
    }

    @Test
    void aBrokenEditedPackIsExitFourWithFileAndLine() {
        Path copy = Example.copyOf("qd132-hd21", tmp.resolve("edited"));
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");

        CliRun run = CliRun.run("packs", "show", "--rules", copy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).containsPattern("parameters\\.csv:\\d+: Tham số quota.share = 1.5 nằm ngoài khoảng cho phép 0..1")
                .doesNotContain("\tat ");
    }
}
