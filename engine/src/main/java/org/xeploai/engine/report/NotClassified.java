package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Those not classified, and those waiting for the authority, per superior committee and subject type, counted by
 * the rule that said so: the first {@code NOT_CLASSIFIED} (or {@code PENDING}) finding of each subject.
 */
final class NotClassified {
    static final List<String> SUBJECTS = List.of(Awards.SUBJECT_GRASSROOTS_ORG, Awards.SUBJECT_CELL,
            Awards.SUBJECT_MEMBER, Awards.SUBJECT_COLLECTIVE);

    private NotClassified() {
    }

    static List<NotClassifiedRow> count(Scopes scopes, List<SubjectResult> members, List<SubjectResult> organizations,
                                        List<SubjectResult> collectives) {
        List<NotClassifiedRow> out = new ArrayList<>();
        Scopes.Grouped grouped = new Scopes.Grouped(members, organizations, collectives);
        for (Scope scope : scopes.superiors()) {
            for (String subject : SUBJECTS) {
                Map<String, List<String>> ids = new LinkedHashMap<>();
                Map<String, String[]> keys = new LinkedHashMap<>();
                for (ClassificationStatus status : List.of(ClassificationStatus.NOT_CLASSIFIED, ClassificationStatus.PENDING)) {
                    // temporary-activity rows are not classified here by design (C-TEMP): they are counted too, as
                    // summary.csv counts them
                    List<SubjectResult> in = scopes.all(scope.orgId(), subject, grouped).stream()
                            .filter(r -> r.status() == status).toList();
                    FindingKind kind = status == ClassificationStatus.PENDING ? FindingKind.PENDING : FindingKind.NOT_CLASSIFIED;
                    for (SubjectResult r : in) {
                        Finding why = r.findings().stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
                        String ruleId = why == null ? "" : why.ruleId();
                        String key = status + "|" + ruleId;
                        ids.computeIfAbsent(key, k -> new ArrayList<>()).add(r.subjectId());
                        keys.putIfAbsent(key, new String[]{status.name(), ruleId, why == null ? "" : why.reference()});
                    }
                }
                ids.forEach((key, list) -> {
                    String[] k = keys.get(key);
                    out.add(new NotClassifiedRow(scope.orgId(), subject, ClassificationStatus.valueOf(k[0]), k[1], k[2], list));
                });
            }
        }
        return out;
    }
}
