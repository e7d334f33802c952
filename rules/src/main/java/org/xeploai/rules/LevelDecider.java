package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind)
            .thenComparingInt(f -> f.level() == null ? -1 : f.level().ordinal())
            .thenComparing(Finding::ruleId);

    private final RulePack pack;

    public LevelDecider(RulePack pack) {
        this.pack = pack;
    }

    public Verdict decide(Subject subject, List<Finding> findings) {
        Map<FindingKind, List<Finding>> byKind = byKind(findings);
        List<Finding> notClassified = ofKind(byKind, FindingKind.NOT_CLASSIFIED);
        if (!notClassified.isEmpty()) {
            List<Finding> reasons = new ArrayList<>(notClassified);
            reasons.addAll(ofKind(byKind, FindingKind.NOTE));
            reasons.addAll(ofKind(byKind, FindingKind.WARNING));
            return new Verdict(subject.subjectType(), subject.subjectId(), ClassificationStatus.NOT_CLASSIFIED, null, reasons);
        }
        Level reached = Level.HTXSNV;
        for (Finding unmet : ofKind(byKind, FindingKind.UNMET)) {
            if (reached != null && reached.atLeast(unmet.level())) {
                reached = below(unmet.level());
            }
        }
        List<Finding> reasons = new ArrayList<>();
        List<Finding> knockouts = ofKind(byKind, FindingKind.KNOCKOUT);
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
        for (Finding cap : ofKind(byKind, FindingKind.CAP)) {
            level = Level.worse(level, cap.level());
        }
        for (Finding unmet : ofKind(byKind, FindingKind.UNMET)) {
            reasons.add(unmet);
        }
        reasons.addAll(knockouts);
        reasons.addAll(ofKind(byKind, FindingKind.CAP));
        reasons.addAll(ofKind(byKind, FindingKind.NOTE));
        List<Finding> pending = ofKind(byKind, FindingKind.PENDING);
        reasons.addAll(pending);
        reasons.addAll(ofKind(byKind, FindingKind.WARNING));
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

    /**
     * The findings of each kind, each kind's ordered by level, then rule. Every subject of a run comes through here,
     * so the findings are sorted and split by kind once, not filtered again for each kind.
     */
    private static Map<FindingKind, List<Finding>> byKind(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Map<FindingKind, List<Finding>> byKind = new EnumMap<>(FindingKind.class);
        for (Finding f : sorted) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        return byKind;
    }

    private static List<Finding> ofKind(Map<FindingKind, List<Finding>> byKind, FindingKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }
}
