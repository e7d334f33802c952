package org.xeploai.webui.explain;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xeploai.webui.results.SubjectKind;
import org.xeploai.webui.run.RunService;

import java.util.Locale;

/** One subject's explanation: findings, legal references, quota and decisions. */
@Controller
class ExplainController {
    private final RunService runs;
    private final ExplainService explanations;

    ExplainController(RunService runs, ExplainService explanations) {
        this.runs = runs;
        this.explanations = explanations;
    }

    @GetMapping("/runs/{id}/explain/{kind}/{subjectId}")
    String explain(@PathVariable String id, @PathVariable String kind, @PathVariable String subjectId, Locale locale,
                   Model model) {
        model.addAttribute("run", runs.get(id));
        model.addAttribute("kind", SubjectKind.parse(kind));
        model.addAttribute("explanations", explanations.explain(id, kind, subjectId, locale));
        return "runs/explain";
    }
}
