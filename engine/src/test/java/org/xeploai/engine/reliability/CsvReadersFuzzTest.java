package org.xeploai.engine.reliability;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Coverage-guided fuzzing of the CSV readers with Jazzer (libFuzzer for the JVM), run in a JVM of its own so that
 * its instrumentation touches no other test. The target is {@link CsvReadersFuzzTarget}; the seeds are the files of
 * the bad-input corpus. It runs for {@code -Dxeploai.fuzz.seconds} seconds (25 by default, 0 to skip): briefly in every
 * build, for as long as asked on demand ({@code mvn -pl engine test -Dtest=CsvReadersFuzzTest
 * -Dxeploai.fuzz.seconds=3600}). A finding fails the test and is saved under {@code target/fuzz/findings/}: copy it
 * into {@code src/test/resources/fuzz-findings/}, where {@link #everyFindingKeptAsARegressionPassesWithoutTheFuzzer}
 * replays it on every build, add a corpus case showing it, and fix the reader.
 */
class CsvReadersFuzzTest {
    static final String SECONDS = "xeploai.fuzz.seconds";
    static final Path FINDINGS = Path.of("src/test/resources/fuzz-findings");
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    @Test
    void theCsvReadersSurviveCoverageGuidedFuzzing() throws Exception {
        long seconds = Long.getLong(SECONDS, 25);
        assumeTrue(seconds > 0, "fuzzing switched off with -D" + SECONDS + "=0");
        Path work = buildFolder().resolve("fuzz");
        Path seeds = work.resolve("seeds");
        Path corpus = work.resolve("corpus");
        Path findings = work.resolve("findings");
        Files.createDirectories(corpus);
        Files.createDirectories(findings);
        int seedCount = writeSeeds(seeds);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + scratch(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + CsvReadersFuzzTarget.class.getName(),
                "--instrumentation_includes=org.xeploai.**:org.apache.commons.csv.**",
                "--custom_hook_includes=org.xeploai.**:org.apache.commons.csv.**",
                "-max_total_time=" + seconds,
                "-timeout=20",
                "-rss_limit_mb=2560",
                "-max_len=16384",
                "-seed=" + Long.getLong("xeploai.fuzz.seed", 20221231L),
                "-print_final_stats=1",
                "-artifact_prefix=" + findings.toAbsolutePath() + "/",
                corpus.toAbsolutePath().toString(),
                seeds.toAbsolutePath().toString()));
        Path log = work.resolve("jazzer.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(seconds + 180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String tail = output.length() > 6000 ? output.substring(output.length() - 6000) : output;

        assertThat(finished).as("the fuzzer stops by itself; log: " + log).isTrue();
        assertThat(process.exitValue()).as("no finding (saved in " + findings + "):\n" + tail).isZero();
        Matcher done = DONE.matcher(output);
        assertThat(done.find()).as("libFuzzer reports its runs:\n" + tail).isTrue();
        long runs = Long.parseLong(done.group(1));
        // the count docs/reliability.md quotes; kept beside the log
        Files.writeString(work.resolve("executions.txt"), runs + " executions in " + done.group(2) + " s from "
                + seedCount + " seeds\n", StandardCharsets.UTF_8);
        System.out.println("fuzz: " + runs + " executions in " + done.group(2) + " s from " + seedCount + " seeds");
        assertThat(runs).as("the fuzzer ran").isPositive();
    }

    /**
     * Every input the fuzzer ever found a failure with, replayed in this JVM without the fuzzer: each must now end
     * as the target requires (an unusable file, or every row accounted for).
     */
    @TestFactory
    Stream<DynamicTest> everyFindingKeptAsARegressionPassesWithoutTheFuzzer() throws IOException {
        if (!Files.isDirectory(FINDINGS)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(FINDINGS)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                            () -> CsvReadersFuzzTarget.fuzzerTestOneInput(Files.readAllBytes(p))));
        }
    }

    /** The input files of every corpus case, in the target's layout, as the fuzzer's starting points. */
    static int writeSeeds(Path seeds) throws IOException {
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> old = Files.list(seeds)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(seeds);
        int count = 0;
        for (Corpus.Case c : Corpus.cases()) {
            List<String> files = List.of("members.csv", "organizations.csv", "decisions.csv", "history.csv");
            for (int mode : new int[]{0, 1, 3, 4}) {
                Path file = c.folder().resolve(CsvReadersFuzzTarget.FILES[mode]);
                if (Files.isRegularFile(file) && Files.size(file) <= 16_000 && files.contains(file.getFileName().toString())) {
                    byte[] bytes = Files.readAllBytes(file);
                    byte[] seed = new byte[bytes.length + 1];
                    seed[0] = (byte) mode;
                    System.arraycopy(bytes, 0, seed, 1, bytes.length);
                    Files.write(seeds.resolve(c.name() + "-" + mode), seed);
                    count++;
                }
            }
        }
        Files.write(seeds.resolve("base-both"), CsvReadersFuzzTarget.both(
                CsvReadersFuzzTarget.BASE_ORGANIZATIONS.getBytes(StandardCharsets.UTF_8),
                CsvReadersFuzzTarget.BASE_MEMBERS.getBytes(StandardCharsets.UTF_8)));
        Files.write(seeds.resolve("collectives"), ("\u0005collective_id,org_id,grade_political_task,grade_party_building\n"
                + "TT-DB1,DB1,XS,T\nTT-CB1,CB1,T,T\n").getBytes(StandardCharsets.UTF_8));
        return count + 2;
    }

    /** Memory-backed where there is one: each execution writes the input files anew (five times faster there). */
    private static String scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm.toString() : System.getProperty("java.io.tmpdir");
    }

    private static Path buildFolder() throws URISyntaxException {
        // target/test-classes -> target
        return Path.of(CsvReadersFuzzTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
