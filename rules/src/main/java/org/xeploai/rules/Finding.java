package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

import java.util.Objects;

/**
 * One conclusion of one rule about one subject, with the rule's id and legal reference and the input values it used.
 *
 * @param level  the level an {@code UNMET} or {@code CAP} finding is about; KHTNV for a knock-out; otherwise null
 * @param detail the input values the rule read, as {@code column=value} pairs
 */
public record Finding(SubjectType subjectType, String subjectId, FindingKind kind, Level level,
                      String ruleId, String reference, String detail) {

    public Finding {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
