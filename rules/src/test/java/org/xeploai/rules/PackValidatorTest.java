package org.xeploai.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A board edits a copy of a pack: every problem is reported at once, with the file and the line. */
class PackValidatorTest {
    private static final String PACK = "qd132-hd21";
    private static final String MEMBER_DRL = "member/member.drl";
    private static final PackValidator VALIDATOR = new PackValidator(RulePackRegistry.packaged());

    @TempDir
    Path dir;

    @Test
    void anUneditedCopyHasNoProblemAndEveryCasePasses() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);

        PackValidator.Validation validation = VALIDATOR.check(PackFiles.directory(dir));

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.loaded()).isTrue();
        assertThat(validation.casesPassed()).isPositive();
        assertThat(validation.casesFailed()).isZero();
    }

    @Test
    void aSyntaxErrorAndAParameterOutOfRangeAreReportedTogether() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);
        edit(MEMBER_DRL, "then\n    Findings.knockout(kcontext, $m, \"civil_servant=true, job_rating=KHTNV\");",
                "then (\n    Findings.knockout(kcontext, $m, \"civil_servant=true, job_rating=KHTNV\");");
        edit("parameters.csv", "quota.share,0.20,", "quota.share,1.5,");

        List<PackProblem> problems = VALIDATOR.validate(PackFiles.directory(dir));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("parameters.csv");
            assertThat(p.line()).isEqualTo(lineOf("parameters.csv", "quota.share,"));
            assertThat(p.message()).contains("quota.share").contains("outside 0..1");
        }).anySatisfy(p -> {
            assertThat(p.file()).endsWith(MEMBER_DRL);
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aRuleWithoutReferenceIsReportedAtItsLine() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);
        edit(MEMBER_DRL, "rule \"R1-MEM-KO2\"\n    @reference(\"HD21 Mục II.B tiết 2.3 điểm d\")\n", "rule \"R1-MEM-KO2\"\n");

        List<PackProblem> problems = VALIDATOR.validate(PackFiles.directory(dir));

        assertThat(problems).containsExactly(PackProblem.of(PackFiles.directory(dir).describe(MEMBER_DRL),
                lineOf(MEMBER_DRL, "rule \"R1-MEM-KO2\""), "pack.rule.no_reference", "R1-MEM-KO2"));
        assertThat(problems.get(0).message()).contains("R1-MEM-KO2 has no @reference");
    }

    @Test
    void aFailingCaseAndACaseNamingAnUnknownRuleAreReportedAtTheCaseLine() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);
        String cases = "member/member.cases.yaml";
        edit(cases, "    member: {degradation: true}\n    expect: {level: KHTNV, fired: [C-MEM-DEGRADATION]}",
                "    member: {degradation: true}\n    expect: {level: HTNV, fired: [C-MEM-DEGRADATION, R1-NOPE]}");

        List<PackProblem> problems = VALIDATOR.validate(PackFiles.directory(dir));

        int line = lineOf(cases, "rules: [C-MEM-DEGRADATION]") - 1;
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).endsWith(cases);
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("R1-NOPE"))
                .anySatisfy(p -> assertThat(p.message()).contains("fails").contains("level KHTNV, expected HTNV"));
    }

    @Test
    void aCopyUnderAnotherNameMayNotClaimTheYearsOfAPackagedPack() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);
        edit("pack.yaml", "name: qd132-hd21", "name: my-pack");

        List<PackProblem> problems = VALIDATOR.validate(PackFiles.directory(dir));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("pack.yaml", "years:"));
            assertThat(p.message()).contains("overlap").contains("qd132-hd21");
        });
    }

    @Test
    void aFolderWithoutPackYamlIsOneProblem() {
        assertThat(VALIDATOR.validate(PackFiles.directory(dir))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("pack.yaml is missing"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
