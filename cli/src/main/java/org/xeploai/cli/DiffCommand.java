package org.xeploai.cli;

import org.xeploai.engine.PackInfo;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.diff.DiffFiles;
import org.xeploai.engine.diff.PackDiff;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xeploai diff}: the same input under two packs, A the baseline and B the edited one (either a packaged pack's
 * name or a folder), as OpenFisca compares a reform with its baseline. Prints, per kind of subject, how many move
 * between which levels, the first subjects that change with the rules responsible on each side, and the summary rows
 * of the superior committees that change; with {@code --output}, writes diff.csv, diff_summary.csv, diff.html (and
 * diff_targets.csv) all together or not at all. Exit codes as {@code classify}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class DiffCommand implements Callable<Integer> {
    /** Changed subjects printed on the terminal; diff.csv lists them all. */
    static final int SHOWN = 10;
    private final CliContext context;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.year")
    private int year;

    @Option(names = "--input", required = true, paramLabel = "DIR", descriptionKey = "cli.option.input")
    private Path input;

    @Option(names = "--rules-a", required = true, paramLabel = "A", descriptionKey = "cli.option.rules_a")
    private String rulesA;

    @Option(names = "--rules-b", required = true, paramLabel = "B", descriptionKey = "cli.option.rules_b")
    private String rulesB;

    @Option(names = "--output", paramLabel = "DIR", descriptionKey = "cli.option.output.diff")
    private Path output;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (output != null && ClassifyCommand.sameFolder(input, output)) {
            throw CliException.usage("cli.classify.output_is_input", output);
        }
        Xeploai xeploai = context.xeploai();
        xeploai.packs().nameForYear(year);
        RulePack a = pack(xeploai, rulesA);
        RulePack b = pack(xeploai, rulesB);
        PackDiff diff = xeploai.diff(year, input, a, b);
        if (output != null) {
            xeploai.writeDiff(diff, output, common.lang());
        }
        print(diff, common.messages(), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    /** A packaged pack or a folder, which must cover the year (an edited pack never stretches a regulation's years). */
    private RulePack pack(Xeploai xeploai, String nameOrFolder) {
        RulePack pack = PackChoice.named(xeploai, nameOrFolder);
        if (!pack.descriptor().years().contains(year)) {
            throw new CliException(ExitCode.RULE_PACK, "cli.classify.pack_not_for_year", nameOrFolder, pack.name(),
                    pack.descriptor().years(), year);
        }
        return pack;
    }

    private void print(PackDiff diff, Messages m, PrintWriter out) {
        out.println(m.get("cli.diff.heading", diff.year(), input));
        out.println("  A: " + describe(rulesA, diff.packA()));
        out.println("  B: " + describe(rulesB, diff.packB()));
        for (PackDiff.SubjectMoves s : diff.subjects()) {
            if (s.countsA().isEmpty() && s.countsB().isEmpty()) {
                continue;
            }
            String subject = m.get("cli.subject." + s.subject());
            if (s.changed() == 0) {
                out.println(m.get("cli.diff.subject_same", subject));
                continue;
            }
            List<String> moves = new ArrayList<>();
            for (PackDiff.Move move : s.moves()) {
                if (!move.from().equals(move.to())) {
                    moves.add(move.from() + " → " + move.to() + ": " + move.count());
                }
            }
            out.println(m.get("cli.diff.subject_moves", subject, s.changed(), String.join(", ", moves)));
        }
        List<PackDiff.SubjectChange> changes = diff.changes();
        for (PackDiff.SubjectChange c : changes.subList(0, Math.min(SHOWN, changes.size()))) {
            String who = c.name() == null || c.name().isBlank() ? c.subjectId() : c.subjectId() + " " + c.name();
            out.println("  " + m.get("cli.diff.change", who, c.stateA(), c.stateB(), ids(c.ruleIdsA()), ids(c.ruleIdsB())));
        }
        if (changes.size() > SHOWN) {
            out.println("  " + m.get("cli.diff.more", changes.size() - SHOWN));
        }
        RunReport report = new RunReport(m);
        List<String> superiors = diff.summary().stream().filter(s -> s.subject().equals("GRASSROOTS_ORG"))
                .map(PackDiff.SummaryChange::scopeOrgId).toList();
        for (PackDiff.SummaryChange s : diff.summary()) {
            if (s.changed() && superiors.contains(s.scopeOrgId()) && s.a() != null && s.b() != null) {
                out.println("  " + m.get("cli.diff.summary", s.scopeOrgId(), m.get("cli.subject." + s.subject())));
                out.println("    A: " + report.headline(s.subject(), s.a()).substring(
                        m.get("cli.subject." + s.subject()).length() + 2));
                out.println("    B: " + report.headline(s.subject(), s.b()).substring(
                        m.get("cli.subject." + s.subject()).length() + 2));
            }
        }
        for (PackDiff.TargetChange t : diff.targets()) {
            if (t.changed()) {
                out.println("  " + m.get("cli.diff.target", t.targetId(), plain(t.actualA()), met(t.metA(), m),
                        plain(t.actualB()), met(t.metB(), m), plain(t.planned())));
            }
        }
        if (!diff.anyChange()) {
            out.println(m.get("cli.diff.no_change"));
        }
        if (output != null) {
            out.println(m.get("cli.diff.files", output.resolve(DiffFiles.CHANGES), output.resolve(DiffFiles.SUMMARY),
                    output.resolve(DiffFiles.HTML)));
        }
        out.flush();
    }

    private static String describe(String given, PackInfo pack) {
        String hash = pack.hash() == null ? "" : pack.hash().substring(0, Math.min(12, pack.hash().length()));
        String what = pack.name() + " " + pack.version() + " (sha256 " + hash + "…)";
        return given.equals(pack.name()) ? what : given + ": " + what;
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }

    private static String met(Boolean met, Messages m) {
        return met == null ? "" : m.get(met ? "diff.html.met" : "diff.html.not_met");
    }
}
