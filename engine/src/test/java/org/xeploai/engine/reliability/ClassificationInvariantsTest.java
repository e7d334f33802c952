package org.xeploai.engine.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.output.ResultWriter;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants every run keeps, checked on generated committees ({@link Committee}) under pack qd132-hd21 for 2022:
 * nothing is lost, the member quota holds in each scope, no level above a cap without a decision, results that depend
 * neither on row order nor on thread count, byte-identical output for the same input, and a run over its own accepted
 * input that gives the same levels. Each property runs a bounded number of trials drawn from a fixed seed
 * ({@link Trials}), so that the class runs in about a minute and a failure names the seed that reproduces it.
 */
class ClassificationInvariantsTest {
    static final int YEAR = 2022;
    private static final RulePack PACK = RulePackRegistry.packaged().get("qd132-hd21");
    private static final BigDecimal MEMBER_SHARE = new BigDecimal("0.20");
    private static final Path WORK = temporaryFolder();
    private static long folders;

    @AfterAll
    static void removeWork() throws IOException {
        try (Stream<Path> paths = Files.walk(WORK)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Contract, "Nothing is lost": rows in = classified + not classified + pending + accepted + rejected, per file. */
    @TestFactory
    Stream<DynamicTest> everyInputRowIsAccountedFor() {
        return Trials.run(100, "everyInputRowIsAccountedFor", random -> everyInputRowIsAccountedFor(
                random.nextLong(), Trials.between(random, 1, 5), Trials.between(random, 1, 12),
                Trials.between(random, 0, 4), random.nextBoolean(), random.nextBoolean()));
    }

    private void everyInputRowIsAccountedFor(long seed, int grassroots, int membersPerCell, int badRows,
            boolean duplicates, boolean decisions) {
        Committee committee = Committee.generate(seed, grassroots, membersPerCell, badRows, duplicates, decisions);
        ClassificationResult result = classify(committee.write(folder()), 1);

        assertThat(result.accounting()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.balanced()).as(a.toString()).isTrue();
            assertThat(a.rowsIn()).as(a.file() + ": every data row written is read").isEqualTo(committee.rows(a.file()));
        });
        RowAccounting members = accounting(result, "members.csv");
        assertThat(members.rejected()).as("each bad row is rejected").isGreaterThanOrEqualTo(badRows);
    }

    /**
     * QĐ 132 and HD 21: HTXSNV members at most 20% of those rated HTTNV and above in each grassroots organization
     * (quota.base GOOD_OR_ABOVE, rounding FLOOR). The base is the candidates and HTTNV members the quota step saw (their
     * computed levels), since a head's cap applied later only lowers levels.
     */
    @TestFactory
    Stream<DynamicTest> theMemberQuotaIsNeverExceededInAnyScopeWithoutDecisions() {
        return Trials.run(100, "theMemberQuotaIsNeverExceededInAnyScopeWithoutDecisions",
                random -> theMemberQuotaIsNeverExceededInAnyScopeWithoutDecisions(
                        random.nextLong(), Trials.between(random, 1, 4), Trials.between(random, 1, 15)));
    }

