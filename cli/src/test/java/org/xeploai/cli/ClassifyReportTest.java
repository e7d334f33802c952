package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code classify} on the bundled example ends with the lines a committee's report opens with (seed 004: "8/8 chỉ
 * tiêu đạt và vượt", 6 members HTXSNV five years running) and tells where the report files are.
 */
class ClassifyReportTest {
    @TempDir
    Path tmp;

    @Test
    void theExamplePrintsTheTargetsLineTheAwardsAndWhereTheReportIs() {
        Path out = tmp.resolve("ket-qua");
        CliRun run = CliRun.run("classify", "--year", "2022", "--input", Example.PROVINCIAL_AGENCIES_2022.toString(),
                "--output", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("8/8 chỉ tiêu đạt và vượt")
                .contains("6 đảng viên HTXSNV 5 năm liền")
                .contains("10 tổ chức đảng, 10 tập thể cấp ủy")
                .contains(out.resolve("report.html").toString()).contains(out.resolve("report.pdf").toString())
                .contains(out.resolve("results.xlsx").toString());
        assertThat(out.resolve("report.pdf")).exists();
        assertThat(out.resolve("targets.csv")).exists();
        assertThat(out.resolve("awards.csv")).exists();

        CliRun english = CliRun.run("classify", "--year", "2022", "--input", Example.PROVINCIAL_AGENCIES_2022.toString(),
                "--output", tmp.resolve("out-en").toString(), "--lang", "en");
        assertThat(english.out()).contains("8 of 8 targets met or exceeded").contains("6 members HTXSNV five years running");
    }
}
