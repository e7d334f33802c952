package org.xeploai.engine.diff;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.report.TargetResult;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The same data classified under two rule packs (a baseline A and a reform B, in OpenFisca's words): who moves between
 * which levels, with the findings responsible on each side, and what that does to the summary and the targets.
 * Built by {@link #of}; written by {@link DiffFiles}.
 *
 * @param subjects per subject kind (MEMBER, GRASSROOTS_ORG, CELL, COLLECTIVE, as in summary.csv), the count of
 *                 subjects in each state under A and under B, and the moves between states
 * @param changes  every subject whose final state differs, members first, each in input order
 * @param summary  every summary row of either side, A's order first
 * @param targets  every target of targets.csv measured on both sides (empty without targets.csv)
 */
public record PackDiff(int year, PackInfo packA, PackInfo packB, List<SubjectMoves> subjects,
                       List<SubjectChange> changes, List<SummaryChange> summary, List<TargetChange> targets,
                       boolean targetsGiven) {

    /** The subject kinds in the order committees report them (as summary.csv names them). */
    public static final List<String> SUBJECTS = List.of("GRASSROOTS_ORG", "CELL", "MEMBER", "COLLECTIVE");
    /** The states a subject can be in, best first: the four levels, then pending, not classified, absent. */
    public static final List<String> STATES = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "PENDING",
            "NOT_CLASSIFIED", "ABSENT");

    public PackDiff {
        subjects = List.copyOf(subjects);
        changes = List.copyOf(changes);
        summary = List.copyOf(summary);
        targets = List.copyOf(targets);
    }

    /** Whether B gives any subject another state than A. */
    public boolean anyChange() {
        return !changes.isEmpty();
    }

    /** One subject kind: counts per state on each side, and the moves (from × to, only cells with a subject). */
    public record SubjectMoves(String subject, Map<String, Integer> countsA, Map<String, Integer> countsB,
                               List<Move> moves) {
        public SubjectMoves {
            countsA = Map.copyOf(countsA);
            countsB = Map.copyOf(countsB);
            moves = List.copyOf(moves);
        }

        public int countA(String state) {
            return countsA.getOrDefault(state, 0);
        }

        public int countB(String state) {
            return countsB.getOrDefault(state, 0);
        }

        /** How many subjects moved from {@code from} under A to {@code to} under B (the matrix cell). */
        public int moved(String from, String to) {
            return moves.stream().filter(m -> m.from().equals(from) && m.to().equals(to)).mapToInt(Move::count).sum();
        }

        public int changed() {
            return moves.stream().filter(m -> !m.from().equals(m.to())).mapToInt(Move::count).sum();
        }
    }

    /** A cell of the from × to matrix. */
    public record Move(String from, String to, int count) {
    }

    /**
     * A subject whose state differs. {@code reasonsA} are the findings A made about it that B did not, and
     * {@code reasonsB} the reverse: the rules responsible on each side.
     */
    public record SubjectChange(String subject, String subjectId, String name, String stateA, String stateB,
                                List<Finding> reasonsA, List<Finding> reasonsB) {
        public SubjectChange {
            reasonsA = List.copyOf(reasonsA);
            reasonsB = List.copyOf(reasonsB);
        }

        /** The rule ids of {@code reasonsA}, each once, in order. */
        public List<String> ruleIdsA() {
            return ruleIds(reasonsA);
        }

        public List<String> ruleIdsB() {
            return ruleIds(reasonsB);
        }

        private static List<String> ruleIds(List<Finding> findings) {
            return List.copyOf(new LinkedHashSet<>(findings.stream().map(Finding::ruleId).toList()));
        }
    }

    /** One row of summary.csv on each side; either may be null where only one side has the row. */
    public record SummaryChange(String scopeOrgId, String subject, SummaryRow a, SummaryRow b) {
        public boolean changed() {
            return !Objects.equals(a, b);
        }
    }

    /** A target measured on each side; either may be null where one side could not measure it. */
    public record TargetChange(String targetId, String description, BigDecimal planned, BigDecimal actualA,
                               BigDecimal actualB, Boolean metA, Boolean metB) {
        public boolean changed() {
            return !Objects.equals(actualA, actualB) || !Objects.equals(metA, metB);
        }
    }

    /** Compares two runs over the same input; A is the baseline. */
    public static PackDiff of(ClassificationResult a, ClassificationResult b) {
        Map<String, SubjectResult> byKeyA = byKey(a);
        Map<String, SubjectResult> byKeyB = byKey(b);
        Set<String> keys = new LinkedHashSet<>(byKeyA.keySet());
        keys.addAll(byKeyB.keySet());

        Map<String, Map<String, Integer>> countsA = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> countsB = new LinkedHashMap<>();
        Map<String, Map<List<String>, Integer>> moves = new LinkedHashMap<>();
        SUBJECTS.forEach(s -> {
            countsA.put(s, new LinkedHashMap<>());
            countsB.put(s, new LinkedHashMap<>());
            moves.put(s, new LinkedHashMap<>());
        });
        List<SubjectChange> changes = new ArrayList<>();
        for (String key : keys) {
            SubjectResult ra = byKeyA.get(key);
            SubjectResult rb = byKeyB.get(key);
            SubjectResult any = ra != null ? ra : rb;
            String subject = subjectOf(any);
            String stateA = state(ra);
            String stateB = state(rb);
            if (ra != null) {
                countsA.get(subject).merge(stateA, 1, Integer::sum);
            }
            if (rb != null) {
                countsB.get(subject).merge(stateB, 1, Integer::sum);
            }
            moves.get(subject).merge(List.of(stateA, stateB), 1, Integer::sum);
            if (!stateA.equals(stateB)) {
                List<Finding> fa = ra == null ? List.of() : ra.reasons();
                List<Finding> fb = rb == null ? List.of() : rb.reasons();
                changes.add(new SubjectChange(subject, any.subjectId(), any.name(), stateA, stateB,
                        only(fa, fb), only(fb, fa)));
            }
        }
        List<SubjectMoves> subjects = new ArrayList<>();
        for (String s : SUBJECTS) {
            List<Move> cells = new ArrayList<>();
            for (String from : STATES) {
                for (String to : STATES) {
                    Integer n = moves.get(s).get(List.of(from, to));
                    if (n != null) {
                        cells.add(new Move(from, to, n));
                    }
                }
            }
            subjects.add(new SubjectMoves(s, countsA.get(s), countsB.get(s), cells));
        }
        changes.sort(java.util.Comparator.comparingInt(c -> c.subject().equals("MEMBER") ? 0 : 1));
        return new PackDiff(a.year(), a.pack(), b.pack(), subjects, changes, summary(a, b), targets(a, b),
                a.report().targetsGiven() || b.report().targetsGiven());
    }

    private static Map<String, SubjectResult> byKey(ClassificationResult r) {
        Map<String, SubjectResult> out = new LinkedHashMap<>();
        for (List<SubjectResult> list : List.of(r.members(), r.organizations(), r.collectives())) {
            for (SubjectResult s : list) {
                out.putIfAbsent(s.subjectType() + "/" + s.subjectId(), s);
            }
        }
        return out;
    }

    /** MEMBER, GRASSROOTS_ORG, CELL (partial committees included) or COLLECTIVE, as summary.csv counts them. */
    static String subjectOf(SubjectResult r) {
        if (r.subjectType() == SubjectType.MEMBER) {
            return "MEMBER";
        }
        if (r.subjectType() == SubjectType.COLLECTIVE) {
            return "COLLECTIVE";
        }
        return r.orgType() == OrgType.GRASSROOTS_COMMITTEE || r.orgType() == OrgType.GRASSROOTS_CELL
                ? "GRASSROOTS_ORG" : "CELL";
    }

    /** The final level, or PENDING, NOT_CLASSIFIED, or ABSENT where this side refused or did not make the subject. */
    static String state(SubjectResult r) {
        if (r == null) {
            return "ABSENT";
        }
        if (r.status() == ClassificationStatus.CLASSIFIED && r.level() != null) {
            return r.level().name();
        }
        return r.status() == ClassificationStatus.PENDING ? "PENDING" : "NOT_CLASSIFIED";
    }

    /** The findings of {@code these} that {@code others} does not have (same kind, level, rule and values). */
    private static List<Finding> only(List<Finding> these, List<Finding> others) {
        Set<List<Object>> other = new java.util.HashSet<>();
        others.forEach(f -> other.add(key(f)));
        return these.stream().filter(f -> f.kind() != FindingKind.WARNING && !other.contains(key(f))).toList();
    }

    private static List<Object> key(Finding f) {
        return java.util.Arrays.asList(f.kind(), f.level(), f.ruleId(), f.detail(), f.messageKey());
    }

    private static List<SummaryChange> summary(ClassificationResult a, ClassificationResult b) {
        Map<List<String>, SummaryRow[]> rows = new LinkedHashMap<>();
        a.summary().forEach(r -> rows.computeIfAbsent(List.of(r.scopeOrgId(), r.subject()), k -> new SummaryRow[2])[0] = r);
        b.summary().forEach(r -> rows.computeIfAbsent(List.of(r.scopeOrgId(), r.subject()), k -> new SummaryRow[2])[1] = r);
        List<SummaryChange> out = new ArrayList<>();
        rows.forEach((k, v) -> out.add(new SummaryChange(k.get(0), k.get(1), v[0], v[1])));
        return out;
    }

    private static List<TargetChange> targets(ClassificationResult a, ClassificationResult b) {
        Map<String, TargetResult[]> rows = new LinkedHashMap<>();
        a.report().targets().forEach(t -> rows.computeIfAbsent(t.target().targetId(), k -> new TargetResult[2])[0] = t);
        b.report().targets().forEach(t -> rows.computeIfAbsent(t.target().targetId(), k -> new TargetResult[2])[1] = t);
        List<TargetChange> out = new ArrayList<>();
        rows.forEach((id, t) -> {
            TargetResult any = t[0] != null ? t[0] : t[1];
            out.add(new TargetChange(id, any.target().description(), any.target().planned(),
                    t[0] == null ? null : t[0].actual(), t[1] == null ? null : t[1].actual(),
                    t[0] == null ? null : t[0].met(), t[1] == null ? null : t[1].met()));
        });
        return out;
    }

    /** Level labels for the states that are levels; the state itself otherwise. */
    static boolean isLevel(String state) {
        return Level.parse(state).isPresent() && STATES.indexOf(state) < 4;
    }
}
