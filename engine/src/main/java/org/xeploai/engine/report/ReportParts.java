package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.PastLevel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a run's results, or those of a part of the run, give the report before the whole is known: the awards and
 * notices (each with the line of its subject, which places it among those of other parts), and per grassroots
 * organization the previous year's levels and those not classified. A part holds whole approving authorities (the
 * candidates for an award are ranked per authority); parts of disjoint sets of authorities add up to the whole run's
 * ({@link #add}), so a run split by approving authority keeps these, never its results.
 */
public final class ReportParts {
    private static final String MEMBERS = "members.csv";
    private static final String ORGANIZATIONS = "organizations.csv";
    /** Notices come members first, then organizations, then collectives, each in input order. */
    private static final Comparator<AwardNotice> ORDER_OF_NOTICES = Comparator.comparingInt(n -> switch (n.subjectType()) {
        case Awards.SUBJECT_MEMBER -> 0;
        case Awards.SUBJECT_COLLECTIVE -> 2;
        default -> 1;
    });

    private final InputOrder<Award> awards = new InputOrder<>(Awards.ORDER_OF_AWARDS);
    private final InputOrder<AwardNotice> notices = new InputOrder<>(ORDER_OF_NOTICES);
    private final YearOverYear yearOverYear;
    private final NotClassified notClassified;
    private boolean historyGiven;

    private ReportParts(YearOverYear yearOverYear, NotClassified notClassified) {
        this.yearOverYear = yearOverYear;
        this.notClassified = notClassified;
    }

    /**
     * @param input the input the results were classified from: its organizations (with every superior above them),
     *              its history and the lines of its rows
     */
    public static ReportParts of(int year, InputData input, List<SubjectResult> members,
                                 List<SubjectResult> organizations, List<SubjectResult> collectives) {
        List<PastLevel> history = input.history().stream().filter(p -> p.year() < year).toList();
        ReportParts parts = new ReportParts(YearOverYear.count(year, history, members, organizations, collectives),
                NotClassified.of(members, organizations, collectives));
        parts.historyGiven = !history.isEmpty();
        Awards.Result proposed = Awards.propose(year, input.organizations(), members, organizations, collectives, history);
        Map<String, String> ledByCollective = new HashMap<>();
        collectives.forEach(c -> ledByCollective.put(c.subjectId(), c.orgId()));
        parts.awards.addPart(placed(proposed.awards(), a -> line(input, a.subjectType(),
                a.subjectType().equals(Awards.SUBJECT_COLLECTIVE) ? a.orgId() : a.subjectId())));
        parts.notices.addPart(placed(proposed.notices(), n -> line(input, n.subjectType(),
                n.subjectType().equals(Awards.SUBJECT_COLLECTIVE) ? ledByCollective.get(n.subjectId()) : n.subjectId())));
        return parts;
    }

    /** Adds the parts of later approving authorities. */
    public void add(ReportParts later) {
        awards.addParts(later.awards);
        notices.addParts(later.notices);
        yearOverYear.add(later.yearOverYear);
        notClassified.add(later.notClassified);
        historyGiven |= later.historyGiven;
    }

    List<Award> awards() {
        return historyGiven ? awards.rows() : Awards.withoutStreakNotes(awards.rows());
    }

    List<AwardNotice> notices() {
        return notices.rows();
    }

    List<YearOverYearRow> yearOverYear(List<SummaryRow> summary, Scopes scopes) {
        return yearOverYear.rows(summary, scopes);
    }

    List<NotClassifiedRow> notClassified(Scopes scopes) {
        return notClassified.rows(scopes);
    }

    /** Whether any part had earlier years' levels. */
    boolean historyGiven() {
        return historyGiven;
    }

    private static <T> List<InputOrder.Placed<T>> placed(List<T> rows, Function<T, Long> line) {
        return rows.stream().map(r -> new InputOrder.Placed<>(r, line.apply(r))).toList();
    }

    /** A subject's line: a member's in members.csv, an organization's (or the one a collective leads) in organizations.csv. */
    private static long line(InputData input, String subjectType, String id) {
        return input.lineOf(subjectType.equals(Awards.SUBJECT_MEMBER) ? MEMBERS : ORGANIZATIONS, id);
    }
}
