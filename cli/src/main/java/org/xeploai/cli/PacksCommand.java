package org.xeploai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code xeploai packs}: the rule packs. Only a group: {@code list}, {@code show}, {@code copy} and {@code test},
 * each a class of its own.
 */
@Command(name = "packs", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {PacksListCommand.class, PacksShowCommand.class, PacksCopyCommand.class,
                PacksTestCommand.class})
public final class PacksCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: say so and show them. */
    @Override
    public Integer call() {
        return ErrorReporter.missingSubcommand(spec, common.messages());
    }
}
