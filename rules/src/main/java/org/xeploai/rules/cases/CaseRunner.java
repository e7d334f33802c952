package org.xeploai.rules.cases;

import org.xeploai.model.EvaluationPeriod;
import org.xeploai.model.Subject;
import org.xeploai.rules.Finding;
import org.xeploai.rules.LevelDecider;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs the cases that ship beside a pack's rule files and says which fail and why. */
public final class CaseRunner {
    private final RulePack pack;
    private final LevelDecider decider;

    public CaseRunner(RulePack pack) {
        this.pack = pack;
        this.decider = new LevelDecider(pack);
    }

    /**
     * Every case of every rule file of the pack; a rule file without a cases file yields none (hygiene reports it).
     * A rule file shared between packs ({@code ../common/x.drl}) holds the legal examples of every regulation that
     * includes it, each dated by its evaluation year: a pack runs those of the years it covers.
     */
    public List<RuleCase> cases() {
        List<RuleCase> out = new ArrayList<>();
        for (String ruleFile : pack.descriptor().ruleFiles()) {
            String casesFile = RulePack.casesFileOf(ruleFile);
            String text = pack.sources().get(casesFile);
            if (text != null) {
                boolean shared = ruleFile.startsWith("../");
                CaseFileReader.read(text, pack.files().describe(casesFile)).stream()
                        .filter(c -> !shared || pack.descriptor().years().contains(c.year()))
                        .forEach(out::add);
            }
        }
        return out;
    }

    public List<CaseResult> runAll() {
        return cases().stream().map(this::run).toList();
    }

    public CaseResult run(RuleCase c) {
        Subject subject = (Subject) c.facts().get(0);
        List<Finding> findings;
        try {
            findings = pack.evaluate(c.facts(), EvaluationPeriod.of(c.year()), pack.parameters().with(c.parameters()))
                    .stream()
                    .filter(f -> f.subjectType() == subject.subjectType() && f.subjectId().equals(subject.subjectId()))
                    .toList();
        } catch (RuntimeException e) {
            return new CaseResult(c, false, "the rules failed to run: " + e.getMessage());
        }
        Verdict verdict = decider.decide(subject, findings);
        List<String> failures = new ArrayList<>();
        if (verdict.status() != c.expectedStatus()) {
            failures.add("status " + verdict.status() + ", expected " + c.expectedStatus());
        }
        if (c.expectedLevel() != null && !Objects.equals(verdict.computedLevel(), c.expectedLevel())) {
            failures.add("level " + verdict.computedLevel() + ", expected " + c.expectedLevel());
        }
        for (String rule : c.expectedFired()) {
            if (!verdict.fired(rule)) {
                failures.add(rule + " did not fire");
            }
        }
        for (String rule : c.expectedNotFired()) {
            if (verdict.fired(rule)) {
                failures.add(rule + " fired");
            }
        }
        String fired = verdict.reasons().stream().map(Finding::ruleId).distinct().toList().toString();
        return failures.isEmpty() ? new CaseResult(c, true, "")
                : new CaseResult(c, false, String.join("; ", failures) + " (fired: " + fired + ")");
    }
}
