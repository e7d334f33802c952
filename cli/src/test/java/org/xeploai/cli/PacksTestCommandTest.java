package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai packs test}: runs a pack's cases; exit 0 when all pass, 4 otherwise. */
class PacksTestCommandTest {
    private static final String CASES = "member/member.cases.yaml";

    @TempDir
    Path tmp;

    @Test
    void anUneditedCopyPassesEveryCase() {
        Path copy = Example.copyOf("qd132-hd21", tmp.resolve("edited"));

        CliRun run = CliRun.run("packs", "test", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).containsPattern("qd132-hd21 1.0.0: (\\d+) cases, \\1 passed, 0 failed")
                .containsPattern("(?m)^\\d+ passed, 0 failed$");
    }

    @Test
    void aCaseEditedToFailIsShownWithFileLineNameAndWhyAndTheRunExitsWithFour() {
        Path copy = Example.copyOf("qd132-hd21", tmp.resolve("edited"));
        Example.edit(copy, CASES, "    member: {degradation: true}\n    expect: {level: KHTNV, fired: [C-MEM-DEGRADATION]}",
                "    member: {degradation: true}\n    expect: {level: HTXSNV, fired: [C-MEM-DEGRADATION]}");
        int line = Example.lineOf(copy, CASES, "rules: [C-MEM-DEGRADATION]") - 1;

        CliRun run = CliRun.run("packs", "test", copy.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(copy.resolve(CASES) + ":" + line + ": ")
                .contains("không đạt: level KHTNV, expected HTXSNV")
                .containsPattern("(?m)^\\d+ đạt, 1 không đạt$");
    }

    @Test
    void anInvalidPackIsExitFourWithItsProblems() {
        Path copy = Example.copyOf("qd132-hd21", tmp.resolve("edited"));
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");

        CliRun run = CliRun.run("packs", "test", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains("the rule pack cannot be used").contains("quota.share = 1.5 is outside 0..1")
                .contains("0 passed, 0 failed");
    }

    @Test
    void withoutAFolderEveryPackagedPackRunsAndTheTotalAddsUp() {
        CliRun run = CliRun.run("packs", "test", "--lang", "en");

        Matcher pack = Pattern.compile("(?m)^(\\S+) \\S+: (\\d+) cases, (\\d+) passed, (\\d+) failed$").matcher(run.out());
        long passed = 0;
        long failed = 0;
        int packs = 0;
        while (pack.find()) {
            packs++;
            passed += Long.parseLong(pack.group(3));
            failed += Long.parseLong(pack.group(4));
        }
        assertThat(packs + (int) run.out().lines().filter(l -> l.contains("cannot be used")).count()).isEqualTo(3);
        assertThat(run.out()).contains(passed + " passed, " + failed + " failed");
        assertThat(run.exitCode()).isEqualTo(failed == 0 && !run.out().contains("cannot be used")
                ? ExitCode.OK.code() : ExitCode.RULE_PACK.code());
    }
}
