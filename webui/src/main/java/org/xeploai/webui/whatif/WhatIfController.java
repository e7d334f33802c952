package org.xeploai.webui.whatif;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.engine.diff.PackDiff;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.run.RunRejectedException;
import org.xeploai.webui.run.RunService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

/**
 * The what-if page (RULE_EDITOR): an edited rule pack uploaded as a zip, run on a kept run's input or on input files
 * uploaded with it, against the packaged baseline; then who moves between which levels, and why.
 */
@Controller
class WhatIfController {
    static final int CHANGES_PER_PAGE = 50;

    private final WhatIfService whatIfs;
    private final RunService runs;

    WhatIfController(WhatIfService whatIfs, RunService runs) {
        this.whatIfs = whatIfs;
        this.runs = runs;
    }

    @GetMapping("/whatif")
    String form(@RequestParam(required = false) String run, Model model) {
        addForm(model, run, runs.defaultYear());
        return "whatif/form";
    }

    @PostMapping("/whatif")
    String submit(@RequestParam(required = false) String run,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String baseline,
                  @RequestParam(name = "pack", required = false) MultipartFile pack, Principal user, Locale locale,
                  Model model, HttpServletResponse response) {
        try {
            WhatIf whatIf = run != null && !run.isBlank()
                    ? whatIfs.onRun(user.getName(), run, baseline, pack, locale)
                    : whatIfs.onUpload(user.getName(), year == null ? runs.defaultYear() : year, files, baseline,
                    pack, locale);
            return "redirect:/whatif/" + whatIf.id();
        } catch (RunRejectedException e) {
            response.setStatus(e.failure().status().value());
            model.addAttribute("failure", e.failure());
            addForm(model, run, year == null ? runs.defaultYear() : year);
            return "whatif/form";
        }
    }

    private void addForm(Model model, String run, int year) {
        model.addAttribute("kept", whatIfs.runsWithInput());
        model.addAttribute("selectedRun", run);
        model.addAttribute("years", runs.years());
        model.addAttribute("selectedYear", year);
        model.addAttribute("baselines", runs.years().stream().flatMap(y -> whatIfs.baselines(y.year()).stream())
                .distinct().toList());
    }

    @GetMapping("/whatif/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        WhatIf whatIf = whatIfs.get(id);
        PackDiff diff = whatIf.diff();
        List<PackDiff.SubjectChange> changes = diff.changes();
        int current = Math.max(0, page);
        int from = Math.min(changes.size(), current * CHANGES_PER_PAGE);
        int to = Math.min(changes.size(), from + CHANGES_PER_PAGE);
        model.addAttribute("whatIf", whatIf);
        model.addAttribute("diff", diff);
        model.addAttribute("views", DiffView.of(diff));
        model.addAttribute("changes", new ResultPage<>(changes.subList(from, to), current, CHANGES_PER_PAGE,
                changes.size()));
        model.addAttribute("summary", diff.summary().stream()
                .filter(s -> s.changed() && s.a() != null && s.b() != null).toList());
        model.addAttribute("targets", diff.targets().stream().filter(PackDiff.TargetChange::changed).toList());
        return "whatif/result";
    }

    @GetMapping("/whatif/{id}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String name) {
        Path path = whatIfs.file(id, name);
        MediaType type = name.endsWith(".html") ? MediaType.TEXT_HTML : new MediaType("text", "csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(path.getFileName().toString()).build().toString())
                .body(new FileSystemResource(path));
    }
}
