package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

import java.util.List;

/**
 * What the rules give one subject before the quota and any decision: its status, the level they compute
 * (null when not classified) and the findings behind it, the level's own clause first.
 */
public record Verdict(SubjectType subjectType, String subjectId, ClassificationStatus status, Level computedLevel,
                      List<Finding> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
