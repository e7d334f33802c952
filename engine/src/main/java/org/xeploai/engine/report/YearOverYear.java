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
 * are not in it, those new this year are counted in {@code notFound}. A member counts once, at the official cell:
 * temporary-activity rows are left out.
 * <p>
 * The previous levels are counted per grassroots organization and summary subject, then added up per scope, so
 * that counts of disjoint sets of grassroots organizations add up ({@link #add}).
 */
final class YearOverYear {
    private static final int NOT_FOUND = 4;

    private final int previousYear;
    /** Per summary subject and grassroots organization: the previous year's levels by ordinal, then those not found. */
    private final Map<String, int[]> counts = new HashMap<>();
    private boolean previousGiven;

    private YearOverYear(int year) {
        this.previousYear = year - 1;
    }

    /** @param history the levels of earlier years about the results' subjects (those of other years are ignored) */
    static YearOverYear count(int year, List<PastLevel> history, List<SubjectResult> members,
                              List<SubjectResult> organizations, List<SubjectResult> collectives) {
        YearOverYear y = new YearOverYear(year);
        Map<String, Level> previous = new HashMap<>();
        for (PastLevel p : history) {
            if (p.year() == y.previousYear) {
                previous.put(p.subjectType() + ":" + p.subjectId(), p.level());
            }
        }
        y.previousGiven = !previous.isEmpty();
        Scopes.forEach(members, organizations, collectives, (subject, grassrootsId, r) -> {
            if (r.subjectType() == SubjectType.MEMBER && Scopes.temporaryRow(r)) {
                return;
            }
            Level level = previous.get(historyType(subject) + ":" + r.subjectId());
            y.counts.computeIfAbsent(key(subject, grassrootsId), k -> new int[NOT_FOUND + 1])
                    [level == null ? NOT_FOUND : level.ordinal()]++;
        });
        return y;
    }

    /** Adds the counts of other grassroots organizations. */
    void add(YearOverYear other) {
        other.counts.forEach((key, c) -> {
            int[] mine = counts.computeIfAbsent(key, k -> new int[NOT_FOUND + 1]);
            for (int i = 0; i < c.length; i++) {
                mine[i] += c[i];
            }
        });
        previousGiven |= other.previousGiven;
    }

    /** One row per summary row; none when no subject has a level of the previous year. */
    List<YearOverYearRow> rows(List<SummaryRow> summary, Scopes scopes) {
        if (!previousGiven) {
            return List.of();
        }
        List<YearOverYearRow> out = new ArrayList<>();
        for (SummaryRow current : summary) {
            int[] c = new int[NOT_FOUND + 1];
            for (String g : scopes.grassroots(current.scopeOrgId(), current.subject())) {
                int[] own = counts.getOrDefault(key(current.subject(), g), new int[NOT_FOUND + 1]);
                for (int i = 0; i < c.length; i++) {
                    c[i] += own[i];
                }
            }
            int found = c[0] + c[1] + c[2] + c[3];
            SummaryRow before = new SummaryRow(current.scopeOrgId(), current.subject(), found, found, 0, 0,
                    c[0], c[1], c[2], c[3]);
            out.add(new YearOverYearRow(current.scopeOrgId(), current.subject(), previousYear, before, current,
                    c[NOT_FOUND]));
        }
        return out;
    }

    private static SubjectType historyType(String subject) {
        return switch (subject) {
            case Awards.SUBJECT_MEMBER -> SubjectType.MEMBER;
            case Awards.SUBJECT_COLLECTIVE -> SubjectType.COLLECTIVE;
            default -> SubjectType.ORGANIZATION;
        };
    }

    private static String key(String subject, String grassrootsId) {
        return subject + "|" + grassrootsId;
    }
}