    private void theMemberQuotaIsNeverExceededInAnyScopeWithoutDecisions(long seed, int grassroots,
            int membersPerCell) {
        Committee committee = Committee.generate(seed, grassroots, membersPerCell, 0, false, false);
        ClassificationResult result = classify(committee.write(folder()), 1);

        Map<String, List<SubjectResult>> byScope = result.members().stream()
                .collect(Collectors.groupingBy(SubjectResult::grassrootsId));
        byScope.forEach((scope, members) -> {
            long excellent = members.stream().filter(m -> m.status() == ClassificationStatus.CLASSIFIED
                    && m.level() == Level.HTXSNV).count();
            long base = members.stream().filter(m -> m.status() != ClassificationStatus.NOT_CLASSIFIED
                    && m.computedLevel() != null && m.computedLevel().isGoodOrAbove()).count();
            long allowed = MEMBER_SHARE.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.FLOOR).longValue();
            assertThat(excellent).as("HTXSNV in " + scope + " (base " + base + ")").isLessThanOrEqualTo(allowed);
        });
    }

    /** Rules only add findings: the final level is never above a CAP the rules or the quota found, unless decided. */
    @TestFactory
    Stream<DynamicTest> noFinalLevelIsAboveACapUnlessTheAuthorityDecided() {
        return Trials.run(80, "noFinalLevelIsAboveACapUnlessTheAuthorityDecided",
                random -> noFinalLevelIsAboveACapUnlessTheAuthorityDecided(
                        random.nextLong(), Trials.between(random, 1, 4), Trials.between(random, 1, 12),
                        random.nextBoolean()));
    }

    private void noFinalLevelIsAboveACapUnlessTheAuthorityDecided(long seed, int grassroots, int membersPerCell,
            boolean decisions) {
        Committee committee = Committee.generate(seed, grassroots, membersPerCell, 1, false, decisions);
        ClassificationResult result = classify(committee.write(folder()), 1);

        Stream.of(result.members(), result.organizations(), result.collectives()).flatMap(List::stream)
                .filter(s -> s.status() == ClassificationStatus.CLASSIFIED)
                .filter(s -> s.findings().stream().noneMatch(f -> "DECISION".equals(f.ruleId())))
                .forEach(s -> {
                    for (Finding cap : s.findings()) {
                        if (cap.kind() == FindingKind.CAP && cap.level() != null) {
                            assertThat(cap.level().atLeast(s.level()))
                                    .as(s.subjectType() + " " + s.subjectId() + ": " + s.level() + " above the cap "
                                            + cap.level() + " of " + cap.ruleId()).isTrue();
                        }
                    }
                });
    }

    /** The order of members.csv (and of organizations.csv, which the generator shuffles) changes no level. */
    @TestFactory
    Stream<DynamicTest> levelsDoNotDependOnTheOrderOfRows() {
        return Trials.run(60, "levelsDoNotDependOnTheOrderOfRows", random -> levelsDoNotDependOnTheOrderOfRows(
                random.nextLong(), random.nextLong(), Trials.between(random, 1, 4), Trials.between(random, 1, 12),
                Trials.between(random, 0, 3), random.nextBoolean()));
    }

    private void levelsDoNotDependOnTheOrderOfRows(long seed, long shuffle, int grassroots, int membersPerCell,
            int badRows, boolean decisions) {
        Committee committee = Committee.generate(seed, grassroots, membersPerCell, badRows, false, decisions);
        ClassificationResult first = classify(committee.write(folder()), 1);
        ClassificationResult shuffled = classify(committee.withMembersShuffled(shuffle).write(folder()), 1);

        assertThat(levels(shuffled)).isEqualTo(levels(first));
        assertThat(shuffled.rejected().size()).isEqualTo(first.rejected().size());
    }

    /**
     * One thread or two, and a second run of the same input: the output files are the same bytes. Committees here
     * have no heads: see {@link #theSameInputGivesByteIdenticalOutputEvenWithHeads}.
     */
    @TestFactory
    Stream<DynamicTest> theSameInputGivesByteIdenticalOutputWhateverTheThreads() {
        return Trials.run(30, "theSameInputGivesByteIdenticalOutputWhateverTheThreads",
                random -> theSameInputGivesByteIdenticalOutputWhateverTheThreads(
                        random.nextLong(), Trials.between(random, 2, 5), Trials.between(random, 1, 10),
                        Trials.between(random, 0, 3), random.nextBoolean()));
    }

    private void theSameInputGivesByteIdenticalOutputWhateverTheThreads(long seed, int grassroots,
            int membersPerCell, int badRows, boolean decisions) {
        assertByteIdentical(Committee.generate(seed, grassroots, membersPerCell, badRows, true, decisions, false));
    }

    /**
     * The same with secretaries, whose caps flowing down from the organization (C-HEAD, R1-MEM-KO6) are found
     * after the organization is decided. Failure found by this property and not yet fixed: Pipeline.applyHeadCaps
     * appends the findings of {@code pack.evaluate} in the order Drools returns its working memory's objects, which
     * differs from run to run, so the order of a head's reasons in members.csv changes (the level does not).
     * The fix belongs in the pipeline (sort those findings as LevelDecider sorts the others); docs/reliability.md.
     */
    @TestFactory
    Stream<DynamicTest> theSameInputGivesByteIdenticalOutputEvenWithHeads() {
        return Trials.run(50, "theSameInputGivesByteIdenticalOutputEvenWithHeads",
                random -> theSameInputGivesByteIdenticalOutputEvenWithHeads(
                        random.nextLong(), Trials.between(random, 2, 5), Trials.between(random, 1, 10),
                        random.nextBoolean()));
    }

    private void theSameInputGivesByteIdenticalOutputEvenWithHeads(long seed, int grassroots, int membersPerCell,
            boolean decisions) {
        assertByteIdentical(Committee.generate(seed, grassroots, membersPerCell, 0, false, decisions, true));
    }

    private static void assertByteIdentical(Committee committee) {
        Path input = committee.write(folder());
        Path one = folder();
        Path again = folder();
        Path two = folder();
        ResultWriter.write(classify(input, 1), one, Lang.VI);
        ResultWriter.write(classify(input, 1), again, Lang.VI);
        ResultWriter.write(classify(input, 2), two, Lang.VI);

        assertSameBytes(one, again, "a second run");
        assertSameBytes(one, two, "two threads");
    }

    /** The accepted organizations, members and decisions of a run, written back as input, give the same levels. */
    @TestFactory
    Stream<DynamicTest> aRunOverItsOwnAcceptedInputGivesTheSameLevels() {
        return Trials.run(50, "aRunOverItsOwnAcceptedInputGivesTheSameLevels",
                random -> aRunOverItsOwnAcceptedInputGivesTheSameLevels(
                        random.nextLong(), Trials.between(random, 1, 4), Trials.between(random, 1, 12),
                        Trials.between(random, 0, 4), random.nextBoolean(), random.nextBoolean()));
    }

    private void aRunOverItsOwnAcceptedInputGivesTheSameLevels(long seed, int grassroots, int membersPerCell,
            int badRows, boolean duplicates, boolean decisions) {
        Path input = Committee.generate(seed, grassroots, membersPerCell, badRows, duplicates, decisions).write(folder());
        InputData read = InputFolderReader.read(input, PACK.descriptor());
        ClassificationResult first = new Pipeline(PACK, YEAR, 1).run(read, ProgressListener.NONE);
        Path again = Committee.ofAccepted(read.organizations(), read.members(), read.decisions()).write(folder());
        ClassificationResult second = classify(again, 1);

        assertThat(levels(second)).isEqualTo(levels(first));
        assertThat(accounting(second, "members.csv").rejected())
                .as("only rows the pipeline refuses (a grade missing) are refused again")
                .isEqualTo(first.rejected().stream().filter(r -> r.file().equals("members.csv")
                        && r.messageKey().equals("row.classification_column_empty")).map(r -> r.line()).distinct().count());
    }

    static ClassificationResult classify(Path input, int threads) {
        InputData data = InputFolderReader.read(input, PACK.descriptor());
        return new Pipeline(PACK, YEAR, threads).run(data, ProgressListener.NONE);
    }

    /** Status and final level of every subject, by type and id. */
    static Map<String, String> levels(ClassificationResult result) {
        Map<String, String> out = new TreeMap<>();
        Stream.of(result.members(), result.organizations(), result.collectives()).flatMap(List::stream)
                .forEach(s -> out.put(key(s), s.status() + " " + s.computedLevel() + " " + s.level()));
        return out;
    }

    private static String key(SubjectResult s) {
        return s.subjectType() + ":" + s.subjectId() + (s.subjectType() == SubjectType.MEMBER ? "@" + s.orgId() : "");
    }

    static RowAccounting accounting(ClassificationResult result, String file) {
        return result.accounting().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
    }

    /** The same file names with the same bytes; a difference is shown by file and first differing position. */
    static void assertSameBytes(Path expected, Path actual, String what) {
        Map<String, String> want = files(expected);
        Map<String, String> got = files(actual);
        assertThat(got.keySet()).as(what + ": the same files").isEqualTo(want.keySet());
        want.forEach((name, bytes) -> {
            String other = got.get(name);
            int at = 0;
            while (at < bytes.length() && at < other.length() && bytes.charAt(at) == other.charAt(at)) {
                at++;
            }
            if (at < bytes.length() || at < other.length()) {
                int from = Math.max(0, at - 200);
                throw new AssertionError(what + ": " + name + " differs at byte " + at + "\nexpected: …"
                        + utf8(bytes.substring(from, Math.min(bytes.length(), at + 200))) + "\nactual:   …"
                        + utf8(other.substring(from, Math.min(other.length(), at + 200))));
            }
        });
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** Each file's bytes, as Latin-1 text so that equal maps mean byte-identical files and a difference shows. */
    private static Map<String, String> files(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static synchronized Path folder() {
        return WORK.resolve("f" + folders++);
    }

    private static Path temporaryFolder() {
        try {
            // memory-backed where there is one: the writer forces every output file to disk before moving it in
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "xeploai-properties-")
                    : Files.createTempDirectory("xeploai-properties-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
