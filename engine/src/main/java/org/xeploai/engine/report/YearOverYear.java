package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Level;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The previous year beside this one, for every scope and subject type of {@code summary.csv}, when
 * {@code history.csv} holds levels of the year before. {@code history.csv} names subjects but not where they stood,
 * so the previous year is counted over this run's subjects of the scope: members and organizations that left since
 * are not in it, those new this year are counted in {@code notFound}.
 */
final class YearOverYear {

    private YearOverYear() {
    }

    static List<YearOverYearRow> compare(int year, List<PastLevel> history, List<SummaryRow> summary, Scopes scopes,
                                         List<SubjectResult> members, List<SubjectResult> organizations,
                                         List<SubjectResult> collectives) {
        int previousYear = year - 1;
        Map<String, Level> previous = new HashMap<>();
        for (PastLevel p : history) {
            if (p.year() == previousYear) {
                previous.put(p.subjectType() + ":" + p.subjectId(), p.level());
            }
        }
        if (previous.isEmpty()) {
            return List.of();
        }
        List<YearOverYearRow> out = new ArrayList<>();
        Scopes.Grouped grouped = new Scopes.Grouped(members, organizations, collectives);
        for (SummaryRow current : summary) {
            SubjectType type = switch (current.subject()) {
                case Awards.SUBJECT_MEMBER -> SubjectType.MEMBER;
                case Awards.SUBJECT_COLLECTIVE -> SubjectType.COLLECTIVE;
                default -> SubjectType.ORGANIZATION;
            };
            int[] levels = new int[4];
            int found = 0;
            int notFound = 0;
            for (SubjectResult r : scopes.in(current.scopeOrgId(), current.subject(), grouped)) {
                Level level = previous.get(type + ":" + r.subjectId());
                if (level == null) {
                    notFound++;
                } else {
                    found++;
                    levels[level.ordinal()]++;
                }
            }
            SummaryRow before = new SummaryRow(current.scopeOrgId(), current.subject(), found, found, 0, 0,
                    levels[0], levels[1], levels[2], levels[3]);
            out.add(new YearOverYearRow(current.scopeOrgId(), current.subject(), previousYear, before, current, notFound));
        }
        return out;
    }
}
