package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad value refuses its row, naming the file, the physical line, the canonical column and the text found; the
 * run goes on, and a refused row is never half-used.
 */
class BadValuesTest {
    private static final String HEADER =
            "member_id,full_name,org_id,status,admitted_on,grade_tasks,sick_leave_months,tasks_total,tasks_on_time,leads_org_id,discipline";

    @TempDir
    Path dir;

    /** Line 2 is a good member; the row under test is line 3. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # row on line 3                                   | column            | value       | message key
            DV9,An,CB1,,31/02/2022,,,,,,                       | admitted_on       | 31/02/2022  | value.date.impossible
            DV9,An,CB1,,2022.01.05,,,,,,                       | admitted_on       | 2022.01.05  | value.date
            DV9,An,CB1,,,Giỏi,,,,,                             | grade_tasks       | Giỏi        | value.grade
            DV9,An,CB1,ON_LEAVE,,,,,,,                         | status            | ON_LEAVE    | value.status
            DV9,An,CB1,,,,13,,,,                               | sick_leave_months | 13          | value.range
            DV9,An,CB1,,,,nửa,,,,                              | sick_leave_months | nửa         | value.decimal
            DV9,An,CB1,,,,,5,3,,                               | tasks_total       | 5           | value.tasks.sum
            DV9,An,CB1,,,,,,,,GIAI_TAN                         | discipline        | GIAI_TAN    | value.discipline.member
            ,An,CB1,,,,,,,,                                    | member_id         | ''          | value.required
            DV9,An,,,,,,,,,                                    | org_id            | ''          | value.required
            DV9,An,CB9,,,,,,,,                                 | org_id            | CB9         | input.member.org_unknown
            DV9,An,DB1,,,,,,,,                                 | org_id            | DB1         | input.member.org_type
            DV9,An,TU,,,,,,,,                                  | org_id            | TU          | input.member.org_type
            DV9,An,CB1,,,,,,,XX,                               | leads_org_id      | XX          | input.member.leads_unknown
            DV1,An,CB1,,,,,,,,                                 | member_id         | DV1         | input.member.duplicate
            """)
    void aBadValueRefusesTheRowNamingLineColumnAndValue(String row, String column, String value, String key) {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, HEADER, "DV1,Bình,CB1,,,,,,,,", row)
                .read();

        assertThat(data.members()).extracting(m -> m.memberId()).containsExactly("DV1");
        assertThat(data.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("members.csv");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo(column);
            assertThat(r.value()).isEqualTo(value);
            assertThat(r.messageKey()).isEqualTo(key);
        });
        assertThat(data.rowsRead()).containsEntry("members.csv", 2L);
    }

    @Test
    void everyBadCellOfARowIsReportedAndTheRowIsNotUsed() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, HEADER, "DV1,An,CB1,,30/02/2022,Z,-1,,,,")
                .read();

        assertThat(data.members()).isEmpty();
        assertThat(data.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "admitted_on", "value.date.impossible"),
                        org.assertj.core.groups.Tuple.tuple(2L, "grade_tasks", "value.grade"));
        assertThat(data.rejectedRows("members.csv")).isEqualTo(1);
    }

    @Test
    void aCheckAcrossCellsCarriesItsArguments() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, HEADER, "DV1,An,CB1,,,,,5,3,,")
                .read();

        assertThat(data.rejected()).containsExactly(new RejectedRow("members.csv", 2, "tasks_total", "5",
                "value.tasks.sum", List.of(5, 3, 0, 0)));
    }

    @Test
    void badOrganizationValuesAreReportedInOrganizationsCsv() {
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, "org_id,type,parent_id,targets_met_pct,collective_discipline",
                        "TU,SUPERIOR,,,",
                        "CBCS,chi bo co so,TU,101,",
                        "CB2,GRASSROOTS_CELL,TU,,KHAI_TRU",
                        "X,BRANCH,TU,,")
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER)
                .read();

        assertThat(data.organizations()).extracting(o -> o.orgId()).containsExactly("TU");
        assertThat(data.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value,
                RejectedRow::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "targets_met_pct", "101", "value.range"),
                org.assertj.core.groups.Tuple.tuple(4L, "collective_discipline", "KHAI_TRU", "value.discipline.org"),
                org.assertj.core.groups.Tuple.tuple(5L, "type", "BRANCH", "value.org_type"));
    }
}
