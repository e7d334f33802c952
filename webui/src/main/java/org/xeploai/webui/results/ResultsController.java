package org.xeploai.webui.results;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.xeploai.model.Level;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunService;

/** The results of a run per subject type, filtered and paged; and the summary with its charts. */
@Controller
class ResultsController {
    static final int PAGE_SIZE = 50;

    private final RunService runs;
    private final ResultRepository results;
    private final Summaries summaries;

    ResultsController(RunService runs, ResultRepository results, Summaries summaries) {
        this.runs = runs;
        this.results = results;
        this.summaries = summaries;
    }

    @GetMapping("/runs/{id}/results/{kind}")
    String list(@PathVariable String id, @PathVariable String kind,
                @RequestParam(required = false) String level, @RequestParam(required = false) String org,
                @RequestParam(required = false) Boolean demoted, @RequestParam(required = false) String status,
                @RequestParam(required = false) String orgKind, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Run run = runs.get(id);
        SubjectKind subjects = SubjectKind.parse(kind);
        SubjectFilter filter = SubjectFilter.of(level, org, demoted, status, orgKind, q);
        model.addAttribute("run", run);
        model.addAttribute("kind", subjects);
        model.addAttribute("filter", filter);
        model.addAttribute("results", results.subjects(run.id(), subjects, filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("grassroots", results.grassroots(run.id()));
        model.addAttribute("names", results.organizationNames(run.id()));
        model.addAttribute("levels", Level.values());
        model.addAttribute("statuses", ClassificationStatus.values());
        return "runs/results";
    }

    @GetMapping("/runs/{id}/summary")
    String summary(@PathVariable String id, Model model) {
        Run run = runs.get(id);
        model.addAttribute("run", run);
        model.addAttribute("headline", summaries.headline(run.id()));
        model.addAttribute("scopes", summaries.all(run.id()));
        return "runs/summary";
    }
}
