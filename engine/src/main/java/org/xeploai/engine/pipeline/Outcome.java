package org.xeploai.engine.pipeline;

import org.xeploai.engine.input.Decision;
import org.xeploai.model.Level;
import org.xeploai.model.Subject;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * One subject's state while the pipeline works on it: the rules' verdict, then what the quota step, the authority's
 * decision and a cap flowing down from the organization it heads make of it. Confined to one thread at a time.
 */
final class Outcome {
    final Subject subject;
    final String grassrootsId;
    final Verdict verdict;
    final List<Finding> findings;
    ClassificationStatus status;
    Level level;
    boolean quotaDemoted;
    Decision decision;

    Outcome(Subject subject, String grassrootsId, Verdict verdict) {
        this.subject = subject;
        this.grassrootsId = grassrootsId;
        this.verdict = verdict;
        this.findings = new ArrayList<>(verdict.reasons());
        this.status = verdict.status();
        this.level = verdict.status() == ClassificationStatus.CLASSIFIED ? verdict.computedLevel() : null;
    }

    Level computedLevel() {
        return verdict.computedLevel();
    }

    /** Classified with this final level (decisions and quota applied so far). */
    boolean classifiedAs(Level l) {
        return status == ClassificationStatus.CLASSIFIED && level == l;
    }

    boolean disciplined() {
        return subject instanceof org.xeploai.model.Member m ? m.disciplined()
                : ((org.xeploai.model.Organization) subject).disciplined();
    }
}
