package org.xeploai.rules.cases;

import org.junit.jupiter.api.Test;
import org.xeploai.model.CollectiveMembers;
import org.xeploai.model.DecidedLevel;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.RulePackException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A leadership collective's legal example is written as a row of collectives.csv, with the counts over the members
 * of the collective and the final level of the organization it leads, as the engine inserts them.
 */
class CollectiveCasesReaderTest {
    private static final String DEFAULTS = """
            defaults:
              year: 2022
              collective: {collective_id: DU-DB1, org_id: DB1, grade_political_task: XS, grade_party_building: XS}
              collective_members: {size: 9}
              decided:
                - {subject_type: ORGANIZATION, subject_id: DB1, level: HTXSNV}
            cases:
            """;

    @Test
    void aCollectiveIsTheSubjectWithItsMembersCountsAndTheOrganizationsLevel() {
        RuleCase c = one("""
                  - name: x
                    rules: [R1-COL-KO4]
                    collective: {targets_met_pct: 49.9}
                    collective_members: {disciplined: 2, disciplined_warning_or_above: 1}
                    expect: {level: KHTNV}
                """);

        assertThat(c.facts().get(0)).isInstanceOfSatisfying(LeadershipCollective.class, col -> {
            assertThat(col.collectiveId()).isEqualTo("DU-DB1");
            assertThat(col.targetsMetPct()).hasToString("49.9");
        });
        assertThat(c.facts()).contains(new CollectiveMembers("DB1", 9, 0, 2, 1, 0),
                new DecidedLevel(SubjectType.ORGANIZATION, "DB1", Level.HTXSNV));
    }

    @Test
    void aCasesDecidedListReplacesTheDefaultsOneAndAnEmptyListMeansNotYetDecided() {
        RuleCase replaced = one("""
                  - name: x
                    rules: [C-COL-NOT-ABOVE-ORG]
                    decided:
                      - {subject_type: ORGANIZATION, subject_id: DB1, level: HTTNV}
                """);
        assertThat(replaced.facts()).filteredOn(DecidedLevel.class::isInstance)
                .containsExactly(new DecidedLevel(SubjectType.ORGANIZATION, "DB1", Level.HTTNV));

        RuleCase none = one("""
                  - name: x
                    rules: [C-COL-NOT-ABOVE-ORG]
                    decided: []
                """);
        assertThat(none.facts()).noneMatch(DecidedLevel.class::isInstance);
    }

    @Test
    void membersCountsThatCannotBeAreRefusedWithTheCasesLine() {
        assertThatThrownBy(() -> one("""
                  - name: more warned than disciplined
                    rules: [R1-COL-KO4]
                    collective_members: {disciplined: 1, disciplined_warning_or_above: 2}
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("collective_members");
        assertThatThrownBy(() -> one("""
                  - name: a misspelt count
                    rules: [R1-COL-KO4]
                    collective_members: {warned: 1}
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("unknown key 'warned'");
    }

    @Test
    void expectSubjectNamesOneOfTheThreeSubjects() {
        assertThatThrownBy(() -> one("""
                  - name: x
                    rules: [R1-COL-KO4]
                    expect: {subject: cell}
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("member, organization or collective");
    }

    private static RuleCase one(String yamlCase) {
        List<RuleCase> cases = CaseFileReader.read(DEFAULTS + yamlCase, "collective.cases.yaml");
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }
}
