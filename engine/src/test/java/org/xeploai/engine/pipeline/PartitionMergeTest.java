package org.xeploai.engine.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.Level;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.RulePack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run split into partitions of whole approving authorities, each partition classified on its own and the runs put
 * together by {@link PartitionMerge}, gives what one run over the whole input gives: the same results for every
 * subject, and the same summary, rejected rows, accounting, warnings and report.
 */
class PartitionMergeTest {
    private static final int YEAR = 2022;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final Path EXAMPLE = Path.of("../examples/provincial-agencies-2022");

    @TempDir
    static Path temp;
    private static Xeploai xeploai;
    private static RulePack pack;

    @BeforeAll
    static void loadThePack() {
        xeploai = Xeploai.create(CLOCK);
        pack = xeploai.packForYear(YEAR);
    }

    @Test
    void aGeneratedNationalStyleInputSplitOneAuthorityPerPartitionMergesIntoTheWholeRun() {
        InputData input = generated(30_000, 42);
        assertThat(PartitionSlices.authorities(input)).as("district-level authorities").hasSizeGreaterThan(3);

        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.oneAuthorityEach(input));
    }

    @Test
    void theSameInputDealtIntoThreePartitionsOfInterleavedAuthoritiesMergesIntoTheWholeRun() {
        InputData input = generated(30_000, 42);

        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.dealtInto(3, input));
    }

    @Test
    void anotherSeedMergesIntoTheWholeRunWhicheverWayItIsSplit() {
        InputData input = generated(16_000, 7);
        assertThat(PartitionSlices.authorities(input)).hasSizeGreaterThan(1);

        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.oneAuthorityEach(input));
        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.dealtInto(2, input));
    }

    @Test
    void aSmallInputWithOneAuthorityIsOnePartitionThatMergesIntoTheWholeRun() {
        InputData input = generated(900, 43);
        assertThat(PartitionSlices.authorities(input)).hasSize(1);

        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.oneAuthorityEach(input));
    }

    @Test
    void theBundledExampleWithItsCollectivesTargetsAndDecisionsMergesIntoTheWholeRun() {
        InputData input = xeploai.read(EXAMPLE, pack);

        assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.oneAuthorityEach(input));
    }

    @Test
    void rowsAboutNoSubjectOfAnyPartitionAreRejectedOnceAsTheWholeRunRejectsThem() {
        InputData read = generated(16_000, 7);
        InputData input = withRowsAboutNoPartitionsSubject(read);

        ClassificationResult merged = assertThePartitionedRunIsTheWholeRun(input, PartitionSlices.oneAuthorityEach(input));
        assertThat(merged.rejected()).extracting(r -> r.messageKey())
                .contains("decision.unknown_subject", "input.history.not_earlier");
    }

    @Test
    void aRunWithoutHistoryMergesIntoTheWholeRunAlthoughSomePartitionsHadSome() {
        InputData read = generated(16_000, 7);
        InputData withoutHistory = new InputData(read.organizations(), read.members(), read.decisions(),
                read.collectives(), List.of(), read.rejected(), read.rowsRead(), read.lines(), read.warnings(),
                read.targets());
        InputData historyOfOneAuthority = withHistoryOfOneAuthorityOnly(read);

        assertThat(assertThePartitionedRunIsTheWholeRun(withoutHistory, PartitionSlices.oneAuthorityEach(read))
                .report().historyGiven()).isFalse();
        List<InputData> slices = PartitionSlices.of(historyOfOneAuthority, PartitionSlices.oneAuthorityEach(read), YEAR);
        assertThat(slices.get(0).history()).isNotEmpty();
        assertThat(slices.subList(1, slices.size())).allMatch(slice -> slice.history().isEmpty());

        assertThat(assertThePartitionedRunIsTheWholeRun(historyOfOneAuthority, PartitionSlices.oneAuthorityEach(read))
                .report().historyGiven()).isTrue();
    }

    /**
     * Classifies {@code input} whole, then partition by partition, merges, and checks one against the other.
     *
     * @return the merged result
     */
    private static ClassificationResult assertThePartitionedRunIsTheWholeRun(InputData input, List<Set<String>> partitions) {
        ClassificationResult whole = new Pipeline(pack, YEAR).run(input, ProgressListener.NONE);
        PartitionMerge merge = new PartitionMerge(YEAR, new PackInfo(pack.name(), pack.version(), pack.hash()),
                PartitionSlices.wholeWithoutPartitionedRows(input));
        List<SubjectResult> members = new ArrayList<>();
        List<SubjectResult> organizations = new ArrayList<>();
        List<SubjectResult> collectives = new ArrayList<>();
        for (InputData slice : PartitionSlices.of(input, partitions, YEAR)) {
            ClassificationResult partial = new Pipeline(pack, YEAR).run(slice, ProgressListener.NONE);
            merge.add(slice, partial);
            members.addAll(partial.members());
            organizations.addAll(partial.organizations());
            collectives.addAll(partial.collectives());
        }

        assertThat(bySubject(members)).as("members classified in partitions").isEqualTo(bySubject(whole.members()));
        assertThat(bySubject(organizations)).as("organizations").isEqualTo(bySubject(whole.organizations()));
        assertThat(bySubject(collectives)).as("collectives").isEqualTo(bySubject(whole.collectives()));

        ClassificationResult merged = merge.finish(inWholeOrder(members, whole.members()),
                inWholeOrder(organizations, whole.organizations()), inWholeOrder(collectives, whole.collectives()));
        assertThat(merged.summary()).as("summary").isEqualTo(whole.summary());
        assertThat(merged.rejected()).as("rejected").isEqualTo(whole.rejected());
        assertThat(merged.accounting()).as("accounting").isEqualTo(whole.accounting());
        assertThat(merged.warnings()).as("warnings").isEqualTo(whole.warnings());
        assertThat(merged.report().targets()).as("targets").isEqualTo(whole.report().targets());
        assertThat(merged.report().awards()).as("awards").isEqualTo(whole.report().awards());
        assertThat(merged.report().notices()).as("notices").isEqualTo(whole.report().notices());
        assertThat(merged.report().yearOverYear()).as("year over year").isEqualTo(whole.report().yearOverYear());
        assertThat(merged.report().notClassified()).as("not classified").isEqualTo(whole.report().notClassified());
        assertThat(merged.report()).as("the whole report").isEqualTo(whole.report());
        assertThat(merged).as("the whole result").isEqualTo(whole);
        return merged;
    }

    /** A member is one subject per cell: a temporary-activity row repeats the id at another cell. */
    private static Map<String, SubjectResult> bySubject(List<SubjectResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.subjectType() + ":" + r.subjectId() + "@" + r.orgId(),
                Function.identity(), (a, b) -> { throw new AssertionError("twice: " + a.subjectId()); }, HashMap::new));
    }

    /** What the lead's caller does with the partitions' results: puts them back in the whole's order. */
    private static List<SubjectResult> inWholeOrder(List<SubjectResult> partitioned, List<SubjectResult> whole) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < whole.size(); i++) {
            SubjectResult r = whole.get(i);
            position.put(r.subjectType() + ":" + r.subjectId() + "@" + r.orgId(), i);
        }
        return partitioned.stream().sorted(Comparator.comparing(r -> position.get(r.subjectType() + ":" + r.subjectId() + "@" + r.orgId())))
                .toList();
    }

    private static InputData generated(int members, long seed) {
        Path dir = temp.resolve(members + "-" + seed);
        if (!dir.toFile().exists()) {
            new InputGenerator(members, seed, YEAR).writeTo(dir);
        }
        return xeploai.read(dir, pack);
    }

    /**
     * Rows the reader accepts that no partition classifies: decisions about a superior committee and an unknown
     * collective, and a level of the evaluation year itself, which the pipeline refuses.
     */
    private static InputData withRowsAboutNoPartitionsSubject(InputData read) {
        String superior = read.organizations().get(0).orgId();
        String member = read.members().get(0).memberId();
        long decisionsEnd = read.rowsRead().get("decisions.csv") + 2;
        long historyEnd = read.rowsRead().get("history.csv") + 2;
        List<Decision> decisions = new ArrayList<>(read.decisions());
        decisions.add(new Decision(SubjectType.ORGANIZATION, superior, Level.HTXSNV, "", "", null, false, false, decisionsEnd));
        decisions.add(new Decision(SubjectType.COLLECTIVE, "KHONG-CO", Level.HTTNV, "", "", null, false, false, decisionsEnd + 1));
        List<PastLevel> history = new ArrayList<>(read.history());
        history.add(new PastLevel(SubjectType.MEMBER, member, YEAR, Level.HTTNV));
        history.add(new PastLevel(SubjectType.ORGANIZATION, superior, YEAR, Level.HTTNV));
        Map<String, Long> rowsRead = new LinkedHashMap<>(read.rowsRead());
        rowsRead.merge("decisions.csv", 2L, Long::sum);
        rowsRead.merge("history.csv", 2L, Long::sum);
        Map<String, Long> lines = new LinkedHashMap<>(read.lines());
        lines.put("decisions.csv:ORGANIZATION:" + superior, decisionsEnd);
        lines.put("decisions.csv:COLLECTIVE:KHONG-CO", decisionsEnd + 1);
        lines.put("history.csv:MEMBER:" + member + ":" + YEAR, historyEnd);
        lines.put("history.csv:ORGANIZATION:" + superior + ":" + YEAR, historyEnd + 1);
        return new InputData(read.organizations(), read.members(), decisions, read.collectives(), history,
                read.rejected(), rowsRead, lines, read.warnings(), read.targets());
    }

    /** Only earlier years' levels of the first authority's organizations: the other partitions have no history. */
    private static InputData withHistoryOfOneAuthorityOnly(InputData read) {
        InputData first = PartitionSlices.of(read, PartitionSlices.oneAuthorityEach(read), YEAR).get(0);
        List<PastLevel> history = first.history().stream().filter(p -> p.subjectType() == SubjectType.ORGANIZATION).toList();
        return new InputData(read.organizations(), read.members(), read.decisions(), read.collectives(),
                history, read.rejected(), read.rowsRead(), read.lines(), read.warnings(), read.targets());
    }
}
