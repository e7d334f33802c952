package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai validate}: every problem of an edited pack at once, with file and line; exit 4 if any. */
class ValidateCommandTest {
    private static final String MEMBER_DRL = "member/member.drl";

    @TempDir
    Path tmp;

    private Path copy() {
        return Example.copyOf("qd132-hd21", tmp.resolve("edited"));
    }

    @Test
    void anUneditedCopyHasNoProblem() {
        Path copy = copy();

        CliRun run = CliRun.run("validate", "--rules", copy.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Không phát hiện vấn đề nào").contains("qd132-hd21 1.0.0")
                .contains("trường hợp mẫu đạt");
    }

    @Test
    void aSyntaxErrorIsReportedWithTheFileAndTheLine() {
        Path copy = copy();
        Example.edit(copy, MEMBER_DRL, "then\n    Findings.knockout(kcontext, $m, \"civil_servant=true, job_rating=KHTNV\");",
                "then (\n    Findings.knockout(kcontext, $m, \"civil_servant=true, job_rating=KHTNV\");");
        int broken = Example.lineOf(copy, MEMBER_DRL, "then (");

        CliRun run = CliRun.run("validate", "--rules", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        String drl = copy.resolve(MEMBER_DRL).toString();
        assertThat(run.out()).contains("Rule pack in " + copy).containsPattern(java.util.regex.Pattern.quote(drl)
                + ":(\\d+): ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(drl) + ":(\\d+): ")
                .matcher(run.out());
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(broken - 12, broken + 1);
        assertThat(run.out()).contains("The pack does not load yet");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aParameterOutOfRangeAndARuleWithoutReferenceAreReportedTogether() {
        Path copy = copy();
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");
        Example.edit(copy, MEMBER_DRL, "    @reference(\"HD21 Mục II.B tiết 2.3 điểm d\")\n    @title(\"Hoàn thành dưới 50%",
                "    @title(\"Hoàn thành dưới 50%");

        CliRun run = CliRun.run("validate", "--rules", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains("2 problems")
                .contains(copy.resolve("parameters.csv") + ":" + Example.lineOf(copy, "parameters.csv", "quota.share,")
                        + ": Parameter quota.share = 1.5 is outside 0..1")
                .contains(copy.resolve(MEMBER_DRL) + ":" + Example.lineOf(copy, MEMBER_DRL, "rule \"R1-MEM-KO2\"")
                        + ": Rule R1-MEM-KO2 has no @reference");
    }

    @Test
    void aRuleWithoutReferenceInAPackThatLoadsIsReportedAtItsLine() {
        Path copy = copy();
        Example.edit(copy, MEMBER_DRL, "    @reference(\"HD21 Mục II.B tiết 2.3 điểm d\")\n    @title(\"Hoàn thành dưới 50%",
                "    @title(\"Hoàn thành dưới 50%");

        CliRun run = CliRun.run("validate", "--rules", copy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains("1 vấn đề").contains(copy.resolve(MEMBER_DRL) + ":"
                + Example.lineOf(copy, MEMBER_DRL, "rule \"R1-MEM-KO2\"") + ": Quy tắc R1-MEM-KO2 không có @reference");
    }

    @Test
    void aFailingCaseIsAProblemAtItsLine() {
        Path copy = copy();
        String cases = "member/member.cases.yaml";
        Example.edit(copy, cases, "    member: {degradation: true}\n    expect: {level: KHTNV, fired: [C-MEM-DEGRADATION]}",
                "    member: {degradation: true}\n    expect: {level: HTNV, fired: [C-MEM-DEGRADATION]}");

        CliRun run = CliRun.run("validate", "--rules", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(copy.resolve(cases) + ":" + (Example.lineOf(copy, cases, "rules: [C-MEM-DEGRADATION]") - 1)
                + ": Case '").contains("fails: level KHTNV, expected HTNV");
    }

    @Test
    void aCopyRenamedClaimsTheYearsOfAPackagedPack() {
        Path copy = copy();
        Example.edit(copy, "pack.yaml", "name: qd132-hd21", "name: qd132-sua");

        CliRun run = CliRun.run("validate", "--rules", copy.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(copy.resolve("pack.yaml") + ":" + Example.lineOf(copy, "pack.yaml", "years:"))
                .contains("overlap those of the packaged pack qd132-hd21");
    }

    @Test
    void aFolderWithoutAPackIsExitFour() {
        CliRun run = CliRun.run("validate", "--rules", tmp.resolve("nothing").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains("Thiếu tệp pack.yaml");
    }

    @Test
    void theRulesFolderIsRequired() {
        CliRun run = CliRun.run("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--rules");
    }
}
