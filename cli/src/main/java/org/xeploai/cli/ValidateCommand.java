package org.xeploai.cli;

import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.PackValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code xeploai validate}: checks an edited pack and reports every problem at once, each with its file and line
 * ({@link PackValidator}: what loading refuses, the hygiene an inspection board relies on, every failing case).
 * Exit 4 if there is any, 0 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ValidateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--rules", required = true, paramLabel = "DIR", descriptionKey = "cli.option.rules.validate")
    private Path rules;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PackValidator.Validation validation = new PackValidator(context.xeploai().packs())
                .check(PackFiles.directory(rules));
        if (validation.problems().isEmpty()) {
            out.println(messages.get("cli.validate.ok", rules, validation.pack().name(), validation.pack().version(),
                    validation.pack().rules().size(), validation.casesPassed()));
            out.flush();
            return ExitCode.OK.code();
        }
        out.println(messages.get("cli.validate.problems", rules, validation.problems().size()));
        for (PackProblem problem : validation.problems()) {
            out.println(indented(problem, messages));
        }
        if (!validation.loaded()) {
            out.println(messages.get("cli.validate.not_loaded"));
        }
        out.flush();
        return ExitCode.RULE_PACK.code();
    }

    /**
     * A problem on its line, in the user's language ({@link PackProblem#describe}), the further lines of a long
     * compiler message indented under it. Every command that lists pack problems prints them so.
     */
    static String indented(PackProblem problem, Messages messages) {
        return "  " + problem.describe(messages).strip().replaceAll("\\R\\s*", System.lineSeparator() + "      ");
    }
}
