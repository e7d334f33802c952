package org.xeploai.engine.partition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.output.OutputException;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.model.Member;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run partition by partition gives what a run of the whole input in memory gives, file for file, byte for byte:
 * partitions hold whole approving authorities, and the quota of grassroots organizations and of their collectives is
 * set per approving authority.
 */
class PartitionedRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> CSV_FILES = List.of("members.csv", "organizations.csv", "collectives.csv",
            "summary.csv", "rejected.csv", "run.csv", "targets.csv", "awards.csv", "year_over_year.csv",
            "not_classified.csv");

    @TempDir
    static Path temp;
    private static Xeploai xeploai;
    private static Path generated;

    @BeforeAll
    static void generate() {
        xeploai = Xeploai.create(CLOCK);
        generated = temp.resolve("generated");
        // three district committees, their grassroots organizations interleaved in every file; bad rows included
        new InputGenerator(24_000, 11, 2022).writeTo(generated);
    }

    @Test
    void theGeneratedCountryGivesTheSameFilesOneAuthorityAtATimeAsAllAtOnce() throws IOException {
        for (int year : List.of(2022, 2025)) {
            assertSameFiles(generated, year, 1, "gen-" + year);
        }
    }

    @Test
    void theBundledExampleGivesTheSameFilesInPartitions() throws IOException {
        assertSameFiles(Path.of("../examples/provincial-agencies-2022"), 2022, 1, "example");
    }

    @Test
    void aMemberActiveUnderTwoAuthoritiesGivesTheSameFilesInPartitions() throws IOException {
        // a disciplined member whose violation already made its year KHTNV (R1-MEM-KO4 reads that earlier year), with
        // a temporary-activity row under another district committee: the earlier years go with the own row, and the
        // temporary-activity row, never classified, says only why (C-TEMP), so no file may differ
        Path input = temp.resolve("two-authorities");
        copy(generated, input);
        List<String> members = Files.readAllLines(input.resolve("members.csv"));
        List<String> header = List.of(members.get(0).replace("\uFEFF", "").split(",", -1));
        int id = header.indexOf("member_id");
        int org = header.indexOf("org_id");
        int status = header.indexOf("status");
        int discipline = header.indexOf("discipline");
        int violation = header.indexOf("violation_year");
        String history = Files.readString(input.resolve("history.csv"));
        int changed = 0;
        for (int i = 1; i < members.size() && changed == 0; i++) {
            String[] temporary = members.get(i).split(",", -1);
            if (!temporary[status].equals("TEMPORARY") || history.contains("\n" + temporary[id] + ",")
                    || history.contains("," + temporary[id] + ",")) {
                continue;
            }
            for (int j = 1; j < members.size(); j++) {
                String[] own = members.get(j).split(",", -1);
                if (j != i && own[id].equals(temporary[id]) && !district(own[org]).equals(district(temporary[org]))) {
                    for (String[] row : List.of(temporary, own)) {
                        row[discipline] = "KHIEN_TRACH";
                        row[violation] = "2021";
                    }
                    members.set(i, String.join(",", temporary));
                    members.set(j, String.join(",", own));
                    Files.writeString(input.resolve("history.csv"), "MEMBER," + own[id] + ",2021,KHTNV\n",
                            java.nio.file.StandardOpenOption.APPEND);
                    changed++;
                    break;
                }
            }
        }
        assertThat(changed).as("a member active under two district committees").isEqualTo(1);
        Files.write(input.resolve("members.csv"), members);

        assertSameFiles(input, 2022, 1, "two-authorities");
        RulePack pack = xeploai.packForYear(2022);
        try (var run = xeploai.classifyInPartitions(2022, input, pack, ProgressListener.NONE, 1)) {
            assertThat(run.partitions()).isEqualTo(3);
        }
    }

    /** The district committee above a generated grassroots organization: G1 under H1, G2 under H2, ... round robin. */
    private static String district(String orgId) {
        int g = Integer.parseInt(orgId.substring(1).split("-")[0]);
        return "H" + (1 + (g - 1) % 3);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void resultsComeInInputOrderAndCanBeReadAgain() {
        RulePack pack = xeploai.packForYear(2022);
        try (var run = xeploai.classifyInPartitions(2022, generated, pack, ProgressListener.NONE, 1)) {
            assertThat(run.partitions()).isEqualTo(3);
            ClassificationResult inMemory = xeploai.classify(2022, xeploai.read(generated, pack), pack);
            List<SubjectResult> first = new ArrayList<>();
            run.result().members().forEach(first::add);
            assertThat(first).hasSize(run.result().members().size()).isEqualTo(inMemory.members());
            assertThat(run.result().members().stream().toList()).isEqualTo(first);
            assertThat(run.result().organizations().stream().toList()).isEqualTo(inMemory.organizations());
            assertThat(run.result().collectives().stream().toList()).isEqualTo(inMemory.collectives());
            assertThatThrownBy(() -> run.result().members().get(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void streamedFactsGiveOneAuthorityAtATimeWhatTheyGiveAllAtOnce() {
        RulePack pack = xeploai.packForYear(2022);
        InputData read = xeploai.read(generated, pack);
        List<Member> members = new ArrayList<>(read.members());
        Collections.reverse(members);   // members in an order of the integrator's own: results follow it
        InputData facts = new InputData(read.organizations(), members, read.decisions(), Optional.empty(),
                read.history(), List.of(), Map.of(), Map.of(), List.of());
        ClassificationResult inMemory = new Pipeline(pack, 2022).run(facts, ProgressListener.NONE);
        Iterator<Object> stream = Stream.of(read.history().stream(), read.decisions().stream(), members.stream(),
                read.organizations().stream()).<Object>flatMap(s -> s).iterator();

        try (var run = PartitionedRun.classify(2022, pack, stream, ProgressListener.NONE, 1)) {
            assertThat(run.partitions()).isEqualTo(3);
            assertThat(run.result().members().stream().toList()).isEqualTo(inMemory.members());
            assertThat(run.result().organizations().stream().toList()).isEqualTo(inMemory.organizations());
            assertThat(run.result().collectives().stream().toList()).isEqualTo(inMemory.collectives());
            assertThat(run.result().summary()).isEqualTo(inMemory.summary());
            assertThat(run.result().rejected()).containsExactlyInAnyOrderElementsOf(inMemory.rejected());
        }
    }

    @Test
    void progressCountsEveryGrassrootsOrganizationOnceUpToTheTotal() {
        RulePack pack = xeploai.packForYear(2022);
        AtomicLong last = new AtomicLong(-1);
        AtomicLong total = new AtomicLong();
        List<Long> seen = new ArrayList<>();
        try (var ignored = xeploai.classifyInPartitions(2022, generated, pack, (done, of) -> {
            synchronized (seen) {
                seen.add(done);
                last.set(done);
                total.set(of);
            }
        }, 1)) {
            assertThat(last.get()).isEqualTo(total.get()).isPositive();
            assertThat(seen).allMatch(d -> d >= 0 && d <= total.get());
        }
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenIsAnOutputProblemNamingIt() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "a file");
        RulePack pack = xeploai.packForYear(2022);

        assertThatThrownBy(() -> PartitionedRun.classify(2022, generated, pack, ProgressListener.NONE, 1, notAFolder))
                .isInstanceOfSatisfying(OutputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(OutputException.TEMPORARY_FILES);
                    assertThat(e.path()).isEqualTo(notAFolder);
                });
    }

    @Test
    void closingTheRunDeletesItsTemporaryFiles() throws IOException {
        RulePack pack = xeploai.packForYear(2022);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = runFolders(tmp);
        try (var run = xeploai.classifyInPartitions(2022, generated, pack, ProgressListener.NONE, 1)) {
            assertThat(runFolders(tmp)).hasSize(before.size() + 1);
        }
        assertThat(runFolders(tmp)).isEqualTo(before);
    }

    private static List<Path> runFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("xeploai-run-")).sorted().toList();
        }
    }

    private static void assertSameFiles(Path input, int year, int organizationsPerPartition, String name) throws IOException {
        RulePack pack = xeploai.packForYear(year);
        Path whole = temp.resolve(name + "-whole");
        Path parts = temp.resolve(name + "-parts");
        xeploai.write(xeploai.classify(year, xeploai.read(input, pack), pack), whole, Lang.VI);
        try (var run = xeploai.classifyInPartitions(year, input, pack, ProgressListener.NONE, organizationsPerPartition)) {
            xeploai.write(run.result(), parts, Lang.VI);
        }
        for (String file : CSV_FILES) {
            if (Files.exists(whole.resolve(file))) {
                assertThat(Files.readString(parts.resolve(file))).as(name + " " + file)
                        .isEqualTo(Files.readString(whole.resolve(file)));
            }
        }
        assertThat(Files.readString(parts.resolve("members.csv")).lines().count()).isGreaterThan(1);
    }
}
