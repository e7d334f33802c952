package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xeploai diff}: an edited copy compared with the packaged pack on the bundled example, as an inspection board
 * checks a change of criteria before adopting it (OpenFisca's reform against its baseline).
 */
class DiffCommandTest {
    private static final String EXAMPLE = Example.PROVINCIAL_AGENCIES_2022.toString();

    @TempDir
    Path tmp;

    @Test
    void raisingTheShareOfGoodSubordinatesAnExcellentOrganizationNeedsMovesThoseBelowItToHttnv() throws IOException {
        Path edited = Example.copyOf("qd132-hd21", tmp.resolve("edited"));
        Example.edit(edited, "parameters.csv", "org.xs.subordinates_good_share,0.8,", "org.xs.subordinates_good_share,0.9,");
        Path out = tmp.resolve("compared");

        CliRun run = CliRun.run("diff", "--year", "2022", "--input", EXAMPLE, "--rules-a", "qd132-hd21",
                "--rules-b", edited.toString(), "--output", out.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out())
                .contains("Grassroots party organizations: 1 change level — HTXSNV → HTTNV: 1")
                .contains("Cells and partial committees: 2 change level — HTXSNV → HTTNV: 2")
                .contains("TDOAN Chi bộ Cơ quan Tỉnh đoàn: HTXSNV → HTTNV (A: R1-ORG-XS; B: R1-ORG-T, R1-ORG-XS/subordinates)")
                .contains("B: 13 HTXSNV, 57 HTTNV, 3 HTNV, 0 KHTNV — 96% HTTNV and above, of which 19% HTXSNV")
                .contains("Target T07: 20 (met) under A, 19 (not met) under B (planned 20)");
        List<String> rows = Files.readAllLines(out.resolve("diff.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFFsubject_type,subject_id,name,level_a,level_b,reasons_a,reasons_b");
        assertThat(rows).hasSize(1 + 5)
                .anySatisfy(r -> assertThat(r).startsWith("GRASSROOTS_ORG,TDOAN,Chi bộ Cơ quan Tỉnh đoàn,HTXSNV,HTTNV,")
                        .contains("R1-ORG-XS/subordinates"));
        assertThat(Files.readString(out.resolve("diff_summary.csv"), StandardCharsets.UTF_8))
                .contains("DBCCQ,GRASSROOTS_ORG,73,73,73,73,0,0,0,0,14,13,56,57,3,3,0,0,96,96,19,18,20,19,true");
        assertThat(Files.readString(out.resolve("diff_targets.csv"), StandardCharsets.UTF_8)).contains("T07");
        String html = Files.readString(out.resolve("diff.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">").contains("<svg").contains("HTXSNV A").contains("HTXSNV B")
                .contains("from the level under A (rows) to the level under B (columns)")
                .contains("qd132-hd21 1.0.0").doesNotContain("<script").doesNotContain("http");
    }

    @Test
    void aPackComparedWithItselfMovesNobodyAndTheReportIsInVietnameseByDefault() throws IOException {
        Path out = tmp.resolve("same");

        CliRun run = CliRun.run("diff", "--year", "2022", "--input", EXAMPLE, "--rules-a", "qd132-hd21",
                "--rules-b", "qd132-hd21", "--output", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Đảng viên: không thay đổi")
                .contains("Hai bộ quy tắc cho mọi đối tượng cùng một mức.");
        assertThat(Files.readAllLines(out.resolve("diff.csv"), StandardCharsets.UTF_8)).hasSize(1);
        assertThat(Files.readString(out.resolve("diff_summary.csv"), StandardCharsets.UTF_8)).doesNotContain(",true");
        assertThat(Files.readString(out.resolve("diff.html"), StandardCharsets.UTF_8)).contains("<html lang=\"vi\">")
                .contains("So sánh hai bộ quy tắc, năm đánh giá 2022").contains("SHA-256 của bộ A");
    }

    @Test
    void anInvalidPackIsExitFourAndAMissingInputFolderExitThreeAndNothingIsWritten() throws IOException {
        Path broken = Example.copyOf("qd132-hd21", tmp.resolve("broken"));
        Example.edit(broken, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");
        Path out = tmp.resolve("out");

        CliRun invalid = CliRun.run("diff", "--year", "2022", "--input", EXAMPLE, "--rules-a", "qd132-hd21",
                "--rules-b", broken.toString(), "--output", out.toString(), "--lang", "en");
        CliRun noInput = CliRun.run("diff", "--year", "2022", "--input", tmp.resolve("nothing").toString(),
                "--rules-a", "qd132-hd21", "--rules-b", "qd132-hd21", "--output", out.toString());
        CliRun wrongYear = CliRun.run("diff", "--year", "2022", "--input", EXAMPLE, "--rules-a", "qd132-hd21",
                "--rules-b", "qd124-hd25");

        assertThat(invalid.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(invalid.err()).contains("parameters.csv").contains("quota.share").doesNotContain("\tat ");
        assertThat(noInput.exitCode()).isEqualTo(ExitCode.INPUT_UNUSABLE.code());
        assertThat(wrongYear.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(out).doesNotExist();
    }

    @Test
    void aCopiedPackRecordsWhereItCameFromAndClassifyUsesItsEdit() throws IOException {
        Path edited = tmp.resolve("edited");
        assertThat(CliRun.run("packs", "copy", "qd132-hd21", edited.toString()).exitCode()).isZero();
        String yaml = Files.readString(edited.resolve("pack.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).containsPattern("(?m)^copied_from: \"qd132-hd21 1\\.0\\.0 [0-9a-f]{64}\"$")
                .containsPattern("(?m)^version: 1\\.0\\.0$");
        assertThat(CliRun.run("packs", "show", "--rules", edited.toString(), "--lang", "en").out())
                .contains("Copied from: qd132-hd21 1.0.0 ");
        Example.edit(edited, "parameters.csv", "org.xs.subordinates_good_share,0.8,", "org.xs.subordinates_good_share,0.9,");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.run("classify", "--year", "2022", "--input", EXAMPLE, "--output", out.toString(),
                "--rules", edited.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Grassroots party organizations: 13 HTXSNV, 57 HTTNV, 3 HTNV, 0 KHTNV");
        assertThat(Files.readAllLines(out.resolve("organizations.csv"), StandardCharsets.UTF_8))
                .filteredOn(line -> line.startsWith("TDOAN,"))
                .singleElement().asString().contains(",CLASSIFIED,HTTNV,HTTNV,").contains("R1-ORG-XS/subordinates");
    }
}
