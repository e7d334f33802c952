package org.xeploai.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.rules.cases.CaseResult;
import org.xeploai.rules.cases.CaseRunner;
import org.xeploai.rules.cases.RuleCase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A board's copy of a packaged pack is self-contained and gives the packaged pack's results. */
class PackCopierTest {
    private static final String PACK = "qd132-hd21";

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheSharedRuleFilesInsideItAndPackYamlNamesThemThere() throws IOException {
        List<String> written = PackCopier.copy(PackFiles.packaged(PACK), dir);

        assertThat(written).contains("pack.yaml", "parameters.csv", "member/member.drl", "member/member.cases.yaml",
                "common/head.drl", "common/head.cases.yaml").noneMatch(f -> f.startsWith("../"));
        String yaml = Files.readString(dir.resolve("pack.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains("  - common/head.drl").doesNotContain("../common/");
        assertThat(dir.resolve("common/member-eligibility.drl")).exists();
    }

    @Test
    void theCopyLoadsAndRunsTheSameCasesWithTheSameResults() throws IOException {
        PackCopier.copy(PackFiles.packaged(PACK), dir);
        RulePack packaged = RulePackRegistry.packaged().get(PACK);
        RulePack copy = RulePack.load(PackFiles.directory(dir));

        List<RuleCase> packagedCases = new CaseRunner(packaged).cases();
        List<CaseResult> copyResults = new CaseRunner(copy).runAll();

        assertThat(copy.name()).isEqualTo(PACK);
        assertThat(copy.rules()).hasSameSizeAs(packaged.rules());
        assertThat(copyResults).hasSameSizeAs(packagedCases)
                .allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
        assertThat(copyResults.stream().map(r -> r.ruleCase().name()).toList())
                .isEqualTo(packagedCases.stream().map(RuleCase::name).toList());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertThat(PackCopier.isEmptyOrAbsent(dir)).isFalse();
        assertThatThrownBy(() -> PackCopier.copy(PackFiles.packaged(PACK), dir))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(dir.resolve("pack.yaml")).doesNotExist();
    }

    @Test
    void aSharedCasesFileKeepsTheCasesOfThePacksYearsWithTheirCommentsAndDropsTheOthers() {
        String yaml = """
                # about these cases
                defaults:
                  year: 2022
                  member: {member_id: DV1}
                cases:

                  # --- the pack's years
                  - name: kept by default year
                    rules: [A]

                  - name: dropped
                    year: 2023
                    rules: [A]
                    expect: {level: HTNV}

                  # --- 2018
                  - name: kept 2018
                    year: 2018
                    rules: [A]

                  - name: dropped last
                    year: 2025
                    rules: [A]
                """;

        String kept = PackCopier.casesOfYears(yaml, new YearRange(2018, 2022), "../common/x.drl");

        assertThat(kept).contains("# about these cases", "kept by default year", "# --- 2018", "kept 2018")
                .doesNotContain("name: dropped", "year: 2023", "year: 2025", "level: HTNV");
    }

    @Test
    void aSharedCasesFileWithNoCaseOfThePacksYearsKeepsAnEmptyList() {
        String yaml = "defaults:\n  year: 2025\ncases:\n  - name: other\n    rules: [A]\n";

        String kept = PackCopier.casesOfYears(yaml, new YearRange(2018, 2022), "../common/x.drl");

        assertThat(kept).contains("cases: []").doesNotContain("name: other");
    }
}
