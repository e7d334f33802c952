package org.xeploai.webui.run;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.results.Summaries;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The runs: the list with the upload form, a run's page (accounting of rows, refused rows, headline figures, files,
 * progress while it runs) and its downloads.
 */
@Controller
class RunController {
    static final int RUNS_PER_PAGE = 20;
    static final int REJECTED_PER_PAGE = 100;
    /** A short run goes straight to its results; a longer one shows its progress. */
    static final Duration WAIT_BEFORE_PROGRESS = Duration.ofSeconds(3);

    private final RunService runs;
    private final ResultRepository results;
    private final Summaries summaries;
    private final Downloads downloads;

    RunController(RunService runs, ResultRepository results, Summaries summaries, Downloads downloads) {
        this.runs = runs;
        this.results = results;
        this.summaries = summaries;
        this.downloads = downloads;
    }

    @GetMapping("/runs")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String error, Model model) {
        if (UploadLimitAdvice.TOO_LARGE.equals(error)) {
            model.addAttribute("tooLarge", true);
        }
        addList(model, page, runs.defaultYear());
        return "runs/list";
    }

    @PostMapping("/runs")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestParam int year,
                  Principal user, Locale locale, Model model, HttpServletResponse response) {
        try {
            Run run = runs.start(user.getName(), year, files, locale);
            runs.await(run.id(), WAIT_BEFORE_PROGRESS);
            return "redirect:/runs/" + run.id();
        } catch (RunRejectedException e) {
            response.setStatus(e.failure().status().value());
            model.addAttribute("failure", e.failure());
            addList(model, 0, year);
            return "runs/list";
        }
    }

    private void addList(Model model, int page, int selectedYear) {
        int current = Math.max(0, page);
        model.addAttribute("runs", new ResultPage<>(runs.page(current, RUNS_PER_PAGE), current, RUNS_PER_PAGE, runs.count()));
        model.addAttribute("years", runs.years());
        model.addAttribute("selectedYear", selectedYear);
    }

    @GetMapping("/runs/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "0") int rejectedPage, Model model) {
        Run run = runs.get(id);
        model.addAttribute("run", run);
        model.addAttribute("progress", runs.progress(run.id()).orElse(null));
        model.addAttribute("inputs", runs.inputs(run.id()));
        model.addAttribute("files", runs.files(run.id()));
        model.addAttribute("accounting", results.accounting(run.id()));
        model.addAttribute("rejected", results.rejected(run.id(), Math.max(0, rejectedPage), REJECTED_PER_PAGE));
        model.addAttribute("warnings", results.warnings(run.id()));
        model.addAttribute("headline", summaries.headline(run.id()));
        return "runs/run";
    }

    /** What the run page polls while the run is going on. */
    public record RunStatus(String state, String phase, long done, long total, int percent) {
    }

    @GetMapping(value = "/runs/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RunStatus status(@PathVariable String id) {
        Run run = runs.get(id);
        return runs.progress(run.id())
                .map(p -> new RunStatus(run.state().name(), p.phase().name(), p.done(), p.total(), p.percent()))
                .orElseGet(() -> new RunStatus(run.state().name(), null, 0, 0, run.succeeded() ? 100 : 0));
    }

    @GetMapping("/runs/{id}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String name) {
        return downloads.file(id, name);
    }

    @GetMapping("/runs/{id}/files.zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable String id) {
        return downloads.zip(id);
    }
}
