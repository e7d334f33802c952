package org.xeploai.webui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.diff.PackDiff;
import org.xeploai.webui.whatif.WhatIf;
import org.xeploai.webui.whatif.WhatIfService;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/** What-if for integrators: a run's input under an edited rule pack (zip) against the packaged baseline. */
@RestController
@Tag(name = "what-if")
@SecurityRequirement(name = "basic")
class WhatIfApiController {
    private final WhatIfService whatIfs;

    WhatIfApiController(WhatIfService whatIfs) {
        this.whatIfs = whatIfs;
    }

    /** The diff: per subject kind the counts and moves, the changed subjects (paged), the summary rows that change. */
    record DiffView(String id, int year, PackInfo packA, PackInfo packB, boolean anyChange, List<SubjectView> subjects,
                    Page<ChangeView> changes, List<SummaryView> summary, List<TargetView> targets) {
    }

    record SubjectView(String subject, int changed, Map<String, Integer> countsA, Map<String, Integer> countsB,
                       List<PackDiff.Move> moves) {
    }

    record ChangeView(String subject, String subjectId, String name, String stateA, String stateB,
                      List<String> rulesA, List<String> rulesB) {
    }

    record SummaryView(String scopeOrgId, String subject, SummaryRow a, SummaryRow b) {
    }

    record TargetView(String targetId, String description, BigDecimal planned, BigDecimal actualA,
                      BigDecimal actualB, Boolean metA, Boolean metB) {
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @Operation(summary = "What-if: the run's input under an edited rule pack",
            description = "Multipart part `pack`: the edited pack as a zip (pack.yaml at its root or in its one "
                    + "folder, as `xeploai packs copy` writes it). `baseline`: a packaged pack covering the run's "
                    + "year (default the one in force). Needs the RULE_EDITOR role and a run whose input files are "
                    + "still kept (409 otherwise). A pack with problems gives 422 with each problem's file and line "
                    + "in `errors`; an unsafe or oversized zip 422/413; content that is not a zip 415.")
    @PostMapping(path = "/api/runs/{id}/whatif", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DiffView whatIf(@PathVariable String id, @RequestPart(name = "pack", required = false) MultipartFile pack,
                    @RequestParam(required = false) String baseline, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "100") int size, Principal user, HttpServletRequest request) {
        WhatIf whatIf = whatIfs.onRun(user.getName(), id, baseline, pack, ApiLocale.of(request));
        PackDiff diff = whatIf.diff();
        int pageSize = Math.max(1, Math.min(RunApiController.MAX_PAGE_SIZE, size));
        int current = Math.max(0, page);
        List<PackDiff.SubjectChange> all = diff.changes();
        int from = (int) Math.min(all.size(), (long) current * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        List<ChangeView> changes = all.subList(from, to).stream().map(c -> new ChangeView(c.subject(), c.subjectId(),
                c.name(), c.stateA(), c.stateB(), c.ruleIdsA(), c.ruleIdsB())).toList();
        return new DiffView(whatIf.id(), diff.year(), diff.packA(), diff.packB(), diff.anyChange(),
                diff.subjects().stream().map(s -> new SubjectView(s.subject(), s.changed(), s.countsA(), s.countsB(),
                        s.moves())).toList(),
                new Page<>(changes, current, pageSize, all.size()),
                diff.summary().stream().filter(PackDiff.SummaryChange::changed)
                        .map(s -> new SummaryView(s.scopeOrgId(), s.subject(), s.a(), s.b())).toList(),
                diff.targets().stream().filter(PackDiff.TargetChange::changed)
                        .map(t -> new TargetView(t.targetId(), t.description(), t.planned(), t.actualA(), t.actualB(),
                                t.metA(), t.metB())).toList());
    }
}
