package org.xeploai.engine.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.output.OutputException;
import org.xeploai.engine.output.OutputFile;
import org.xeploai.engine.output.ResultWriter;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Contract: files in {@code --output} "are replaced only when the run succeeds (write to a temporary folder beside it,
 * then move)". A run that fails while writing, or is killed while writing, leaves the previous results as they were,
 * byte for byte; an output folder that cannot be made gives a clear error and writes nothing.
 */
class InterruptedRunTest {
    private static RulePack pack;
    private static ClassificationResult previous;
    private static ClassificationResult next;

    @TempDir
    Path tmp;

    @BeforeAll
    static void classify(@TempDir Path dir) {
        pack = RulePackRegistry.packaged().get("qd132-hd21");
        previous = run(Corpus.ROOT.resolve("_base"));
        Path changed = Corpus.cases().stream().filter(c -> c.name().equals("value-invalid-grade")).findFirst()
                .orElseThrow().prepare(dir.resolve("changed"));
        next = run(changed);
    }

    static ClassificationResult run(Path input) {
        return new Pipeline(pack, Corpus.YEAR, 1).run(InputFolderReader.read(input, pack.descriptor()),
                ProgressListener.NONE);
    }

    @Test
    void aWriterFailingHalfWayThroughAFileLeavesThePreviousResultsByteForByte() throws IOException {
        Path out = tmp.resolve("out");
        ResultWriter.write(previous, out, Lang.VI);
        Map<String, String> before = snapshot(out);

        OutputException e = catchThrowableOfType(OutputException.class, () ->
                ResultWriter.write(next, out, Lang.VI, List.of(failingAfter(4096, new IOException("Input/output error")))));

        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo(OutputException.IO_ERROR);
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftovers(out)).as("no temporary folder left beside the output").isEmpty();
    }

    @Test
    void aProgrammingErrorWhileWritingLeavesThePreviousResultsToo() throws IOException {
        Path out = tmp.resolve("out");
        ResultWriter.write(previous, out, Lang.VI);
        Map<String, String> before = snapshot(out);

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () ->
                ResultWriter.write(next, out, Lang.VI, List.of(failingAfter(10, null))));

        assertThat(e).isNotNull();
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void aFullDiskIsNamedAsSuchAndThePreviousResultsStay() throws IOException {
        Path out = tmp.resolve("out");
        ResultWriter.write(previous, out, Lang.VI);
        Map<String, String> before = snapshot(out);

        OutputException e = catchThrowableOfType(OutputException.class, () ->
                ResultWriter.write(next, out, Lang.VI, List.of(failingAfter(1 << 16, new IOException("No space left on device")))));

        assertThat(e.messageKey()).isEqualTo(OutputException.DISK_FULL);
        assertThat(e.path()).isEqualTo(out.toAbsolutePath().normalize());
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void anOutputFolderUnderARegularFileIsRefusedAndNothingIsCreated() throws IOException {
        Path file = Files.writeString(tmp.resolve("results.txt"), "not a folder");

        OutputException e = catchThrowableOfType(OutputException.class, () ->
                ResultWriter.write(previous, file.resolve("2022"), Lang.VI));

        assertThat(e.messageKey()).isEqualTo(OutputException.NOT_A_FOLDER);
        assertThat(e.path()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        try (Stream<Path> entries = Files.list(tmp)) {
            assertThat(entries).containsExactly(file);
        }
    }

    /**
     * A run killed (SIGKILL, as a user closing the terminal or a machine losing power) while its results are being
     * written: a JVM of its own writes the previous results, starts writing the next ones, and is killed half-way
     * through a file. The previous results are still there, byte for byte, and the next run replaces them normally.
     */
    @Test
    void aRunKilledWhileWritingLeavesThePreviousResults() throws Exception {
        Path out = tmp.resolve("out");
        Path expected = tmp.resolve("expected");
        ResultWriter.write(previous, expected, Lang.VI);
        Path marker = tmp.resolve("writing");
        Path base = Corpus.ROOT.resolve("_base");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                KilledWriter.class.getName(), base.toString(), out.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(marker).as("the child started writing; its log: "
                    + Files.readString(tmp.resolve("child.log"))).exists();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
            child.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(snapshot(out)).as("the previous results, byte for byte").isEqualTo(snapshot(expected));
        ResultWriter.write(next, out, Lang.VI);
        assertThat(Files.readString(out.resolve("rejected.csv"), StandardCharsets.UTF_8)).contains("grade_tasks");
    }

    /**
     * The child of {@link #aRunKilledWhileWritingLeavesThePreviousResults}: classifies the input, writes the results,
     * then writes them again with one more file that never ends, after saying so with the marker file.
     */
    public static final class KilledWriter {
        public static void main(String[] args) throws Exception {
            pack = RulePackRegistry.packaged().get("qd132-hd21");
            ClassificationResult result = run(Path.of(args[0]));
            Path out = Path.of(args[1]);
            Path marker = Path.of(args[2]);
            ResultWriter.write(result, out, Lang.VI);
            ResultWriter.write(result, out, Lang.VI, List.of(new OutputFile() {
                @Override
                public String name() {
                    return "zz-slow.csv";
                }

                @Override
                public void writeTo(OutputStream stream) throws IOException {
                    stream.write("half a file".getBytes(StandardCharsets.UTF_8));
                    stream.flush();
                    Files.writeString(marker, "writing");
                    try {
                        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }));
        }
    }

    /** A file that writes {@code bytes} bytes and then fails: with {@code failure}, or a programming error. */
    private static OutputFile failingAfter(int bytes, IOException failure) {
        return new OutputFile() {
            @Override
            public String name() {
                return "zz-extra.csv";
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(new byte[bytes]);
                if (failure != null) {
                    throw failure;
                }
                throw new IllegalStateException("a bug in a report");
            }
        };
    }

    /** Every file in the folder with its bytes (Latin-1, so that equal means byte-identical). */
    static Map<String, String> snapshot(Path folder) {
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

    /** Hidden temporary folders the writer left beside {@code out}. */
    private static List<Path> leftovers(Path out) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out.getParent())) {
            entries.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".tmp-"))
                    .forEach(found::add);
        }
        return found;
    }
}
