package org.xeploai.cli;

import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.PackValidator;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackException;
import org.xeploai.rules.cases.CaseResult;
import org.xeploai.rules.cases.RuleCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code xeploai packs test}: runs the legal examples (cases) of every packaged pack, or of the pack in a folder.
 * Prints each failing case with its file, line and name and why it fails, then how many passed and failed. Exit 0
 * when every case passes; 4 when one fails, a cases file cannot be read or a pack does not load.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class PacksTestCommand implements Callable<Integer> {
    private static final String INDENT = "  ";
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "cli.option.pack_folder")
    private Path dir;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public PacksTestCommand(CliContext context) {
        this.context = context;
    }

    private record Target(String label, Supplier<RulePack> pack) {
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        List<Target> targets = new ArrayList<>();
        if (dir == null) {
            for (String name : context.xeploai().packs().names()) {
                targets.add(new Target(name, () -> context.xeploai().packs().get(name)));
            }
        } else {
            targets.add(new Target(dir.toString(), () -> context.xeploai().loadPack(dir)));
        }
        PackValidator validator = new PackValidator(context.xeploai().packs());
        long passed = 0;
        long failed = 0;
        int unusable = 0;
        for (Target target : targets) {
            RulePack pack;
            try {
                pack = target.pack().get();
            } catch (RulePackException e) {
                unusable++;
                out.println(messages.get("cli.packs.test.invalid_pack", target.label(), e.problems().size()));
                e.problems().forEach(p -> out.println(ValidateCommand.indented(p, messages)));
                continue;
            }
            PackValidator.CaseRun run = validator.runCases(pack);
            out.println(messages.get("cli.packs.test.pack", pack.name(), pack.version(), run.results().size(),
                    run.passed(), run.failed()));
            for (PackProblem problem : run.problems()) {
                unusable++;
                out.println(ValidateCommand.indented(problem, messages));
            }
            for (CaseResult result : run.results()) {
                if (!result.passed()) {
                    RuleCase c = result.ruleCase();
                    out.println(INDENT + c.file() + ":" + c.line() + ": " + c.name());
                    out.println(INDENT + INDENT + INDENT + messages.get("cli.packs.test.why", result.failure()));
                }
            }
            passed += run.passed();
            failed += run.failed();
        }
        out.println(messages.get("cli.packs.test.total", passed, failed));
        if (unusable > 0) {
            out.println(messages.get("cli.packs.test.unusable", unusable));
        }
        out.flush();
        return failed > 0 || unusable > 0 ? ExitCode.RULE_PACK.code() : ExitCode.OK.code();
    }
}
