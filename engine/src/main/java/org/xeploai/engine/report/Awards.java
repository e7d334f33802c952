package org.xeploai.engine.report;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.Decision;
import org.xeploai.model.Level;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The awards a committee proposes after the classification (regulations §7; HD06 item 19 and the guides before it,
 * which had the same tiers):
 * <ul>
 *   <li>members HTXSNV in the year: giấy khen of the grassroots committee or grassroots cell;</li>
 *   <li>members HTXSNV five years running (A-STREAK, {@code history.csv} plus the year's final level): giấy khen of
 *       the standing committee above the grassroots organization (or bằng khen of the provincial one);</li>
 *   <li>organizations, collectives and members the authority selected "HTXSNV tiêu biểu" ({@code exemplary} in
 *       {@code decisions.csv}; A-TIEUBIEU: a selection, never computed); the other HTXSNV organizations and
 *       collectives are listed as ranked candidates, so that the committee chooses with the figures at hand;</li>
 *   <li>organizations "tiêu biểu" this year and HTXSNV the four years before: proposed for the five-year title, with
 *       a note that {@code history.csv} records levels, not the earlier years' selection.</li>
 * </ul>
 * Only subjects whose final level is HTXSNV are proposed; the others a committee may ask about are
 * {@link AwardNotice}s.
 */
final class Awards {
    static final String SUBJECT_MEMBER = "MEMBER";
    static final String SUBJECT_GRASSROOTS_ORG = "GRASSROOTS_ORG";
    static final String SUBJECT_CELL = "CELL";
    static final String SUBJECT_COLLECTIVE = "COLLECTIVE";
    private static final List<AwardKind> ORDER = List.of(AwardKind.HTXSNV_TIEU_BIEU_5_YEARS, AwardKind.HTXSNV_5_YEARS,
            AwardKind.HTXSNV_TIEU_BIEU, AwardKind.CANDIDATE, AwardKind.HTXSNV_YEAR);
    private static final List<String> SUBJECT_ORDER = List.of(SUBJECT_GRASSROOTS_ORG, SUBJECT_CELL, SUBJECT_COLLECTIVE,
            SUBJECT_MEMBER);
    /**
     * The order of {@code awards.csv}: by kind, subject type, then a candidate's authority and rank. Awards this
     * leaves equal stay in input order (members', then organizations' and collectives'), which a run split by
     * approving authority restores from the subjects' lines ({@link ReportParts}).
     */
    static final Comparator<Award> ORDER_OF_AWARDS = Comparator.comparingInt((Award w) -> ORDER.indexOf(w.kind()))
            .thenComparingInt(w -> SUBJECT_ORDER.indexOf(w.subjectType()))
            .thenComparing(w -> w.kind() == AwardKind.CANDIDATE ? w.authority().kind() + ":" + w.authority().orgId() : "")
            .thenComparingInt(w -> w.rank() == null ? 0 : w.rank());

    private final int year;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, SubjectResult> organizationResults = new HashMap<>();
    private final Map<String, Map<Integer, Level>> history = new HashMap<>();
    private final Map<String, int[]> memberCounts = new HashMap<>();
    private final List<Award> awards = new ArrayList<>();
    private final List<AwardNotice> notices = new ArrayList<>();

    record Result(List<Award> awards, List<AwardNotice> notices) {
    }

    /**
     * The same awards as a run without earlier years' levels gives them: a member's award of the year cites no
     * streak, since none is known. Whether a run has history is known only once all of it is read, so
     * {@link #propose} cites the streak and a run without history drops it here.
     */
    static List<Award> withoutStreakNotes(List<Award> awards) {
        return awards.stream().map(a -> a.kind() == AwardKind.HTXSNV_YEAR && a.subjectType().equals(SUBJECT_MEMBER)
                ? new Award(a.subjectType(), a.subjectId(), a.name(), a.orgId(), a.grassrootsId(), a.orgName(),
                a.kind(), a.fromYear(), a.toYear(), a.authority(), a.rank(), a.basis(), List.of()) : a).toList();
    }

    private Awards(int year, List<Organization> organizations, List<SubjectResult> organizationResults,
                   List<PastLevel> history) {
        this.year = year;
        organizations.forEach(o -> this.organizations.put(o.orgId(), o));
        organizationResults.forEach(r -> this.organizationResults.put(r.subjectId(), r));
        for (PastLevel p : history) {
            if (p.year() < year) {
                this.history.computeIfAbsent(p.subjectType() + ":" + p.subjectId(), k -> new HashMap<>())
                        .put(p.year(), p.level());
            }
        }
    }

    /**
     * @param organizations every organization of the input, superior committees included (for names and parents)
     * @param history       earlier years' final levels; years from the evaluation year on are ignored. A member's
     *                      award of the year cites the member's streak even where there are none: see
     *                      {@link #withoutStreakNotes}
     */
    static Result propose(int year, List<Organization> organizations, List<SubjectResult> members,
                          List<SubjectResult> organizationResults, List<SubjectResult> collectives,
                          List<PastLevel> history) {
        Awards a = new Awards(year, organizations, organizationResults, history);
        a.countMembers(members);
        a.members(members);
        List<Award> candidates = new ArrayList<>();
        a.bodies(organizationResults, candidates);
        a.bodies(collectives, candidates);
        a.rank(candidates);
        List<Award> sorted = new ArrayList<>(a.awards);
        sorted.sort(ORDER_OF_AWARDS);
        return new Result(sorted, a.notices);
    }

    // ---------------------------------------------------------------- members

    private void members(List<SubjectResult> members) {
        for (SubjectResult m : members) {
            if (m.status() == ClassificationStatus.NOT_CLASSIFIED && Scopes.temporaryRow(m)) {
                continue;
            }
            Map<Integer, Level> past = history(SubjectType.MEMBER, m.subjectId());
            Level current = m.status() == ClassificationStatus.CLASSIFIED ? m.level() : null;
            Streak streak = Streak.of(year, current, past);
            Organization grassroots = organizations.get(m.grassrootsId());
            String grassrootsName = grassroots == null ? m.grassrootsId() : grassroots.name();
            if (current != Level.HTXSNV) {
                noticeMissedStreak(m, current, past);
                noticeExemplary(m, SUBJECT_MEMBER);
                continue;
            }
            Authority committee = new Authority(Authority.Kind.COMMITTEE, m.grassrootsId(), grassrootsName);
            awards.add(new Award(SUBJECT_MEMBER, m.subjectId(), m.name(), m.orgId(), m.grassrootsId(), grassrootsName,
                    AwardKind.HTXSNV_YEAR, year, year, committee, null, basis("A-1"), List.of(streakNote(streak))));
            if (streak.fiveYears()) {
                String superiorId = grassroots == null ? null : grassroots.parentId();
                List<Note> five = new ArrayList<>();
                five.add(streakNote(streak));
                five.add(Note.of("report.note.member_five.history_follows"));
                if (streak.length() > Streak.AWARD_YEARS) {
                    five.add(Note.of("report.note.five.longer", streak.length(), streak.firstYear(), streak.lastYear()));
                }
                five.add(Note.of("report.note.member_five.higher"));
                awards.add(new Award(SUBJECT_MEMBER, m.subjectId(), m.name(), m.orgId(), m.grassrootsId(),
                        grassrootsName, AwardKind.HTXSNV_5_YEARS, year - Streak.AWARD_YEARS + 1, year,
                        new Authority(Authority.Kind.STANDING_COMMITTEE, superiorId, name(superiorId)), null,
                        basis("A-1; A-STREAK"), five));
            }
            if (exemplary(m)) {
                awards.add(new Award(SUBJECT_MEMBER, m.subjectId(), m.name(), m.orgId(), m.grassrootsId(),
                        grassrootsName, AwardKind.HTXSNV_TIEU_BIEU, year, year, committee, null,
                        basis("A-1; A-TIEUBIEU"), List.of(Note.of("report.note.selected", decidedBy(m)))));
            }
        }
    }

    /** HTXSNV the four years before, but not this year: the committee will ask why the five-year title is missing. */
    private void noticeMissedStreak(SubjectResult m, Level current, Map<Integer, Level> past) {
        for (int y = year - Streak.AWARD_YEARS + 1; y < year; y++) {
            if (past.get(y) != Level.HTXSNV) {
                return;
            }
        }
        int from = year - Streak.AWARD_YEARS + 1;
        Note note;
        if (m.status() == ClassificationStatus.PENDING) {
            note = Note.of("report.notice.streak.pending", from, year - 1, year);
        } else if (m.status() == ClassificationStatus.NOT_CLASSIFIED) {
            note = Note.of("report.notice.streak.not_classified", from, year - 1, year);
        } else if (m.quotaDemoted()) {
            note = Note.of("report.notice.streak.quota", from, year - 1, year, current.name());
        } else if (m.computedLevel() == Level.HTXSNV) {
            note = Note.of("report.notice.streak.capped", from, year - 1, year, current.name());
        } else {
            note = Note.of("report.notice.streak.level", from, year - 1, year, current.name());
        }
        notices.add(new AwardNotice(SUBJECT_MEMBER, m.subjectId(), m.name(), note));
    }

    private void noticeExemplary(SubjectResult s, String subjectType) {
        if (!exemplary(s)) {
            return;
        }
        String what = s.status() == ClassificationStatus.CLASSIFIED ? s.level().name() : s.status().name();
        notices.add(new AwardNotice(subjectType, s.subjectId(), s.name(),
                Note.of("report.notice.exemplary_not_htxsnv", what)));
    }

    // ---------------------------------------------------------------- organizations and collectives

    private void bodies(List<SubjectResult> results, List<Award> candidates) {
        for (SubjectResult r : results) {
            String subjectType = subjectType(r);
            if (r.status() != ClassificationStatus.CLASSIFIED || r.level() != Level.HTXSNV) {
                noticeExemplary(r, subjectType);
                continue;
            }
            SubjectType historyType = r.subjectType() == SubjectType.COLLECTIVE ? SubjectType.COLLECTIVE : SubjectType.ORGANIZATION;
            Streak streak = Streak.of(year, Level.HTXSNV, history(historyType, r.subjectId()));
            String grassrootsName = name(r.grassrootsId());
            boolean grassrootsLevel = grassrootsLevel(r);
            Organization grassroots = organizations.get(r.grassrootsId());
            String superiorId = grassroots == null ? null : grassroots.parentId();
            // a grassroots organization (or its collective) is decided by the standing committee above it; a cell
            // (or its collective) by the grassroots committee, never by a partial committee (HD06 item 19)
            Authority authority = grassrootsLevel
                    ? new Authority(Authority.Kind.STANDING_COMMITTEE, superiorId, name(superiorId))
                    : new Authority(Authority.Kind.COMMITTEE, r.grassrootsId(), grassrootsName);
            String orgName = grassrootsLevel ? name(superiorId) : grassrootsName;
            if (exemplary(r)) {
                awards.add(new Award(subjectType, r.subjectId(), r.name(), r.orgId(), r.grassrootsId(), orgName,
                        AwardKind.HTXSNV_TIEU_BIEU, year, year, authority, null, basis("A-1; A-TIEUBIEU"),
                        List.of(Note.of("report.note.selected", decidedBy(r)))));
                if (streak.fiveYears() && r.subjectType() == SubjectType.ORGANIZATION) {
                    Authority fiveYears = grassrootsLevel
                            ? new Authority(Authority.Kind.PROVINCIAL_STANDING_COMMITTEE, null, null)
                            : new Authority(Authority.Kind.STANDING_COMMITTEE, superiorId, name(superiorId));
                    List<Note> notes = new ArrayList<>();
                    notes.add(streakNote(streak));
                    notes.add(Note.of("report.note.org_five.check_selection"));
                    if (streak.length() > Streak.AWARD_YEARS) {
                        notes.add(Note.of("report.note.five.longer", streak.length(), streak.firstYear(), streak.lastYear()));
                    }
                    awards.add(new Award(subjectType, r.subjectId(), r.name(), r.orgId(), r.grassrootsId(), orgName,
                            AwardKind.HTXSNV_TIEU_BIEU_5_YEARS, year - Streak.AWARD_YEARS + 1, year, fiveYears, null,
                            basis("A-1; A-TIEUBIEU; A-STREAK"), notes));
                }
            } else {
                List<Note> notes = new ArrayList<>();
                if (streak.fiveYears()) {
                    notes.add(Note.of("report.note.candidate.five_years", streak.firstYear(), streak.lastYear()));
                }
                candidates.add(new Award(subjectType, r.subjectId(), r.name(), r.orgId(), r.grassrootsId(), orgName,
                        AwardKind.CANDIDATE, streak.firstYear(), year, authority, null, basis("A-1; A-TIEUBIEU"), notes));
            }
        }
    }

    /**
     * Candidates ranked within each authority and subject type: the longer HTXSNV run first, then the larger share
     * of the organization's members rated HTXSNV, then HTTNV and above, then input order. No regulation gives a
     * quantitative standard for "tiêu biểu" (regulations §7, A-TIEUBIEU): the order only helps the committee read.
     */
    private void rank(List<Award> candidates) {
        Map<String, List<Award>> groups = new LinkedHashMap<>();
        for (Award c : candidates) {
            groups.computeIfAbsent(c.subjectType() + "|" + c.authority().kind() + "|" + c.authority().orgId(),
                    k -> new ArrayList<>()).add(c);
        }
        for (List<Award> group : groups.values()) {
            List<Award> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingInt((Award c) -> -(c.toYear() - c.fromYear()))
                    .thenComparing(c -> -share(c, 1))
                    .thenComparing(c -> -share(c, 2)));
            for (int i = 0; i < sorted.size(); i++) {
                Award c = sorted.get(i);
                int[] counts = memberCounts.getOrDefault(ledOrg(c), new int[3]);
                List<Note> notes = new ArrayList<>();
                notes.add(Note.of("report.note.candidate", i + 1, sorted.size(), c.toYear() - c.fromYear() + 1,
                        counts[1], counts[0], share(c, 1), share(c, 2)));
                notes.addAll(c.notes());
                awards.add(new Award(c.subjectType(), c.subjectId(), c.name(), c.orgId(), c.grassrootsId(), c.orgName(),
                        c.kind(), c.fromYear(), c.toYear(), c.authority(), i + 1, c.basis(), notes));
            }
        }
    }

    /** Members of the organization (or of the one a collective leads): index 1 HTXSNV, 2 HTTNV and above, in %. */
    private double share(Award c, int index) {
        int[] counts = memberCounts.get(ledOrg(c));
        if (counts == null || counts[0] == 0) {
            return 0;
        }
        return Math.round(1000.0 * counts[index] / counts[0]) / 10.0;
    }

    private static String ledOrg(Award c) {
        return c.subjectType().equals(SUBJECT_COLLECTIVE) ? c.orgId() : c.subjectId();
    }

    /** Classified members, HTXSNV, HTTNV and above, for every organization at or above each member's cell. */
    private void countMembers(List<SubjectResult> members) {
        for (SubjectResult m : members) {
            if (m.status() != ClassificationStatus.CLASSIFIED) {
                continue;
            }
            String orgId = m.orgId();
            int guard = 0;
            while (orgId != null && guard++ < 64) {
                int[] c = memberCounts.computeIfAbsent(orgId, k -> new int[3]);
                c[0]++;
                c[1] += m.level() == Level.HTXSNV ? 1 : 0;
                c[2] += m.level().isGoodOrAbove() ? 1 : 0;
                SubjectResult org = organizationResults.get(orgId);
                orgId = org == null ? null : org.orgId();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private Note streakNote(Streak s) {
        if (s.fiveYears()) {
            return Note.of("report.note.streak.full", s.length(), s.firstYear(), s.lastYear(),
                    joinYears(s.historyYears()));
        }
        if (s.brokenBy() == null) {
            return Note.of("report.note.streak.missing", s.length(), s.firstYear(), s.lastYear(), s.brokenAt());
        }
        return Note.of("report.note.streak.level", s.length(), s.firstYear(), s.lastYear(), s.brokenAt(),
                s.brokenBy().name());
    }

    private static String joinYears(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    private Map<Integer, Level> history(SubjectType type, String id) {
        return history.getOrDefault(type + ":" + id, Map.of());
    }

    private String name(String orgId) {
        Organization o = orgId == null ? null : organizations.get(orgId);
        return o == null || o.name() == null || o.name().isBlank() ? orgId : o.name();
    }

    private boolean grassrootsLevel(SubjectResult r) {
        if (r.subjectType() == SubjectType.ORGANIZATION) {
            return r.orgType().isGrassroots();
        }
        Organization led = organizations.get(r.orgId());
        return led != null && led.type().isGrassroots();
    }

    private String subjectType(SubjectResult r) {
        if (r.subjectType() == SubjectType.COLLECTIVE) {
            return SUBJECT_COLLECTIVE;
        }
        if (r.subjectType() == SubjectType.MEMBER) {
            return SUBJECT_MEMBER;
        }
        return r.orgType().isGrassroots() ? SUBJECT_GRASSROOTS_ORG : SUBJECT_CELL;
    }

    private static boolean exemplary(SubjectResult s) {
        Decision d = s.decision();
        return d != null && d.exemplary();
    }

    private static String decidedBy(SubjectResult s) {
        Decision d = s.decision();
        return d == null || d.decidedBy() == null ? "" : d.decidedBy();
    }

    /**
     * The rule ids and the Party Charter guide in force when the year's awards are given (early the next year):
     * HD06 (09/6/2025) item 19 from the 2025 evaluation on; HD01 of 28/9/2021 for 2021–2024; HD01 of 20/9/2016
     * before. The tiers are the same in the three (regulations §7).
     */
    String basis(String rules) {
        String guide;
        if (year >= 2025) {
            guide = "Hướng dẫn 06-HD/TW ngày 09/6/2025 mục 19";
        } else if (year >= 2021) {
            guide = "Hướng dẫn 01-HD/TW ngày 28/9/2021 (khen thưởng)";
        } else {
            guide = "Hướng dẫn 01-HD/TW ngày 20/9/2016 (khen thưởng)";
        }
        return rules + "; " + guide;
    }
}
