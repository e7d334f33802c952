package org.xeploai.engine;

import org.xeploai.engine.diff.DiffFiles;
import org.xeploai.engine.diff.PackDiff;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.output.ResultWriter;
import org.xeploai.engine.partition.PartitionedRun;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's public API: choose the rule pack for a year, read a committee's input folder, classify, write the
 * results. Integrators use this class and the result records; they never touch Drools.
 * <pre>
 * Xeploai xeploai = Xeploai.create();
 * RulePack pack = xeploai.packForYear(2022);
 * ClassificationResult result = xeploai.classify(2022, xeploai.read(Path.of("input"), pack), pack);
 * xeploai.write(result, Path.of("output"), Lang.VI);
 * </pre>
 */
public final class Xeploai {
    private final RulePackRegistry registry;

    private Xeploai(RulePackRegistry registry) {
        this.registry = registry;
    }

    /** With the packaged packs and the system clock (a year after the current one has no pack). */
    public static Xeploai create() {
        return new Xeploai(RulePackRegistry.packaged());
    }

    /** With the packaged packs and a clock tests can set. */
    public static Xeploai create(Clock clock) {
        return new Xeploai(new RulePackRegistry(clock));
    }

    public RulePackRegistry packs() {
        return registry;
    }

    /** The packaged pack in force for the evaluation year; throws {@code NoPackForYearException} if none. */
    public RulePack packForYear(int year) {
        return registry.forYear(year);
    }

    /** An edited pack in a folder; throws {@code RulePackException} listing every problem. */
    public RulePack loadPack(Path directory) {
        return RulePack.load(PackFiles.directory(directory));
    }

    /**
     * Reads {@code organizations.csv} and {@code members.csv}, and, if present, {@code collectives.csv},
     * {@code decisions.csv}, {@code history.csv} and {@code targets.csv} (or one XLSX workbook with a sheet per file).
     */
    public InputData read(Path inputDirectory, RulePack pack) {
        return InputFolderReader.read(inputDirectory, pack.descriptor());
    }

    public ClassificationResult classify(int year, InputData input, RulePack pack) {
        return classify(year, input, pack, ProgressListener.NONE);
    }

    public ClassificationResult classify(int year, InputData input, RulePack pack, ProgressListener progress) {
        return new Pipeline(pack, year).run(input, progress);
    }

    /**
     * Reads and classifies an input folder of any size, {@code organizationsPerPartition} organizations at a time
     * (whole approving authorities), with memory bounded by the largest partition rather than the whole input; the
     * result equals {@link #classify(int, InputData, RulePack, ProgressListener)}'s. Its member, organization and
     * collective results are read back from temporary files: write or use them before closing the run.
     * <pre>
     * try (PartitionedRun run = xeploai.classifyInPartitions(2022, dir, pack, ProgressListener.NONE,
     *         PartitionedRun.ORGANIZATIONS_PER_PARTITION)) {
     *     xeploai.write(run.result(), output, Lang.VI);
     * }
     * </pre>
     */
    public PartitionedRun classifyInPartitions(int year, Path inputDirectory, RulePack pack, ProgressListener progress,
                                               int organizationsPerPartition) {
        return PartitionedRun.classify(year, inputDirectory, pack, progress, organizationsPerPartition);
    }

    /**
     * Classifies facts an integrator holds in memory or streams from a database, without files: {@link Organization}
     * (the tree, {@code SUPERIOR} rows included), {@link Member}, and optionally {@link Decision},
     * {@link LeadershipCollective} and {@link PastLevel}, in any order; other objects are refused with an
     * {@link IllegalArgumentException}. The organizations must form a tree the CSV reader would accept (each parent
     * present, members in a cell or grassroots cell). Each result goes to {@code onResult} in a deterministic order
     * (members in the order given, then organizations, then collectives), whatever the threads did. Memory does not
     * grow with the members: organizations and collectives are kept, the other facts go to temporary files and are
     * classified {@link PartitionedRun#ORGANIZATIONS_PER_PARTITION} organizations at a time, as a large input folder is.
     * <pre>
     * RulePack pack = xeploai.packForYear(2022);
     * StreamedRun run = xeploai.classify(2022, pack, facts.iterator(), r -&gt; sink.accept(r.subjectId(), r.level()));
     * run.summary().forEach(System.out::println);
     * </pre>
     *
     * @return the summary rows (as in {@code summary.csv}) and the facts refused by the pipeline (with line 0)
     */
    public StreamedRun classify(int year, RulePack pack, Iterator<?> facts, Consumer<SubjectResult> onResult) {
        try (PartitionedRun run = PartitionedRun.classify(year, pack, facts, ProgressListener.NONE,
                PartitionedRun.ORGANIZATIONS_PER_PARTITION)) {
            ClassificationResult result = run.result();
            result.members().forEach(onResult);
            result.organizations().forEach(onResult);
            result.collectives().forEach(onResult);
            return new StreamedRun(result.summary(), result.rejected());
        }
    }

    /** What {@link #classify(int, RulePack, Iterator, Consumer)} returns beside the results it streamed. */
    public record StreamedRun(List<SummaryRow> summary, List<RejectedRow> rejected) {
    }

    /** Writes every output file into {@code outputDirectory}, replacing files of the same names only on success. */
    public void write(ClassificationResult result, Path outputDirectory, Lang lang) {
        ResultWriter.write(result, outputDirectory, lang);
    }

    /**
     * The same input under two packs (A the baseline, B the edited one): each reads the input itself, since the
     * columns they require may differ, and classifies it for {@code year}.
     */
    public PackDiff diff(int year, Path inputDirectory, RulePack a, RulePack b) {
        ClassificationResult resultA = classify(year, read(inputDirectory, a), a);
        ClassificationResult resultB = classify(year, read(inputDirectory, b), b);
        return PackDiff.of(resultA, resultB);
    }

    /** Writes {@code diff.csv}, {@code diff_summary.csv}, {@code diff.html} (and {@code diff_targets.csv}) together. */
    public void writeDiff(PackDiff diff, Path outputDirectory, Lang lang) {
        DiffFiles.write(diff, outputDirectory, lang);
    }
}
