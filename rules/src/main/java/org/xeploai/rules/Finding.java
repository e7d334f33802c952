package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

import java.util.Objects;

/**
 * One conclusion of one rule about one subject, with the rule's id and legal reference and the input values it used.
 *
 * @param level      the level an {@code UNMET} or {@code CAP} finding is about; KHTNV for a knock-out; otherwise null
 * @param detail     the input values the rule read, as {@code column=value} pairs, or the numbers behind a step
 * @param messageKey for findings the engine itself adds (the level's clause, the quota, a decision): the message
 *                   that says in words what happened, with the finding's level as argument; null for rules' findings,
 *                   whose words are their title
 */
public record Finding(SubjectType subjectType, String subjectId, FindingKind kind, Level level,
                      String ruleId, String reference, String detail, String messageKey) {

    public Finding(SubjectType subjectType, String subjectId, FindingKind kind, Level level, String ruleId,
                   String reference, String detail) {
        this(subjectType, subjectId, kind, level, ruleId, reference, detail, null);
    }

    public Finding {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** The same finding citing its reference as printed for the evaluation year. */
    public Finding withReference(String citedReference) {
        return new Finding(subjectType, subjectId, kind, level, ruleId, citedReference, detail, messageKey);
    }
}
