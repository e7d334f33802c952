package org.xeploai.engine.report;

import org.xeploai.rules.ClassificationStatus;

import java.util.List;

/**
 * Subjects of one scope and type that were not classified (or wait for the authority), counted by the rule that
 * said so (C-EXEMPT, C-NEW, C-NEWORG, C-TEMP, C-PENDING, a quota tie...).
 *
 * @param subjectIds the subjects, in input order
 */
public record NotClassifiedRow(String scopeOrgId, String subject, ClassificationStatus status, String ruleId,
                               String reference, List<String> subjectIds) {

    public NotClassifiedRow {
        subjectIds = List.copyOf(subjectIds);
    }

    public int count() {
        return subjectIds.size();
    }
}
