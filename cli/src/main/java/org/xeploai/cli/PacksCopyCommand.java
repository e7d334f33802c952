package org.xeploai.cli;

import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackCopier;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.PackSummary;
import org.xeploai.rules.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xeploai packs copy}: writes a packaged pack into a folder for a board to edit (pack.yaml, parameters.csv,
 * every rule file with its cases, and the rule files it shares with other packs, under {@code common/}), so that the
 * copy stands alone: {@code classify --rules}, {@code validate} and {@code packs test} take it as it is. Refuses a
 * folder that is not empty, so that nothing a board wrote is overwritten.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class PacksCopyCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "PACK", descriptionKey = "cli.option.packaged_pack")
    private String pack;

    @Parameters(index = "1", paramLabel = "DIR", descriptionKey = "cli.option.copy_folder")
    private Path dir;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public PacksCopyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> packaged = context.xeploai().packs().names();
        if (!packaged.contains(pack)) {
            throw CliException.usage("cli.packs.copy.unknown", pack, String.join(", ", packaged));
        }
        List<String> written;
        try {
            if (!PackCopier.isEmptyOrAbsent(dir)) {
                throw CliException.usage("cli.packs.copy.not_empty", dir);
            }
            RulePack source = context.xeploai().packs().get(pack);
            written = PackCopier.copy(PackFiles.packaged(pack), dir,
                    source.name() + " " + source.version() + " " + source.hash());
        } catch (IOException e) {
            throw WriteFailure.of(dir, e);
        }
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PackSummary summary = context.xeploai().packs().summary(pack);
        out.println(messages.get("cli.packs.copy.done", summary.name(), summary.version(), dir, written.size()));
        written.forEach(file -> out.println("  " + file));
        out.println(messages.get("cli.packs.copy.next", dir, summary.years().to() != null ? summary.years().to() : summary.years().from()));
        out.flush();
        return ExitCode.OK.code();
    }
}
