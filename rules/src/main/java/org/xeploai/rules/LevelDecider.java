package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a subject's findings into its computed level, in plain Java, the same way for every pack:
 * <ol>
 *   <li>a {@code NOT_CLASSIFIED} finding: not classified, no level;</li>
 *   <li>the highest level none of whose conditions, nor those of any lower level, is {@code UNMET};
 *       none: KHTNV, "does not reach HTNV" (the pack's KHTNV clause);</li>
 *   <li>a {@code KNOCKOUT}: KHTNV;</li>
 *   <li>the lowest {@code CAP} bounds the level;</li>
 *   <li>a {@code PENDING} finding leaves the level to the authority.</li>
 * </ol>
 * The reasons list the clause of the level the conditions reach (none after a knock-out), then why each level
 * above was not reached, then knock-outs, caps, notes and warnings.
 */
public final class LevelDecider {
    private final RulePack pack;

    public LevelDecider(RulePack pack) {
        this.pack = pack;
    }

    public Verdict decide(Subject subject, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::kind).thenComparing(f -> f.level() == null ? -1 : f.level().ordinal())
                .thenComparing(Finding::ruleId));
        List<Finding> notClassified = ofKind(sorted, FindingKind.NOT_CLASSIFIED);
        if (!notClassified.isEmpty()) {
            List<Finding> reasons = new ArrayList<>(notClassified);
            reasons.addAll(ofKind(sorted, FindingKind.NOTE));
            reasons.addAll(ofKind(sorted, FindingKind.WARNING));
            return new Verdict(subject.subjectType(), subject.subjectId(), ClassificationStatus.NOT_CLASSIFIED, null, reasons);
        }
        Level reached = Level.HTXSNV;
        for (Finding unmet : ofKind(sorted, FindingKind.UNMET)) {
            if (reached != null && reached.atLeast(unmet.level())) {
                reached = below(unmet.level());
            }
        }
        List<Finding> reasons = new ArrayList<>();
        List<Finding> knockouts = ofKind(sorted, FindingKind.KNOCKOUT);
        if (reached == null) {
            reasons.add(clauseFinding(subject, Level.KHTNV, FindingKind.KNOCKOUT, "finding.below_htnv"));
        } else if (knockouts.isEmpty()) {
            // under a cap the clause reached still explains why the cap, not the conditions, set the level
            reasons.add(clauseFinding(subject, reached, FindingKind.MEETS, "finding.meets"));
        }
        Level level = reached == null ? Level.KHTNV : reached;
        if (!knockouts.isEmpty()) {
            level = Level.KHTNV;
        }
        for (Finding cap : ofKind(sorted, FindingKind.CAP)) {
            level = Level.worse(level, cap.level());
        }
        for (Finding unmet : ofKind(sorted, FindingKind.UNMET)) {
            reasons.add(unmet);
        }
        reasons.addAll(knockouts);
        reasons.addAll(ofKind(sorted, FindingKind.CAP));
        reasons.addAll(ofKind(sorted, FindingKind.NOTE));
        List<Finding> pending = ofKind(sorted, FindingKind.PENDING);
        reasons.addAll(pending);
        reasons.addAll(ofKind(sorted, FindingKind.WARNING));
        ClassificationStatus status = pending.isEmpty() ? ClassificationStatus.CLASSIFIED : ClassificationStatus.PENDING;
        return new Verdict(subject.subjectType(), subject.subjectId(), status, level, reasons);
    }

    private Finding clauseFinding(Subject subject, Level level, FindingKind kind, String messageKey) {
        LevelClause clause = pack.clause(subject.subjectType(), level);
        return new Finding(subject.subjectType(), subject.subjectId(), kind, level, clause.ruleId(), clause.reference(),
                null, messageKey);
    }

    private static Level below(Level level) {
        return level == Level.HTNV ? null : Level.values()[level.ordinal() + 1];
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
