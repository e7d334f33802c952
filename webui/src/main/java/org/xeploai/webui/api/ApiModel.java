package org.xeploai.webui.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.xeploai.engine.RowAccounting;
import org.xeploai.model.Level;
import org.xeploai.webui.explain.Explanation;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.results.SubjectRow;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunFile;
import org.xeploai.webui.run.RunInput;
import org.xeploai.webui.run.RunProgress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON the API answers with (documented in the OpenAPI description at {@code /api/openapi}). */
public final class ApiModel {

    private ApiModel() {
    }

    /** A run; the detail fields are present when one run is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunView(String id, String state, String createdBy, OffsetDateTime createdAt,
                          OffsetDateTime finishedAt, int year, PackView pack, String error, ProgressView progress,
                          List<String> ignoredFiles, boolean uploadsDeleted, List<RunInput> inputs,
                          List<RunFile> files, List<RowAccounting> accounting, List<SummaryView> summary,
                          List<String> warnings, Long rejected, Map<String, String> links) {

        static RunView of(Run run, RunProgress.Snapshot progress, Locale locale) {
            return new RunView(run.id(), run.state().name(), run.createdBy(), run.createdAt(), run.finishedAt(),
                    run.year(), new PackView(run.packName(), run.packVersion(), run.packHash()),
                    run.error() == null ? null : run.error().in(locale),
                    progress == null ? null : ProgressView.of(progress), run.ignoredFiles(), run.uploadsDeleted(),
                    null, null, null, null, null, null, links(run));
        }

        RunView withDetail(List<RunInput> inputs, List<RunFile> files, List<RowAccounting> accounting,
                           List<SummaryView> summary, List<String> warnings, long rejected) {
            return new RunView(id, state, createdBy, createdAt, finishedAt, year, pack, error, progress, ignoredFiles,
                    uploadsDeleted, inputs, files, accounting, summary, warnings, rejected, links);
        }

        private static Map<String, String> links(Run run) {
            String self = "/api/runs/" + run.id();
            return Map.of("self", self, "members", self + "/members", "organizations", self + "/organizations",
                    "collectives", self + "/collectives", "rejected", self + "/rejected", "zip", self + "/files.zip",
                    "page", "/runs/" + run.id());
        }
    }

    public record PackView(String name, String version, String hash) {
    }

    public record ProgressView(String phase, long done, long total, int percent) {
        static ProgressView of(RunProgress.Snapshot snapshot) {
            return new ProgressView(snapshot.phase().name(), snapshot.done(), snapshot.total(), snapshot.percent());
        }
    }

    /** One row of summary.csv with the scope's name and the shares rounded half up (null over an empty base). */
    public record SummaryView(String scopeOrgId, String scopeName, String subject, int total, int classified,
                              int notClassified, int pending, int htxsnv, int httnv, int htnv, int khtnv,
                              Integer pctGoodOrAbove, Integer pctExcellent, Integer pctExcellentOfGoodOrAbove) {

        static List<SummaryView> of(List<Summaries.ScopeFigures> scopes) {
            return scopes.stream().flatMap(scope -> scope.subjects().stream().map(f -> new SummaryView(
                    scope.scopeId(), scope.scopeName(), f.row().subject(), f.row().total(), f.row().classified(),
                    f.row().notClassified(), f.row().pending(), f.row().htxsnv(), f.row().httnv(), f.row().htnv(),
                    f.row().khtnv(), f.pctGoodOrAbove(), f.pctExcellent(), f.pctExcellentOfGoodOrAbove()))).toList();
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {
        static <S, T> Page<T> of(ResultPage<S> page, java.util.function.Function<S, T> map) {
            return new Page<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total(),
                    page.totalPages());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectView(String type, String id, String name, String orgId, String orgType, String grassrootsId,
                              String status, String proposedLevel, String computedLevel, String level,
                              String levelLabel, Boolean quotaDemoted, SubjectRow.SubjectDecision decision,
                              String explanation) {

        static SubjectView of(String runId, SubjectRow row) {
            return new SubjectView(row.type().name(), row.subjectId(), row.name(), row.orgId(), row.orgType(),
                    row.grassrootsId(), row.status().name(), code(row.proposedLevel()), code(row.computedLevel()),
                    code(row.level()), row.level() == null ? null : row.level().label(),
                    row.classified() ? row.quotaDemoted() : null, row.decision(),
                    "/api/runs/" + runId + "/explain/" + row.type().name().toLowerCase(Locale.ROOT) + "/"
                            + row.subjectId());
        }
    }

    public record RejectedView(String file, long line, String column, String value, String message) {
    }

    /** One subject's explanation: one entry per row of the subject (a temporary-activity row is a second one). */
    public record ExplanationView(String subjectType, String subjectId, List<ExplainedRow> rows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExplainedRow(SubjectView subject, String orgName, String grassrootsName,
                               List<Explanation.Line> findings, List<String> references) {
        static ExplainedRow of(String runId, Explanation e) {
            return new ExplainedRow(SubjectView.of(runId, e.subject()), e.orgName(), e.grassrootsName(), e.findings(),
                    e.references());
        }
    }

    private static String code(Level level) {
        return level == null ? null : level.name();
    }
}
