package org.xeploai.cli;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.partition.PartitionedRun;
import org.xeploai.engine.report.AwardKind;
import org.xeploai.engine.report.ReportData;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code xeploai classify}: one run, as the contract's "One run" describes it. Read the input folder with the pack in
 * force for the year (or an edited one), classify, write the output folder, and tell the user where every row went.
 * Failures propagate to {@link ErrorReporter}, which chooses the exit code.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ClassifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.year")
    private int year;

    @Option(names = "--input", required = true, paramLabel = "DIR", descriptionKey = "cli.option.input")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "cli.option.rules")
    private Path rules;

    @Option(names = "--partition-size", paramLabel = "N", descriptionKey = "cli.option.partition_size")
    private Integer partitionSize;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public ClassifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (sameFolder(input, output)) {
            throw CliException.usage("cli.classify.output_is_input", output);
        }
        Xeploai xeploai = context.xeploai();
        RulePack pack = PackChoice.forYear(xeploai, year, rules);
        int organizationsAtATime = partitionSize != null ? partitionSize : PartitionedRun.suggestedPartitionSize(input);
        if (organizationsAtATime < 0) {
            throw CliException.usage("cli.classify.partition_size", organizationsAtATime);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (organizationsAtATime > 0) {
            ProgressBar bar = new ProgressBar(err, common.messages(), context.stderrIsTerminal(), started);
            PartitionedRun run;
            try {
                run = xeploai.classifyInPartitions(year, input, pack, bar, organizationsAtATime);
            } finally {
                bar.finish();
            }
            try (run) {
                finish(xeploai, run.result(), run.input(), err);
            }
        } else {
            InputData data = xeploai.read(input, pack);
            ProgressBar bar = new ProgressBar(err, common.messages(), context.stderrIsTerminal(), started);
            ClassificationResult result;
            try {
                result = xeploai.classify(year, data, pack, bar);
            } finally {
                bar.finish();
            }
            finish(xeploai, result, data, err);
        }
        return ExitCode.OK.code();
    }

    /** Writes the output files and prints what the committee reads first. */
    private void finish(Xeploai xeploai, ClassificationResult result, InputData data, PrintWriter err) {
        xeploai.write(result, output, common.lang());
        new RunReport(common.messages()).print(result, data, output, spec.commandLine().getOut(), err);
        printReport(result, spec.commandLine().getOut());
    }

    /** The lines a committee's report opens with ("8/8 chỉ tiêu đạt và vượt"), and where the report files are. */
    private void printReport(ClassificationResult result, PrintWriter out) {
        Messages messages = common.messages();
        ReportData report = result.report();
        if (report.targetsGiven()) {
            out.println(messages.get("cli.classify.targets", report.targetsMet(), report.targets().size()));
        }
        var selected = report.awards(AwardKind.HTXSNV_TIEU_BIEU);
        long organizations = selected.stream().filter(a -> a.subjectType().equals("GRASSROOTS_ORG")
                || a.subjectType().equals("CELL")).count();
        long collectives = selected.stream().filter(a -> a.subjectType().equals("COLLECTIVE")).count();
        out.println(messages.get("cli.classify.awards", report.awards(AwardKind.HTXSNV_5_YEARS).size(), organizations,
                collectives));
        out.println(messages.get("cli.classify.reports", output.resolve("report.html"), output.resolve("report.pdf"),
                output.resolve("results.xlsx")));
        out.flush();
    }

    /** Whether two paths name the same folder once made absolute, normalized and resolved through links. */
    static boolean sameFolder(Path a, Path b) {
        return canonical(a).equals(canonical(b));
    }

    /** The real path of the longest part that exists, followed by the rest (an output folder need not exist yet). */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
