package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Those not classified, and those waiting for the authority, per superior committee and subject type, counted by
 * the rule that said so: the first {@code NOT_CLASSIFIED} (or {@code PENDING}) finding of each subject.
 * <p>
 * They are kept per grassroots organization and summary subject, in input order, and gathered per scope at the
 * end, so that those of disjoint sets of grassroots organizations add up ({@link #add}) without the results.
 */
final class NotClassified {
    static final List<String> SUBJECTS = List.of(Awards.SUBJECT_GRASSROOTS_ORG, Awards.SUBJECT_CELL,
            Awards.SUBJECT_MEMBER, Awards.SUBJECT_COLLECTIVE);
    private static final List<ClassificationStatus> STATUSES = List.of(ClassificationStatus.NOT_CLASSIFIED,
            ClassificationStatus.PENDING);

    /** A subject not classified (or pending) and the rule that said so. */
    private record Entry(ClassificationStatus status, String ruleId, String reference, String subjectId) {
    }

    /** Per summary subject and grassroots organization, in input order. */
    private final Map<String, List<Entry>> entries = new HashMap<>();

    private NotClassified() {
    }

    static NotClassified of(List<SubjectResult> members, List<SubjectResult> organizations,
                            List<SubjectResult> collectives) {
        NotClassified n = new NotClassified();
        // temporary-activity rows are not classified here by design (C-TEMP): they are counted too, as summary.csv
        // counts them
        Scopes.forEach(members, organizations, collectives, (subject, grassrootsId, r) -> {
            if (STATUSES.contains(r.status())) {
                FindingKind kind = r.status() == ClassificationStatus.PENDING ? FindingKind.PENDING : FindingKind.NOT_CLASSIFIED;
                Finding why = r.findings().stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
                n.entries.computeIfAbsent(key(subject, grassrootsId), k -> new ArrayList<>()).add(new Entry(r.status(),
                        why == null ? "" : why.ruleId(), why == null ? "" : why.reference(), r.subjectId()));
            }
        });
        return n;
    }

    /** Adds those of other grassroots organizations. */
    void add(NotClassified other) {
        other.entries.forEach((key, list) -> entries.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
    }

    List<NotClassifiedRow> rows(Scopes scopes) {
        List<NotClassifiedRow> out = new ArrayList<>();
        for (Scope scope : scopes.superiors()) {
            for (String subject : SUBJECTS) {
                Map<String, List<String>> ids = new LinkedHashMap<>();
                Map<String, Entry> first = new LinkedHashMap<>();
                for (ClassificationStatus status : STATUSES) {
                    for (String g : scopes.grassroots(scope.orgId(), subject)) {
                        for (Entry e : entries.getOrDefault(key(subject, g), List.of())) {
                            if (e.status() == status) {
                                String key = status + "|" + e.ruleId();
                                ids.computeIfAbsent(key, k -> new ArrayList<>()).add(e.subjectId());
                                first.putIfAbsent(key, e);
                            }
                        }
                    }
                }
                ids.forEach((key, list) -> {
                    Entry e = first.get(key);
                    out.add(new NotClassifiedRow(scope.orgId(), subject, e.status(), e.ruleId(), e.reference(), list));
                });
            }
        }
        return out;
    }

    private static String key(String subject, String grassrootsId) {
        return subject + "|" + grassrootsId;
    }
}
