package org.xeploai.engine.partition;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.input.InputPartitions;
import org.xeploai.engine.input.PartitionedInput;
import org.xeploai.engine.output.OutputException;
import org.xeploai.engine.pipeline.PartitionMerge;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.engine.pipeline.Workers;
import org.xeploai.model.Member;
import org.xeploai.model.Organization;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A classification whose memory is bounded by the largest partition instead of the whole input: the national run
 * (docs/benchmarks.md). The input is split into partitions of whole approving authorities ({@link InputPartitions});
 * each is read, classified by the same {@link Pipeline} as an in-memory run, and its results go to temporary files
 * before the next is read; {@link PartitionMerge} keeps what the summary and the report need. The result equals an
 * in-memory run's (PartitionedRunTest); its member, organization and collective lists are read back from disk, in
 * input order, while the output files are written, and {@link #close()} deletes them.
 */
public final class PartitionedRun implements AutoCloseable {
    /** Organizations per partition: about 35,000 members at the country's average of 17 per organization. */
    public static final int ORGANIZATIONS_PER_PARTITION = 2_000;
    /**
     * The size of {@code members.csv} above which {@link #suggestedPartitionSize} partitions: about 130,000 members.
     * An in-memory run needed 0.9 GB of heap for 80,000 members and 3.8 GB for 356,250 (docs/benchmarks.md).
     */
    static final long LARGE_MEMBERS_FILE = 16L << 20;

    private final Path work;
    private final InputData input;
    private final ClassificationResult result;
    private final int partitions;

    private PartitionedRun(Path work, InputData input, ClassificationResult result, int partitions) {
        this.work = work;
        this.input = input;
        this.result = result;
        this.partitions = partitions;
    }

    /**
     * Reads {@code inputDirectory} and classifies it partition by partition, with temporary files in a new folder
     * of the system's temporary directory.
     *
     * @param organizationsPerPartition see {@link InputPartitions#split}
     */
    public static PartitionedRun classify(int year, Path inputDirectory, RulePack pack, ProgressListener progress,
                                          int organizationsPerPartition) {
        return classify(year, inputDirectory, pack, progress, organizationsPerPartition, systemTemporaryFolder());
    }

    /**
     * The same, with the temporary files in a new folder inside {@code temporaryFolder}: at national size they hold
     * the spilled input rows and every result until it is written, several gigabytes.
     *
     * @throws OutputException ({@link OutputException#TEMPORARY_FILES}) when they cannot be written there
     */
    public static PartitionedRun classify(int year, Path inputDirectory, RulePack pack, ProgressListener progress,
                                          int organizationsPerPartition, Path temporaryFolder) {
        return run(year, pack, progress, temporaryFolder, work -> InputPartitions.split(inputDirectory,
                pack.descriptor(), organizationsPerPartition, work.resolve("input"), progress::reading));
    }

    /**
     * Classifies facts an integrator streams ({@link org.xeploai.engine.Xeploai#classify(int, RulePack,
     * java.util.Iterator, java.util.function.Consumer)}) partition by partition: the results are those of an
     * in-memory run of the same facts, members in the order given.
     *
     * @throws IllegalArgumentException for an object that is not a fact the engine classifies
     */
    public static PartitionedRun classify(int year, RulePack pack, Iterator<?> facts, ProgressListener progress,
                                          int organizationsPerPartition) {
        return run(year, pack, progress, systemTemporaryFolder(), work -> FactPartitions.split(facts,
                organizationsPerPartition, work.resolve("input")));
    }

    private static PartitionedRun run(int year, RulePack pack, ProgressListener progress, Path temporaryFolder,
                                      Function<Path, PartitionedInput> split) {
        Path work;
        try {
            work = Files.createTempDirectory(temporaryFolder, "xeploai-run-");
        } catch (IOException e) {
            throw temporaryFilesProblem(temporaryFolder, e);
        }
        try (PartitionedInput parts = split.apply(work)) {
            InputData whole = parts.whole();
            PartitionMerge merge = new PartitionMerge(year, new PackInfo(pack.name(), pack.version(), pack.hash()), whole);
            SpilledResults members = new SpilledResults(work, "members");
            SpilledResults organizations = new SpilledResults(work, "organizations");
            SpilledResults collectives = new SpilledResults(work, "collectives");
            Map<String, Long> organizationOrder = new HashMap<>();
            for (Organization o : whole.organizations()) {
                organizationOrder.putIfAbsent(o.orgId(), (long) organizationOrder.size());
            }
            long total = whole.organizations().stream().filter(Organization::grassroots).count();
            long done = 0;
            progress.progress(0, total);
            // the next partition is read while this one is classified: reading is one thread's work, classifying
            // keeps the others busy
            ExecutorService reader = Workers.pool(1, "xeploai-read");
            try {
                Future<InputData> next = reader.submit(() -> parts.partition(0));
                for (int p = 0; p < parts.size(); p++) {
                    InputData slice = Workers.await(next);
                    int following = p + 1;
                    if (following < parts.size()) {
                        next = reader.submit(() -> parts.partition(following));
                    }
                    long before = done;
                    ClassificationResult partial = new Pipeline(pack, year).classify(slice,
                            (d, t) -> progress.progress(before + d, total));
                    merge.add(slice, partial);
                    members.add(partial.members(), memberOrder(slice, parts.memberOrder(p, slice), partial.members()));
                    organizations.add(partial.organizations(), partial.organizations().stream()
                            .map(r -> organizationOrder.get(r.subjectId())).toList());
                    collectives.add(partial.collectives(), partial.collectives().stream()
                            .map(r -> organizationOrder.get(r.orgId())).toList());
                    done += slice.organizations().stream().filter(Organization::grassroots).count();
                }
            } finally {
                reader.shutdownNow();
            }
            progress.progress(total, total);
            return new PartitionedRun(work, whole, merge.finish(members, organizations, collectives), parts.size());
        } catch (UncheckedIOException e) {
            delete(work);
            throw temporaryFilesProblem(temporaryFolder, e.getCause());
        } catch (RuntimeException | Error e) {
            delete(work);
            throw e;
        }
    }

    private static Path systemTemporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static OutputException temporaryFilesProblem(Path folder, IOException cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new OutputException(folder, OutputException.TEMPORARY_FILES, cause, reason);
    }

    /**
     * How many organizations to classify at a time for this input folder: {@link #ORGANIZATIONS_PER_PARTITION} when
     * {@code members.csv} is a CSV file larger than 16 MB, otherwise 0 (the whole input at once, in memory).
     */
    public static int suggestedPartitionSize(Path inputDirectory) {
        try (Stream<Path> files = Files.list(inputDirectory)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(InputFolderReader.MEMBERS))
                    .anyMatch(f -> size(f) > LARGE_MEMBERS_FILE) ? ORGANIZATIONS_PER_PARTITION : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The run's results; the three big lists are read from disk on each iteration, until {@link #close()}. */
    public ClassificationResult result() {
        return result;
    }

    /** What was read whole: every organization, the collectives, targets, row counts, warnings. */
    public InputData input() {
        return input;
    }

    public int partitions() {
        return partitions;
    }

    @Override
    public void close() {
        delete(work);
    }

    /**
     * Each member result's order in the whole input: results follow the slice's members in order, some refused on the
     * way, and a member's temporary-activity row shares the id, so a result is matched by id and cell.
     */
    private static List<Long> memberOrder(InputData slice, List<Long> order, List<SubjectResult> results) {
        List<Long> keys = new ArrayList<>(results.size());
        int next = 0;
        List<Member> members = slice.members();
        for (SubjectResult r : results) {
            while (!(members.get(next).memberId().equals(r.subjectId()) && Objects.equals(members.get(next).orgId(), r.orgId()))) {
                next++;
            }
            keys.add(order.get(next));
            next++;
        }
        return keys;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
