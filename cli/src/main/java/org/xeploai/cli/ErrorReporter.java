package org.xeploai.cli;

import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.output.OutputException;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.NoPackForYearException;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.PackSummary;
import org.xeploai.rules.RulePackException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where a failure becomes an exit code and a message on standard error, in the user's language, with
 * the file, line and column where there is one, and never a stack trace unless {@code --debug} asks for it.
 * Commands just let the engine's exceptions (and {@link CliException}) propagate.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** A command that only groups subcommands, run without one: say so, show the usage, exit 2. */
    static int missingSubcommand(CommandLine.Model.CommandSpec spec, Messages messages) {
        CommandLine commandLine = spec.commandLine();
        commandLine.getErr().println(messages.get("cli.error.usage", messages.get("cli.usage.no_command")));
        commandLine.usage(commandLine.getErr());
        return ExitCode.USAGE.code();
    }


    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        Lang lang = CommonOptions.langOf(args);
        Localization.apply(command, lang);
        Messages messages = Messages.of(lang);
        PrintWriter err = command.getErr();
        err.println(messages.get("cli.error.usage", describe(ex, messages)));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("cli.usage.suggestions", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(messages.get("cli.usage.see_help", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        Messages messages = Messages.of(CommonOptions.langOf(parseResult));
        PrintWriter err = command.getErr();
        ExitCode code = report(ex, messages, err, command.getCommandSpec().qualifiedName());
        if (CommonOptions.debugOf(parseResult)) {
            ex.printStackTrace(err);
        } else if (code == ExitCode.INTERNAL_ERROR) {
            err.println(messages.get("cli.error.debug_hint"));
        }
        err.flush();
        return code.code();
    }

    /** Prints what went wrong and returns the exit code; the first known failure in the cause chain decides. */
    static ExitCode report(Throwable ex, Messages messages, PrintWriter err, String commandName) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CliException e) {
                err.println(messages.get(e.exitCode() == ExitCode.USAGE ? "cli.error.usage" : "cli.error.line",
                        messages.get(e.messageKey(), e.args())));
                if (e.exitCode() == ExitCode.USAGE) {
                    err.println(messages.get("cli.usage.see_help", commandName));
                }
                return e.exitCode();
            }
            if (t instanceof InputUnusableException e) {
                err.println(messages.get("cli.error.input",
                        where(messages, e.file(), e.line(), e.column()), messages.get(e.messageKey(), e.args())));
                return ExitCode.INPUT_UNUSABLE;
            }
            if (t instanceof NoPackForYearException e) {
                String covered = e.covered().stream().map(ErrorReporter::coverage).collect(Collectors.joining("; "));
                err.println(messages.get("cli.error.no_pack_for_year", e.year(), covered));
                return ExitCode.RULE_PACK;
            }
            if (t instanceof RulePackException e) {
                err.println(messages.get("cli.error.rule_pack", e.problems().size()));
                for (PackProblem problem : e.problems()) {
                    err.println(ValidateCommand.indented(problem, messages));
                }
                return ExitCode.RULE_PACK;
            }
            if (t instanceof OutputException e) {
                err.println(messages.get("cli.error.output", messages.get(e.messageKey(), e.args())));
                return ExitCode.OUTPUT_NOT_WRITTEN;
            }
        }
        err.println(messages.get("cli.error.internal", oneLine(ex)));
        return ExitCode.INTERNAL_ERROR;
    }

    /** "members.csv, dòng 3, cột grade_tasks": the parts that are known. */
    static String where(Messages messages, String file, long line, String column) {
        List<String> parts = new ArrayList<>();
        if (file != null && !file.isEmpty()) {
            parts.add(file);
        }
        if (line > 0) {
            parts.add(messages.get("cli.where.line", line));
        }
        if (column != null && !column.isEmpty()) {
            parts.add(messages.get("cli.where.column", column));
        }
        return String.join(", ", parts);
    }

    /** "2018–2022 (qd132-hd21)". */
    static String coverage(PackSummary pack) {
        return pack.years() + " (" + pack.name() + ")";
    }

    private static String describe(ParameterException ex, Messages messages) {
        if (ex instanceof CommandLine.UnmatchedArgumentException e) {
            return messages.get("cli.usage.unknown", String.join(" ", e.getUnmatched()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return messages.get("cli.usage.exclusive", exclusiveOptions(ex.getCommandLine()));
        }
        if (ex instanceof CommandLine.MissingParameterException e && !e.getMissing().isEmpty()
                && e.getMissing().stream().allMatch(a -> a.group() != null && a.group().exclusive())) {
            return messages.get("cli.usage.missing_one_of",
                    e.getMissing().stream().map(ErrorReporter::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.MissingParameterException e) {
            return messages.get("cli.usage.missing",
                    e.getMissing().stream().map(ErrorReporter::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException e) {
            return messages.get("cli.usage.repeated", name(e.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return messages.get("cli.usage.invalid_value", name(ex.getArgSpec()), ex.getValue());
        }
        return messages.get("cli.usage.other", oneLine(ex));
    }

    /** The options of the command's exclusive groups: "--member, --org, --collective". */
    private static String exclusiveOptions(CommandLine command) {
        return command.getCommandSpec().argGroups().stream().filter(g -> g.exclusive())
                .flatMap(g -> g.args().stream()).map(ErrorReporter::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip() + " …";
        }
        return message.isEmpty() ? ex.getClass().getName() : ex.getClass().getSimpleName() + ": " + message;
    }
}
