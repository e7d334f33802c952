package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;
import org.xeploai.rules.cases.CaseResult;
import org.xeploai.rules.cases.CaseRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai packs copy}: a packaged pack in a folder a board edits, standing alone. */
class PacksCopyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theCopyHoldsEveryFileWithTheSharedOnesUnderCommonAndLoadsWithTheSameCases() throws IOException {
        Path dir = tmp.resolve("edited");

        CliRun run = CliRun.run("packs", "copy", "qd132-hd21", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Đã chép bộ quy tắc qd132-hd21 1.0.0 vào " + dir)
                .contains("xeploai validate --rules " + dir);
        assertThat(dir.resolve("pack.yaml")).exists();
        assertThat(dir.resolve("parameters.csv")).exists();
        assertThat(dir.resolve("member/member.drl")).exists();
        assertThat(dir.resolve("member/member.cases.yaml")).exists();
        assertThat(dir.resolve("common/head.drl")).exists();
        assertThat(Files.readString(dir.resolve("pack.yaml"), StandardCharsets.UTF_8))
                .contains("- common/head.drl").doesNotContain("../common/");

        RulePack copy = RulePack.load(PackFiles.directory(dir));
        RulePack packaged = RulePackRegistry.packaged().get("qd132-hd21");
        List<CaseResult> results = new CaseRunner(copy).runAll();
        assertThat(results).hasSameSizeAs(new CaseRunner(packaged).cases())
                .allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
        assertThat(copy.rules()).hasSameSizeAs(packaged.rules());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "ghi chú");

        CliRun run = CliRun.run("packs", "copy", "qd132-hd21", dir.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("is not empty").contains(dir.toString());
        assertThat(dir.toFile().list()).containsExactly("notes.txt");
    }

    @Test
    void anUnknownPackIsAUsageErrorListingThePackagedOnes() {
        CliRun run = CliRun.run("packs", "copy", "qd999", tmp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("qd999").contains("qd132-hd21, qd124-hd25");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeCreatedIsExitFive() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");

        CliRun run = CliRun.run("packs", "copy", "qd132-hd21", file.resolve("sub").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN.code());
        assertThat(run.err()).contains("a-file").doesNotContain("\tat ");
    }
}
