package org.xeploai.webui.results;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;
import org.xeploai.webui.Database;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.run.RunRepository;
import org.xeploai.webui.run.RunState;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's results go into the database (H2 with the Flyway schema) and come back filtered, paged and in order. */
class ResultRepositoryTest {
    ResultRepository results;
    RunRepository runs;
    JdbcClient jdbc;

    @BeforeEach
    void schema() {
        DataSource dataSource = Database.migrated();
        jdbc = JdbcClient.create(dataSource);
        results = new ResultRepository(jdbc, new JdbcTemplate(dataSource));
        runs = new RunRepository(jdbc);
        runs.insert(Fixtures.run(RunState.RUNNING), Fixtures.inputs());
    }

    static Finding finding(SubjectType type, String id, FindingKind kind, Level level, String rule, String reference,
                           String detail, String key) {
        return new Finding(type, id, kind, level, rule, reference, detail, key);
    }

    static SubjectResult member(String id, String cell, String grassroots, ClassificationStatus status, Level level,
                                boolean demoted, List<Finding> findings, Decision decision) {
        return new SubjectResult(SubjectType.MEMBER, id, "Đảng viên " + id, cell, null, grassroots, status, null,
                level, level, demoted, findings, decision);
    }

    static ClassificationResult result() {
        List<SubjectResult> members = List.of(
                member("DV1", "A-CB1", "A", ClassificationStatus.CLASSIFIED, Level.HTXSNV, false, List.of(
                        finding(SubjectType.MEMBER, "DV1", FindingKind.MEETS, Level.HTXSNV, "R1-MEM-XS",
                                "Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3", "grade_tasks=XS", null)), null),
                member("DV2", "A-CB1", "A", ClassificationStatus.CLASSIFIED, Level.HTTNV, true, List.of(
                        finding(SubjectType.MEMBER, "DV2", FindingKind.CAP, Level.HTTNV, "Q-1", "Quy định 132 Điều 6",
                                "candidates=12, N=10", "pipeline.quota.demoted")),
                        new Decision(SubjectType.MEMBER, "DV2", null, null, "Đảng ủy A", 11, false, false, 4)),
                member("DV3", "B-CB1", "B", ClassificationStatus.NOT_CLASSIFIED, null, false, List.of(), null),
                member("DV_4%", "B-CB1", "B", ClassificationStatus.PENDING, null, false, List.of(), null));
        List<SubjectResult> organizations = List.of(
                new SubjectResult(SubjectType.ORGANIZATION, "A", "Đảng bộ A", "TOP", OrgType.GRASSROOTS_COMMITTEE, "A",
                        ClassificationStatus.CLASSIFIED, Level.HTXSNV, Level.HTXSNV, Level.HTXSNV, false, List.of(), null),
                new SubjectResult(SubjectType.ORGANIZATION, "A-CB1", "Chi bộ 1", "A", OrgType.CELL, "A",
                        ClassificationStatus.CLASSIFIED, null, Level.HTTNV, Level.HTTNV, false, List.of(), null),
                new SubjectResult(SubjectType.ORGANIZATION, "B", "Chi bộ cơ sở B", "TOP", OrgType.GRASSROOTS_CELL, "B",
                        ClassificationStatus.CLASSIFIED, null, Level.HTNV, Level.HTNV, false, List.of(), null));
        return new ClassificationResult(2022, new PackInfo("qd132-hd21", "1.0.0", "abc"), members, organizations,
                List.of(), List.of(new SummaryRow("TOP", "GRASSROOTS_ORG", 2, 2, 0, 0, 1, 0, 1, 0),
                new SummaryRow("TOP", "MEMBER", 4, 2, 1, 1, 1, 1, 0, 0)),
                List.of(new RejectedRow("members.csv", 7, "grade_tasks", "Khá", "input.file.missing",
                        List.of("members.csv", "x"))),
                List.of(new RowAccounting("members.csv", 5, 2, 1, 1, 0, 1)),
                List.of(new InputWarning("members.csv", "input.file.missing", List.of("a", "b"))));
    }

    void saved() {
        results.saveScopes(Fixtures.RUN_ID, List.of(new ResultRepository.Scope("TOP", "Đảng bộ Khối", null)));
        results.save(Fixtures.RUN_ID, result());
    }

    @Test
    void everySubjectComesBackInOrderWithItsDecision() {
        saved();
        ResultPage<SubjectRow> all = results.subjects(Fixtures.RUN_ID, SubjectKind.MEMBERS, SubjectFilter.NONE, 0, 50);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(SubjectRow::subjectId).containsExactly("DV1", "DV2", "DV3", "DV_4%");
        SubjectRow dv2 = all.items().get(1);
        assertThat(dv2.quotaDemoted()).isTrue();
        assertThat(dv2.decision()).isEqualTo(new SubjectRow.SubjectDecision(null, null, "Đảng ủy A", 11, false));
        assertThat(all.items().get(0).decision()).isNull();
        assertThat(all.items().get(2).level()).isNull();
    }

