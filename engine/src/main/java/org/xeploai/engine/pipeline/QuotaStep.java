package org.xeploai.engine.pipeline;

import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.Subject;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quota on HTXSNV within one quota group, together with the authority's decisions about the group's subjects
 * (contract, "The quota step"; domain specification §5):
 * <ol>
 *   <li>a decision that names a level applies and is recorded beside the computed level; one about a subject that is
 *       not classified is refused;</li>
 *   <li>N = the share of the base, rounded as the pack says; candidates named HTXSNV by the authority keep it first;</li>
 *   <li>the remaining places go by the authority's {@code rank} (a decision row with a rank and level HTXSNV about a
 *       candidate is its order among the candidates, not an override), then, where the regulation scores, by score
 *       and share of tasks exceeded;</li>
 *   <li>candidates that cannot be told apart at the boundary become PENDING; those beyond it become HTTNV with
 *       {@code quota_demoted}. Under WARN, levels stay and every candidate of a group over its quota is flagged.</li>
 * </ol>
 * A demotion turns HTXSNV into HTTNV, which changes none of the shares a parent's conditions count.
 */
final class QuotaStep {
    static final String DECISION_RULE = "DECISION";
    private final QuotaPolicy policy;
    private final Map<String, Decision> decisions;

    /** @param decisions the decisions about this group's subject type, by subject id */
    QuotaStep(QuotaPolicy policy, Map<String, Decision> decisions) {
        this.policy = policy;
        this.decisions = decisions;
    }

    /** Applies decisions and quota to one group; returns the decision rows refused. */
    List<RejectedRow> apply(List<Outcome> group) {
        List<RejectedRow> refused = new ArrayList<>();
        List<Outcome> ranked = new ArrayList<>();
        for (Outcome o : group) {
            Decision d = decisions.get(o.subject.subjectId());
            if (d == null) {
                continue;
            }
            if (o.status == ClassificationStatus.NOT_CLASSIFIED) {
                refused.add(new RejectedRow("decisions.csv", d.line(), "subject_id", d.subjectId(),
                        "decision.not_classified", List.of(d.subjectId())));
                continue;
            }
            o.decision = d;
            if (isRanking(o, d)) {
                ranked.add(o);
            } else {
                o.status = ClassificationStatus.CLASSIFIED;
                o.level = d.level();
                o.findings.add(decisionFinding(o, d));
            }
        }
        List<Outcome> namedExcellent = group.stream()
                .filter(o -> o.decision != null && !ranked.contains(o) && o.level == Level.HTXSNV).toList();
        List<Outcome> candidates = group.stream()
                .filter(o -> (o.decision == null || ranked.contains(o)) && o.classifiedAs(Level.HTXSNV)).toList();
        int good = (int) group.stream().filter(o -> o.classifiedAs(Level.HTTNV)).count();
        boolean exceptional = group.stream().anyMatch(o -> o.decision != null && o.decision.quotaException());
        int total = namedExcellent.size() + candidates.size();
        int maximum = policy.maximum(total, good, exceptional);
        String numbers = "candidates=" + total + ", base=" + (total + good) + " ("
                + (policy.goodOrAboveBase() ? "GOOD_OR_ABOVE" : "GOOD_ONLY") + "), share="
                + (exceptional && policy.exceptionalShare() != null ? policy.exceptionalShare() : policy.share())
                + ", N=" + maximum;
        if (namedExcellent.size() > maximum) {
            namedExcellent.forEach(o -> o.findings.add(quotaFinding(o, FindingKind.WARNING, Level.HTXSNV,
                    "finding.quota.decisions_over", "named=" + namedExcellent.size() + ", " + numbers)));
        }
        if (total <= maximum) {
            return refused;
        }
        if (!policy.enforce()) {
            candidates.forEach(o -> o.findings.add(quotaFinding(o, FindingKind.WARNING, Level.HTXSNV,
                    "finding.quota.over_warn", numbers)));
            return refused;
        }
        int places = Math.max(0, maximum - namedExcellent.size());
        for (List<Outcome> tier : tiers(candidates)) {
            if (tier.size() <= places) {
                places -= tier.size();
                tier.forEach(o -> o.findings.add(quotaFinding(o, FindingKind.NOTE, Level.HTXSNV, "finding.quota.kept", numbers)));
            } else if (places > 0) {
                int open = places;
                places = 0;
                tier.forEach(o -> {
                    o.status = ClassificationStatus.PENDING;
                    o.level = null;
                    o.findings.add(quotaFinding(o, FindingKind.PENDING, Level.HTXSNV, "finding.quota.tie",
                            "tied=" + tier.size() + ", places=" + open + ", " + numbers));
                });
            } else {
                tier.forEach(o -> {
                    o.level = Level.HTTNV;
                    o.quotaDemoted = true;
                    o.findings.add(quotaFinding(o, FindingKind.CAP, Level.HTTNV, "finding.quota.demoted", numbers));
                });
            }
        }
        return refused;
    }

    private static boolean isRanking(Outcome o, Decision d) {
        return d.rank() != null && d.level() == Level.HTXSNV && o.classifiedAs(Level.HTXSNV);
    }

    /** Candidates in order, grouped where nothing tells them apart. */
    private List<List<Outcome>> tiers(List<Outcome> candidates) {
        Comparator<Outcome> order = Comparator.comparing(o -> o.decision == null ? Integer.MAX_VALUE : o.decision.rank());
        if (policy.rankByScore()) {
            order = order.thenComparing(QuotaStep::score, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(QuotaStep::exceededShare, Comparator.nullsLast(Comparator.reverseOrder()));
        }
        TreeMap<Outcome, List<Outcome>> tiers = new TreeMap<>(order);
        for (Outcome o : candidates) {
            tiers.computeIfAbsent(o, k -> new ArrayList<>()).add(o);
        }
        return new ArrayList<>(tiers.values());
    }

    private static BigDecimal score(Outcome o) {
        return o.subject.score();
    }

    private static BigDecimal exceededShare(Outcome o) {
        return o.subject instanceof Member m && m.tasks() != null ? m.tasks().exceededShare() : null;
    }

    private Finding quotaFinding(Outcome o, FindingKind kind, Level level, String messageKey, String numbers) {
        Subject s = o.subject;
        return new Finding(s.subjectType(), s.subjectId(), kind, level, policy.clause().ruleId(),
                policy.clause().reference(), numbers, messageKey);
    }

    private static Finding decisionFinding(Outcome o, Decision d) {
        String detail = "level=" + d.level() + (o.computedLevel() == null ? "" : ", computed_level=" + o.computedLevel())
                + (d.decidedBy() == null ? "" : ", decided_by=" + d.decidedBy())
                + (d.reason() == null ? "" : ", reason=" + d.reason());
        return new Finding(o.subject.subjectType(), o.subject.subjectId(), FindingKind.NOTE, d.level(), DECISION_RULE,
                null, detail, "finding.decision");
    }
}
