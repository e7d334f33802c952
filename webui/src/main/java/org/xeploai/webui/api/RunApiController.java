package org.xeploai.webui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.xeploai.webui.explain.ExplainService;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.results.SubjectFilter;
import org.xeploai.webui.results.SubjectKind;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.run.Downloads;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunService;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The REST API for integrators: make a run from the input files, follow it, read its results, explanations and
 * files. HTTP Basic; errors are RFC 9457 problem details ({@link ApiExceptionHandler}).
 */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "runs")
@SecurityRequirement(name = "basic")
class RunApiController {
    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_WAIT_SECONDS = 600;

    private final RunService runs;
    private final ResultRepository results;
    private final Summaries summaries;
    private final ExplainService explanations;
    private final Downloads downloads;

    RunApiController(RunService runs, ResultRepository results, Summaries summaries, ExplainService explanations,
                     Downloads downloads) {
        this.runs = runs;
        this.results = results;
        this.summaries = summaries;
        this.explanations = explanations;
        this.downloads = downloads;
    }

    @Operation(summary = "Make a run",
            description = "Multipart: one part `files` per input file (organizations.csv and members.csv required; "
                    + "decisions.csv, collectives.csv, history.csv, targets.csv optional; recognised by their base "
                    + "name, other files ignored) and `year`. The upload is checked and read at once (422 with file, "
                    + "line and column if it cannot be used); classifying goes on in the background unless `wait` "
                    + "gives seconds to wait for it. Needs the OPERATOR role.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiModel.RunView> create(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                            @RequestParam int year, @RequestParam(defaultValue = "0") int wait,
                                            Principal user, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        Run run = runs.start(user.getName(), year, files, locale);
        if (wait > 0) {
            run = runs.await(run.id(), Duration.ofSeconds(Math.min(wait, MAX_WAIT_SECONDS)));
        }
        return ResponseEntity.created(URI.create("/api/runs/" + run.id())).body(detail(run, locale));
    }

    @Operation(summary = "The runs, newest first")
    @GetMapping
    ApiModel.Page<ApiModel.RunView> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        int pageSize = pageSize(size);
        List<Run> items = runs.page(Math.max(0, page), pageSize);
        return ApiModel.Page.of(new org.xeploai.webui.results.ResultPage<>(items, Math.max(0, page), pageSize,
                runs.count()), run -> ApiModel.RunView.of(run, runs.progress(run.id()).orElse(null), locale));
    }

    @Operation(summary = "One run: its state and progress, pack, input hashes, files, row accounting and summary")
    @GetMapping("/{id}")
    ApiModel.RunView get(@PathVariable String id, HttpServletRequest request) {
        return detail(runs.get(id), ApiLocale.of(request));
    }

    @Operation(summary = "The rows the run refused, with file, line, column and message")
    @GetMapping("/{id}/rejected")
    ApiModel.Page<ApiModel.RejectedView> rejected(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "100") int size,
                                                  HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        Run run = runs.get(id);
        return ApiModel.Page.of(results.rejected(run.id(), Math.max(0, page), pageSize(size)),
                r -> new ApiModel.RejectedView(r.file(), r.line(), r.column(), r.value(), r.message().in(locale)));
    }

    @Operation(summary = "Members, organizations or collectives of a run, filtered and paged",
            description = "level: HTXSNV, HTTNV, HTNV or KHTNV (final level); org: an organization id (its own "
                    + "subjects and those of the grassroots organization it names); demoted: only those the quota "
                    + "moved down; status: CLASSIFIED, NOT_CLASSIFIED or PENDING; orgKind: grassroots or cells; "
                    + "q: part of an id or name")
    @GetMapping("/{id}/{kind:members|organizations|collectives}")
    ApiModel.Page<ApiModel.SubjectView> subjects(@PathVariable String id, @PathVariable String kind,
                                                 @RequestParam(required = false) String level,
                                                 @RequestParam(required = false) String org,
                                                 @RequestParam(required = false) Boolean demoted,
                                                 @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String orgKind,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "100") int size) {
        Run run = runs.get(id);
        SubjectFilter filter = SubjectFilter.of(level, org, demoted, status, orgKind, q);
        return ApiModel.Page.of(results.subjects(run.id(), SubjectKind.parse(kind), filter, Math.max(0, page),
                pageSize(size)), row -> ApiModel.SubjectView.of(run.id(), row));
    }

    @Operation(summary = "Why a subject has its level: every finding (rule, legal reference, values, quota, decision)",
            description = "type: member, organization or collective")
    @GetMapping("/{id}/explain/{type}/{subjectId}")
    ApiModel.ExplanationView explain(@PathVariable String id, @PathVariable String type,
                                     @PathVariable String subjectId, HttpServletRequest request) {
        SubjectKind kind = SubjectKind.parse(type);
        var rows = explanations.explain(id, type, subjectId, ApiLocale.of(request)).stream()
                .map(e -> ApiModel.ExplainedRow.of(id, e)).toList();
        return new ApiModel.ExplanationView(kind.type().name(), subjectId, rows);
    }

    @Operation(summary = "One output file of the run (members.csv, summary.csv, rejected.csv, ...)")
    @GetMapping(path = "/{id}/files/{name}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String name) {
        return downloads.file(id, name);
    }

    @Operation(summary = "Every output file of the run in one zip")
    @GetMapping(path = "/{id}/files.zip", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable String id) {
        return downloads.zip(id);
    }

    private ApiModel.RunView detail(Run run, Locale locale) {
        return ApiModel.RunView.of(run, runs.progress(run.id()).orElse(null), locale).withDetail(
                runs.inputs(run.id()), runs.files(run.id()), results.accounting(run.id()),
                ApiModel.SummaryView.of(summaries.all(run.id())),
                results.warnings(run.id()).stream().map(w -> w.message().in(locale)).toList(),
                results.rejected(run.id(), 0, 1).total());
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }
}
