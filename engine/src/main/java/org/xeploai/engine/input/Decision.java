package org.xeploai.engine.input;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

/**
 * A decision of the approving authority from {@code decisions.csv}: the level it sets for one subject, and
 * optionally its order among quota candidates, its choice as "tiêu biểu" (exemplary) and its leave to use the
 * exceptional quota share. {@code GRASSROOTS_ORG} and {@code CELL} in the file are read as {@code ORGANIZATION}.
 *
 * @param rank  the authority's order among quota candidates, 1 first; {@code null} when not given
 * @param line  the physical line of the row in {@code decisions.csv}
 */
public record Decision(SubjectType subjectType, String subjectId, Level level, String reason, String decidedBy,
                       Integer rank, boolean exemplary, boolean quotaException, long line) {

    /** The same decision, read at another line. */
    public Decision withLine(long newLine) {
        return new Decision(subjectType, subjectId, level, reason, decidedBy, rank, exemplary, quotaException, newLine);
    }
}
