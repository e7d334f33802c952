package org.xeploai.engine;

import org.xeploai.engine.input.Decision;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.util.List;

/**
 * The outcome for one member, organization or collective: the level the rules compute, the final level after the
 * quota and any decision, and every finding behind them, in order (the rules, then the quota step, then the decision).
 *
 * @param orgId         for a member, the cell; for an organization, its parent; for a collective, the organization it leads
 * @param orgType       the organization's type; null for members and collectives
 * @param grassrootsId  the grassroots organization the subject belongs to (itself for a grassroots organization)
 * @param level         the final level; null unless {@code status} is CLASSIFIED
 * @param decision      the authority's decision about this subject, if any
 */
public record SubjectResult(SubjectType subjectType, String subjectId, String name, String orgId, OrgType orgType,
                            String grassrootsId, ClassificationStatus status, Level proposedLevel, Level computedLevel,
                            Level level, boolean quotaDemoted, List<Finding> findings, Decision decision) {

    public SubjectResult {
        findings = List.copyOf(findings);
    }

    /** The findings that explain the level (everything but warnings). */
    public List<Finding> reasons() {
        return findings.stream().filter(f -> f.kind() != FindingKind.WARNING).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.kind() == FindingKind.WARNING).toList();
    }
}
