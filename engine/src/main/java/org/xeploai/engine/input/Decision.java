package org.xeploai.engine.input;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

/**
 * A decision of the approving authority from {@code decisions.csv}: the level it sets for one subject, and
 * optionally its order among quota candidates, its choice as "tiêu biểu" (exemplary) and its leave to use the
 * exceptional quota share.
 */
public record Decision(SubjectType subjectType, String subjectId, Level level, String reason, String decidedBy,
                       Integer rank, boolean exemplary, boolean quotaException, long line) {
}
