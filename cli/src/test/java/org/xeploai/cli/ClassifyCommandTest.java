package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.Xeploai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai classify}, run in-process against the contract's "One run" and its exit codes. */
class ClassifyCommandTest {
    @TempDir
    Path tmp;

    private CliRun classify(Path input, Path output, String... more) {
        String[] args = Stream.concat(
                Stream.of("classify", "--year", "2022", "--input", input.toString(), "--output", output.toString()),
                Stream.of(more)).toArray(String[]::new);
        return CliRun.run(args);
    }

    @Test
    void aValidFolderIsClassifiedAndEveryInputRowIsAccountedForOnTheTerminal() {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path output = tmp.resolve("out").resolve("2022");

        CliRun run = classify(input, output);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(output.resolve("members.csv")).exists();
        assertThat(output.resolve("summary.csv")).exists();
        assertThat(run.out())
                .contains("Năm 2022, bộ quy tắc qd132-hd21")
                .containsPattern("members.csv +4 = ")
                .containsPattern("organizations.csv +3 = ")
                .contains("Kết quả trong phạm vi Đảng bộ Khối các cơ quan tỉnh (DBK):")
                .contains("Tổ chức cơ sở đảng: ")
                .contains("Đảng viên: ")
                .contains("HTTNV trở lên");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void withLangEnTheRunReportsInEnglish() {
        Path input = InputFolder.write(tmp.resolve("in"));

        CliRun run = classify(input, tmp.resolve("out"), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Year 2022, rule pack qd132-hd21").contains("Party members: ")
                .contains("HTTNV and above").doesNotContain("Đảng viên:");
    }

    @Test
    void outputEqualToInputIsAUsageError() {
        Path input = InputFolder.write(tmp.resolve("in"));

        CliRun run = classify(input, tmp.resolve("x").resolve("..").resolve("in"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Lỗi cú pháp lệnh").contains("--output").contains("--input");
        assertThat(run.out()).isEmpty();
        assertThat(input.resolve("summary.csv")).doesNotExist();
    }

    @Test
    void outputEqualToInputThroughALinkIsAUsageErrorInEnglish() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), input);

        CliRun run = classify(input, link, "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Usage error").contains("is the input folder");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        CliRun run = CliRun.run("classify", "--year", "2022", "--input", "a", "--output", "b", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--colour").contains("tùy chọn hoặc tham số không hợp lệ")
                .contains("xeploai classify --help");
    }

    @Test
    void anUnknownOptionIsReportedInEnglishWithLangEn() {
        CliRun run = CliRun.run("classify", "--year", "2022", "--input", "a", "--output", "b", "--lang", "en", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("unknown option or argument: --colour").contains("See: xeploai classify --help");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.run("classify", "--year", "2022", "--input", "a");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--output");
    }

    @Test
    void aYearThatIsNotANumberIsAUsageError() {
        CliRun run = CliRun.run("classify", "--year", "hai nghìn", "--input", "a", "--output", "b", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("invalid value for --year: hai nghìn");
    }

    @Test
    void aMissingMembersFileMakesTheInputUnusable() {
        Path input = InputFolder.write(tmp.resolve("in"), InputFolder.ORGANIZATIONS, null);

        CliRun run = classify(input, tmp.resolve("out"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INPUT_UNUSABLE.code());
        assertThat(run.err()).contains("Dữ liệu đầu vào không dùng được").contains("members.csv")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aRequiredColumnMissingStopsTheRunNamingFileLineAndColumn() {
        String noOrgId = """
                member_id,full_name,grade_politics_ethics,grade_discipline,grade_tasks
                DV001,Nguyễn Văn An,XS,XS,XS
                """;
        Path input = InputFolder.write(tmp.resolve("in"), InputFolder.ORGANIZATIONS, noOrgId);

        CliRun vi = classify(input, tmp.resolve("out"));
        CliRun en = classify(input, tmp.resolve("out"), "--lang", "en");

        assertThat(vi.exitCode()).as(vi.err()).isEqualTo(ExitCode.INPUT_UNUSABLE.code());
        assertThat(vi.err()).contains("members.csv").contains("dòng 1").contains("cột org_id");
        assertThat(en.exitCode()).isEqualTo(ExitCode.INPUT_UNUSABLE.code());
        assertThat(en.err()).contains("Input unusable: members.csv").contains("line 1").contains("column org_id");
    }

    @Test
    void aYearBefore2018HasNoPackAndTheMessageListsTheCoveredYears() {
        Path input = InputFolder.write(tmp.resolve("in"));

        CliRun vi = CliRun.run("classify", "--year", "2017", "--input", input.toString(), "--output",
                tmp.resolve("out").toString());
        CliRun en = CliRun.run("classify", "--year", "2017", "--input", input.toString(), "--output",
                tmp.resolve("out").toString(), "--lang", "en");

        assertThat(vi.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(vi.err()).contains("năm đánh giá 2017").contains("2018–2022 (qd132-hd21)");
        assertThat(en.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(en.err()).contains("No rule pack covers evaluation year 2017").contains("2018–2022 (qd132-hd21)");
    }

    @Test
    void aYearAfterTheClocksYearHasNoPackEvenIfARegulationWouldCoverIt() {
        Path input = InputFolder.write(tmp.resolve("in"));
        Xeploai in2020 = Xeploai.create(CliRun.clockAt(LocalDate.of(2020, 3, 1)));

        CliRun run = CliRun.run(in2020, "classify", "--year", "2021", "--input", input.toString(),
                "--output", tmp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).contains("năm đánh giá 2021").contains("không quá năm hiện tại");
    }

    @Test
    void aBrokenEditedPackIsRefusedWithEveryProblemAsFileLineMessage() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path pack = copyPackagedPack(tmp.resolve("edited"));
        Files.writeString(pack.resolve("member/member.drl"), "\nrule \"broken\"\nwhen\n    Member( \nthen\nend\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRun run = classify(input, tmp.resolve("out"), "--rules", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).contains("Bộ quy tắc không dùng được").containsPattern("member\\.drl:\\d+: ")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnchangedEditedPackClassifiesLikeThePackagedOne() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path pack = copyPackagedPack(tmp.resolve("edited"));

        CliRun run = classify(input, tmp.resolve("out"), "--rules", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void anOutputFolderUnderARegularFileCannotBeWritten() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("a-file.txt"), "not a folder");

        CliRun run = classify(input, file.resolve("out"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN.code());
        assertThat(run.err()).contains("Không ghi được kết quả").contains("a-file.txt").doesNotContain("\tat ");
    }

    @Test
    void theHelpDescribesTheCommandWithExamplesVietnameseFirstThenEnglish() {
        CliRun run = CliRun.run("classify", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Cách dùng: xeploai classify").contains("Xếp loại chất lượng một năm đánh giá")
                .contains("--year=Y").contains("Năm đánh giá").contains("Mã thoát:");
        int vietnamese = run.out().indexOf("Ví dụ:");
        int english = run.out().indexOf("Examples (English):");
        assertThat(vietnamese).isPositive();
        assertThat(english).isGreaterThan(vietnamese);
        assertThat(run.out()).contains("xeploai classify --year 2022 --input examples/provincial-agencies-2022");
    }

    @Test
    void theHelpIsInEnglishWithLangEn() {
        CliRun run = CliRun.run("classify", "--help", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Usage: xeploai classify").contains("Classify one evaluation year")
                .contains("The evaluation year").contains("Exit codes:").doesNotContain("Cách dùng");
    }

    /**
     * The packaged pack's source folder, as a board would get it with {@code packs copy}: the packs' shared rule
     * files ({@code rulepacks/common}, which {@code pack.yaml} lists as {@code ../common/...}) are copied beside it.
     */
    static Path copyPackagedPack(Path target) throws IOException {
        Path packs = Path.of(System.getProperty("user.dir")).resolve("../rules/src/main/resources/rulepacks").normalize();
        try (Stream<Path> files = Files.walk(packs)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(packs.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target.resolve("qd132-hd21");
    }
}
