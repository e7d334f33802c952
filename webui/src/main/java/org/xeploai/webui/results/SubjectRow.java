package org.xeploai.webui.results;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;

/**
 * One member, organization or collective of a run as the lists show it.
 *
 * @param seq      its place in the engine's output (input order), unique within the run and type
 * @param orgId    for a member its cell, for an organization its parent, for a collective the organization it leads
 * @param level    the final level; null unless classified
 * @param decision the authority's decision about it, if any
 */
public record SubjectRow(SubjectType type, int seq, String subjectId, String name, String orgId, String orgType,
                         String grassrootsId, ClassificationStatus status, Level proposedLevel, Level computedLevel,
                         Level level, boolean quotaDemoted, SubjectDecision decision) {

    public boolean classified() {
        return status == ClassificationStatus.CLASSIFIED;
    }

    /** The decision of the approving authority, as decisions.csv gave it. */
    public record SubjectDecision(Level level, String reason, String decidedBy, Integer rank, Boolean exemplary) {
    }
}
