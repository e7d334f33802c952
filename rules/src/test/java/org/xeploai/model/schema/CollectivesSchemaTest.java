package org.xeploai.model.schema;

import org.junit.jupiter.api.Test;
import org.xeploai.model.Discipline;
import org.xeploai.model.Grade;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.OrgType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract, collectives.csv: one row per leadership collective, with collective_id, org_id (the organization it
 * leads), the two graded criteria, disunity, collective_discipline, score and proposed_level, plus the values a
 * leadership collective carries; headers in English or in their Vietnamese alias.
 */
class CollectivesSchemaTest {
    private static final RowSchema<LeadershipCollective> SCHEMA = InputSchemas.COLLECTIVES;

    @Test
    void theContractsColumnsAreReadUnderTheirEnglishNamesAndVietnameseAliases() {
        for (String column : new String[] {"collective_id", "org_id", "grade_political_task", "grade_party_building",
                "disunity", "collective_discipline", "score", "proposed_level"}) {
            assertThat(SCHEMA.column(column)).as(column).isPresent();
        }
        assertThat(SCHEMA.columnForHeader("Mã tập thể")).map(Column::name).contains("collective_id");
        assertThat(SCHEMA.columnForHeader("Mã tổ chức")).map(Column::name).contains("org_id");
        assertThat(SCHEMA.columnForHeader("Kỷ luật tập thể")).map(Column::name).contains("collective_discipline");
        assertThat(SCHEMA.columnForHeader("Mất đoàn kết")).map(Column::name).contains("disunity");
        assertThat(SCHEMA.columnForHeader("loai to chuc")).map(Column::name).contains("org_type");
    }

    @Test
    void onlyTheIdsAreRequiredAndTheOrganizationsTypeIsOptional() {
        assertThat(SCHEMA.columns().stream().filter(Column::required).map(Column::name))
                .containsExactly("collective_id", "org_id");
        assertThat(SCHEMA.column("org_type")).hasValueSatisfying(c -> assertThat(c.required()).isFalse());
    }

    @Test
    void aRowBecomesALeadershipCollectiveWithTheContractsDefaults() {
        RowSchema.Parsed<LeadershipCollective> parsed = SCHEMA.parse(cells(
                "collective_id", "DU-DB1", "org_id", "DB1", "org_type", "dang_bo_co_so",
                "grade_political_task", "Xuất sắc", "grade_party_building", "T", "collective_discipline", "cảnh cáo",
                "targets_met_pct", "49,9", "key_targets_missed", "có", "founded_on", "30/06/2022"), true);

        assertThat(parsed.problems()).isEmpty();
        LeadershipCollective c = parsed.value();
        assertThat(c.collectiveId()).isEqualTo("DU-DB1");
        assertThat(c.orgId()).isEqualTo("DB1");
        assertThat(c.orgType()).isEqualTo(OrgType.GRASSROOTS_COMMITTEE);
        assertThat(c.gradePoliticalTask()).isEqualTo(Grade.XS);
        assertThat(c.gradePartyBuilding()).isEqualTo(Grade.T);
        assertThat(c.collectiveDiscipline()).isEqualTo(Discipline.CANH_CAO);
        assertThat(c.targetsMetPct()).isEqualByComparingTo(new BigDecimal("49.9"));
        assertThat(c.keyTargetsMissed()).isTrue();
        assertThat(c.foundedOn()).hasToString("2022-06-30");
        assertThat(c.disunity()).isFalse();
        assertThat(c.forceMajeure()).isFalse();
        assertThat(c.priorShortcomingsRemedied()).as("prior_shortcomings_remedied defaults to true").isTrue();
    }

    @Test
    void aRowWithoutItsOrganizationIsRefusedNamingTheColumn() {
        RowSchema.Parsed<LeadershipCollective> parsed = SCHEMA.parse(cells("collective_id", "DU-DB1"), false);
        assertThat(parsed.problems()).extracting(ValueProblem::column).containsExactly("org_id");
    }

    @Test
    void aMemberOnlyDisciplineIsNotADisciplineOfACollective() {
        RowSchema.Parsed<LeadershipCollective> parsed = SCHEMA.parse(cells(
                "collective_id", "DU-DB1", "org_id", "DB1", "collective_discipline", "KHAI_TRU"), false);
        assertThat(parsed.problems()).extracting(ValueProblem::column).containsExactly("collective_discipline");
    }

    @Test
    void aShareOfTargetsAbove100OrAScoreThatIsNotTheSumOfItsPartsIsRefused() {
        assertThat(SCHEMA.parse(cells("collective_id", "X", "org_id", "O", "targets_met_pct", "120"), false).problems())
                .extracting(ValueProblem::column).containsExactly("targets_met_pct");
        assertThat(SCHEMA.parse(cells("collective_id", "X", "org_id", "O", "score", "90", "score_general", "25",
                "score_tasks", "60"), false).problems()).extracting(ValueProblem::column).containsExactly("score");
    }

    private static Map<String, String> cells(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
