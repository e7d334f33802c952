package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.Xeploai;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai template}: empty input files with the headers the year's pack reads, and a README. */
class TemplateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theFilesHaveTheHeadersThePackReadsRequiredAndClassificationColumnsFirstWithABom() throws IOException {
        Path dir = tmp.resolve("du-lieu-2022");

        CliRun run = CliRun.run("template", "--year", "2022", "--output", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Đã ghi mẫu dữ liệu năm 2022 (bộ quy tắc qd132-hd21 1.0.0)");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("organizations.csv", "members.csv",
                "collectives.csv", "decisions.csv", "history.csv", "targets.csv", "README.txt");
        assertThat(header(dir, "members.csv")).startsWith(
                "member_id,org_id,grade_politics_ethics,grade_discipline,grade_tasks,full_name,status,admitted_on,")
                .contains(",leadership_role,leads_org_id,").endsWith(",proposed_level");
        assertThat(header(dir, "organizations.csv")).startsWith(
                "org_id,type,grade_political_task,grade_party_building,name,parent_id,founded_on,");
        assertThat(header(dir, "decisions.csv"))
                .isEqualTo("subject_type,subject_id,level,reason,decided_by,rank,exemplary,quota_exception");
        assertThat(header(dir, "history.csv")).isEqualTo("subject_type,subject_id,year,level");
        assertThat(header(dir, "targets.csv")).contains("target_id", "scope_org_id", "metric", "planned", "actual", "base");
        assertThat(header(dir, "collectives.csv")).startsWith("collective_id,org_id,");
        byte[] bytes = Files.readAllBytes(dir.resolve("members.csv"));
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    @Test
    void theReadmeNamesTheRequiredColumnsAndAcceptedValuesInVietnameseThenEnglish() throws IOException {
        Path dir = tmp.resolve("t");
        CliRun.run("template", "--year", "2022", "--output", dir.toString());

        String readme = Files.readString(dir.resolve("README.txt"), StandardCharsets.UTF_8);

        assertThat(readme).contains("Cột bắt buộc, dòng nào cũng phải điền: member_id (ma_dang_vien), org_id (ma_to_chuc)")
                .contains("Required, every row fills them: member_id (ma_dang_vien), org_id (ma_to_chuc)")
                .contains("grade_tasks (tieu_chi_nhiem_vu)").contains("XS (xuất sắc), T (tốt), TB (trung bình), K (kém)")
                .contains("XS (excellent), T (good)").contains("xeploai classify --year 2022");
        assertThat(readme.indexOf("Giá trị được chấp nhận")).isLessThan(readme.indexOf("Accepted values"));
    }

    @Test
    void theEngineReadsTheTemplateWithoutComplaint() {
        Path dir = tmp.resolve("t");
        CliRun.run("template", "--year", "2022", "--output", dir.toString());
        Xeploai xeploai = Xeploai.create(CliRun.JUNE_2023);
        RulePack pack = xeploai.packForYear(2022);

        InputData data = xeploai.read(dir, pack);

        assertThat(data.warnings()).isEmpty();
        assertThat(data.rejected()).isEmpty();
    }

    @Test
    void aYearWithoutPackIsExitFour() {
        CliRun run = CliRun.run("template", "--year", "2017", "--output", tmp.resolve("t").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).contains("2017").contains("2018–2022 (qd132-hd21)");
        assertThat(tmp.resolve("t")).doesNotExist();
    }

    @Test
    void aFolderHoldingAFileOfTheSameNameIsLeftAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(dir.resolve("members.csv"), "member_id\nDV1\n");

        CliRun run = CliRun.run("template", "--year", "2022", "--output", dir.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("already holds members.csv");
        assertThat(Files.readString(dir.resolve("members.csv"))).isEqualTo("member_id\nDV1\n");
        assertThat(dir.toFile().list()).containsExactly("members.csv");
    }

    private static String header(Path dir, String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        return lines.get(0).replace("\uFEFF", "");
    }
}