    @Test
    void listsAreFilteredByLevelOrganizationQuotaStatusKindAndText() {
        saved();
        assertThat(ids(new SubjectFilter(Level.HTXSNV, null, false, null, null, null))).containsExactly("DV1");
        assertThat(ids(new SubjectFilter(null, "B", false, null, null, null))).containsExactly("DV3", "DV_4%");
        assertThat(ids(new SubjectFilter(null, "A-CB1", false, null, null, null))).containsExactly("DV1", "DV2");
        assertThat(ids(new SubjectFilter(null, null, true, null, null, null))).containsExactly("DV2");
        assertThat(ids(new SubjectFilter(null, null, false, ClassificationStatus.NOT_CLASSIFIED, null, null)))
                .containsExactly("DV3");
        assertThat(ids(new SubjectFilter(null, null, false, null, null, "_4%"))).containsExactly("DV_4%");
        assertThat(ids(new SubjectFilter(null, null, false, null, null, "đảng viên dv2"))).containsExactly("DV2");
        assertThat(ids(new SubjectFilter(null, null, false, null, null, "DANG-VIEN dv3"))).containsExactly("DV3");
        assertThat(results.subjects(Fixtures.RUN_ID, SubjectKind.ORGANIZATIONS,
                new SubjectFilter(null, null, false, null, "grassroots", null), 0, 50).items())
                .extracting(SubjectRow::subjectId).containsExactly("A", "B");
        assertThat(results.subjects(Fixtures.RUN_ID, SubjectKind.ORGANIZATIONS,
                new SubjectFilter(null, null, false, null, "cells", null), 0, 50).items())
                .extracting(SubjectRow::subjectId).containsExactly("A-CB1");
    }

    @Test
    void pagesAreCountedOverTheWholeList() {
        saved();
        ResultPage<SubjectRow> second = results.subjects(Fixtures.RUN_ID, SubjectKind.MEMBERS, SubjectFilter.NONE, 1, 3);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(SubjectRow::subjectId).containsExactly("DV_4%");
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.first()).isEqualTo(4);
    }

    @Test
    void findingsKeepWhatFindingTextNeeds() {
        saved();
        SubjectRow dv2 = results.subject(Fixtures.RUN_ID, SubjectType.MEMBER, "DV2").get(0);
        assertThat(results.findings(Fixtures.RUN_ID, dv2)).containsExactly(finding(SubjectType.MEMBER, "DV2",
                FindingKind.CAP, Level.HTTNV, "Q-1", "Quy định 132 Điều 6", "candidates=12, N=10",
                "pipeline.quota.demoted"));
    }

    @Test
    void accountingRejectedRowsWarningsAndSummaryComeBack() {
        saved();
        assertThat(results.accounting(Fixtures.RUN_ID)).containsExactly(
                new RowAccounting("members.csv", 5, 2, 1, 1, 0, 1));
        ResultPage<RejectedLine> rejected = results.rejected(Fixtures.RUN_ID, 0, 10);
        assertThat(rejected.total()).isEqualTo(1);
        RejectedLine line = rejected.items().get(0);
        assertThat(line.line()).isEqualTo(7);
        assertThat(line.message().vi()).startsWith("Thiếu tệp members.csv");
        assertThat(line.message().en()).startsWith("The file members.csv is missing");
        assertThat(results.warnings(Fixtures.RUN_ID)).hasSize(1);
        assertThat(results.summary(Fixtures.RUN_ID)).containsExactlyElementsOf(result().summary());
    }

    @Test
    void theSuperiorCommitteeNamesTheScopeAndTheHeadlineIsItsRows() {
        saved();
        assertThat(results.organizationNames(Fixtures.RUN_ID)).containsEntry("TOP", "Đảng bộ Khối")
                .containsEntry("A-CB1", "Chi bộ 1");
        List<Summaries.ScopeFigures> headline = new Summaries(results).headline(Fixtures.RUN_ID);
        assertThat(headline).hasSize(1);
        assertThat(headline.get(0).scopeName()).isEqualTo("Đảng bộ Khối");
        assertThat(headline.get(0).subjects()).extracting(f -> f.row().subject())
                .containsExactly("GRASSROOTS_ORG", "MEMBER");
        assertThat(headline.get(0).subjects().get(0).pctGoodOrAbove()).isEqualTo(50);
    }

    @Test
    void aFailedRunKeepsNoPartialResultsAndDeletingARunDeletesEverything() {
        saved();
        results.deleteResults(Fixtures.RUN_ID);
        assertThat(results.subjects(Fixtures.RUN_ID, SubjectKind.MEMBERS, SubjectFilter.NONE, 0, 50).total()).isZero();
        saved();
        runs.delete(Fixtures.RUN_ID);
        for (String table : List.of("run_subject", "run_finding", "run_summary", "run_rejected", "run_input")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    List<String> ids(SubjectFilter filter) {
        return results.subjects(Fixtures.RUN_ID, SubjectKind.MEMBERS, filter, 0, 50).items().stream()
                .map(SubjectRow::subjectId).toList();
    }
}
