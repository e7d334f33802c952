package org.xeploai.cli;

import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code xeploai packs list}: the packaged packs, the evaluation years each covers, its version and legal basis. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class PacksListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public PacksListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (PackSummary pack : context.xeploai().packs().list()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(messages.get("cli.packs.list.pack", pack.name(), pack.version(), pack.years().toString()));
            out.println("  " + pack.title());
            out.println("  " + messages.get("cli.packs.list.basis"));
            // the registry joins the documents' titles with "; ": one document a line reads better
            for (String document : pack.legalBasis().split("; ")) {
                out.println("    " + document);
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
