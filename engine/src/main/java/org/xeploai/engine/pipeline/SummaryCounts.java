package org.xeploai.engine.pipeline;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.rules.ClassificationStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's results counted per grassroots organization and summary subject ({@code MEMBER}, {@code CELL},
 * {@code GRASSROOTS_ORG}, {@code COLLECTIVE}) by status and level: all that {@code summary.csv} and the row
 * accounting need of the results. Every result belongs to one grassroots organization, so counts of runs over
 * disjoint sets of grassroots organizations add up ({@link #add(SummaryCounts)}): a run split by approving authority
 * counts partition by partition and keeps no result.
 */
final class SummaryCounts {
    static final String MEMBER = "MEMBER";
    static final String CELL = "CELL";
    static final String GRASSROOTS_ORG = "GRASSROOTS_ORG";
    static final String COLLECTIVE = "COLLECTIVE";

    private final Map<String, Map<String, Counts>> byGrassroots = new HashMap<>();

    static SummaryCounts of(List<SubjectResult> members, List<SubjectResult> organizations,
                            List<SubjectResult> collectives) {
        SummaryCounts counts = new SummaryCounts();
        members.forEach(r -> counts.counts(r.grassrootsId(), MEMBER).add(r));
        for (SubjectResult r : organizations) {
            counts.counts(r.grassrootsId(), r.orgType().isGrassroots() ? GRASSROOTS_ORG : CELL).add(r);
        }
        collectives.forEach(r -> counts.counts(r.grassrootsId(), COLLECTIVE).add(r));
        return counts;
    }

    void add(SummaryCounts other) {
        other.byGrassroots.forEach((grassrootsId, subjects) ->
                subjects.forEach((subject, c) -> counts(grassrootsId, subject).add(c)));
    }

    /** One grassroots organization's counts of a subject (zeros if it has none). */
    Counts of(String grassrootsId, String subject) {
        return byGrassroots.getOrDefault(grassrootsId, Map.of()).getOrDefault(subject, new Counts());
    }

    /** The counts of the given subjects over every grassroots organization: an input file's results. */
    Counts total(String... subjects) {
        Counts total = new Counts();
        for (Map<String, Counts> own : byGrassroots.values()) {
            for (String subject : subjects) {
                total.add(own.getOrDefault(subject, new Counts()));
            }
        }
        return total;
    }

    private Counts counts(String grassrootsId, String subject) {
        return byGrassroots.computeIfAbsent(grassrootsId, k -> new HashMap<>()).computeIfAbsent(subject, k -> new Counts());
    }

    /** The counts of one subject type in one scope. */
    static final class Counts {
        int total;
        int classified;
        int notClassified;
        int pending;
        final int[] levels = new int[4];

        void add(SubjectResult r) {
            total++;
            switch (r.status()) {
                case CLASSIFIED -> {
                    classified++;
                    levels[r.level().ordinal()]++;
                }
                case NOT_CLASSIFIED -> notClassified++;
                case PENDING -> pending++;
            }
        }

        void add(Counts other) {
            total += other.total;
            classified += other.classified;
            notClassified += other.notClassified;
            pending += other.pending;
            for (int i = 0; i < levels.length; i++) {
                levels[i] += other.levels[i];
            }
        }

        long count(ClassificationStatus status) {
            return switch (status) {
                case CLASSIFIED -> classified;
                case NOT_CLASSIFIED -> notClassified;
                case PENDING -> pending;
            };
        }

        SummaryRow row(String scope, String subject) {
            return new SummaryRow(scope, subject, total, classified, notClassified, pending,
                    levels[0], levels[1], levels[2], levels[3]);
        }
    }
}
