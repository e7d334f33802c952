package org.xeploai.cli;

import org.xeploai.i18n.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The top command, {@code xeploai}. Its texts are in the cli bundles under {@code xeploai.usage.*}; each subcommand's
 * under {@code xeploai.<name>.usage.*}. To add a contract command (diff, generate, serve): write one class like
 * {@link ClassifyCommand}, list it here, and add its keys to both bundles.
 */
@Command(name = "xeploai", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {ClassifyCommand.class, ExplainCommand.class, PacksCommand.class, ValidateCommand.class,
                TemplateCommand.class, GenerateCommand.class, DiffCommand.class})
public final class XeploaiCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say so and show the commands. */
    @Override
    public Integer call() {
        return ErrorReporter.missingSubcommand(spec, common.messages());
    }

    /**
     * The whole command tree, ready to {@code execute}: errors become exit codes through {@link ErrorReporter},
     * and the usage help follows {@code --lang}.
     */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(XeploaiCommand.class, new CommandFactory(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setExecutionStrategy(parseResult -> {
            Localization.apply(commandLine, CommonOptions.langOf(parseResult));
            return new CommandLine.RunLast().execute(parseResult);
        });
        Localization.apply(commandLine, Lang.VI);
        return commandLine;
    }
}
