package org.xeploai.cli;

import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code xeploai generate --members N --out DIR [--seed S] [--year Y]}: reproducible synthetic input of any size
 * ({@link InputGenerator}), for trying the engine at scale and for the benchmark. {@code --output} is accepted for
 * {@code --out}. The same seed and size give the same bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--members", required = true, paramLabel = "N", descriptionKey = "cli.option.members.generate")
    private long members;

    @Option(names = {"--out", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "cli.option.out.generate")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.seed.generate")
    private long seed = InputGenerator.DEFAULT_SEED;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.option.year.generate")
    private int year = InputGenerator.DEFAULT_YEAR;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public GenerateCommand() {
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        if (members < 1) {
            throw CliException.usage("cli.generate.members", members);
        }
        InputGenerator.Stats stats;
        try {
            stats = new InputGenerator(members, seed, year).writeTo(out);
        } catch (UncheckedIOException e) {
            throw WriteFailure.of(out, e.getCause());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(messages.get("cli.generate.done", stats.members(), stats.organizations(), stats.grassroots(),
                stats.cells(), out));
        o.println(messages.get("cli.generate.rows", stats.memberRows(), stats.decisions(), stats.historyRows(),
                stats.badMemberRows(), stats.largestGrassroots()));
        o.println(messages.get("cli.generate.next", year, out));
        o.flush();
        return ExitCode.OK.code();
    }
}
