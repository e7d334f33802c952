package org.xeploai.webui.explain;

import org.springframework.stereotype.Service;
import org.xeploai.engine.output.FindingText;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.Finding;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.results.SubjectKind;
import org.xeploai.webui.results.SubjectRow;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunService;
import org.xeploai.webui.system.Languages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds a subject's explanation from the stored findings, worded by the engine's {@link FindingText}. */
@Service
public class ExplainService {
    private final RunService runs;
    private final ResultRepository results;

    public ExplainService(RunService runs, ResultRepository results) {
        this.runs = runs;
        this.results = results;
    }

    /** Every row of the subject (a member's temporary-activity row comes after the official one). */
    public List<Explanation> explain(String runId, String kind, String subjectId, Locale locale) {
        Run run = runs.get(runId);
        SubjectKind subjects = SubjectKind.parse(kind);
        List<SubjectRow> rows = results.subject(run.id(), subjects.type(), subjectId);
        if (rows.isEmpty()) {
            throw new RunNotFoundException(runId + "/" + subjects.path() + "/" + subjectId);
        }
        Messages messages = Languages.engineMessages(locale);
        Map<String, String> names = results.organizationNames(run.id());
        List<Explanation> explanations = new ArrayList<>();
        for (SubjectRow row : rows) {
            List<Explanation.Line> lines = new ArrayList<>();
            Set<String> references = new LinkedHashSet<>();
            for (Finding finding : results.findings(run.id(), row)) {
                lines.add(new Explanation.Line(finding.kind().name(),
                        finding.level() == null ? null : finding.level().name(), finding.ruleId(),
                        finding.reference(), FindingText.of(finding, messages), FindingText.what(finding, messages)));
                if (finding.reference() != null && !finding.reference().isBlank()) {
                    references.add(finding.reference().strip());
                }
            }
            explanations.add(new Explanation(row, names.get(row.orgId()), names.get(row.grassrootsId()), lines,
                    List.copyOf(references)));
        }
        return explanations;
    }
}
