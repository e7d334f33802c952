package org.xeploai.cli;

import org.xeploai.engine.Xeploai;
import org.xeploai.rules.RulePack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Which rule pack a command runs with: the one place that turns {@code --year}, {@code --rules} or a pack name into a pack. */
final class PackChoice {

    private PackChoice() {
    }

    /**
     * The packaged pack for the year, or the edited one in {@code rules}. The year is checked against the packaged
     * packs either way, so that an edited pack never stretches the years the regulations cover.
     */
    static RulePack forYear(Xeploai xeploai, int year, Path rules) {
        if (rules == null) {
            return xeploai.packForYear(year);
        }
        xeploai.packs().nameForYear(year);
        RulePack pack = xeploai.loadPack(rules);
        if (!pack.descriptor().years().contains(year)) {
            throw new CliException(ExitCode.RULE_PACK, "cli.classify.pack_not_for_year",
                    rules, pack.name(), pack.descriptor().years(), year);
        }
        return pack;
    }

    /** A packaged pack by its name, or an edited pack by its folder. */
    static RulePack named(Xeploai xeploai, String nameOrFolder) {
        List<String> packaged = xeploai.packs().names();
        if (packaged.contains(nameOrFolder)) {
            return xeploai.packs().get(nameOrFolder);
        }
        Path folder = Path.of(nameOrFolder);
        if (Files.isDirectory(folder)) {
            return xeploai.loadPack(folder);
        }
        throw CliException.usage("cli.packs.unknown", nameOrFolder, String.join(", ", packaged));
    }
}
