package org.xeploai.cli;

import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.LegalDocument;
import org.xeploai.rules.LevelClause;
import org.xeploai.rules.PackDescriptor;
import org.xeploai.rules.PackValidator;
import org.xeploai.rules.Parameter;
import org.xeploai.rules.RuleInfo;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code xeploai packs show}: a pack as an inspection board reads it. Its title, version, years and legal basis
 * (every document with its full title), each rule file with its rules (id, title, the clause cited), the clause of
 * each level for each kind of subject, the quota clauses, the columns it reads and its parameters (value, allowed
 * values, description, legal source). References are cited as the pack prints them for its latest year.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class PacksShowCommand implements Callable<Integer> {
    private static final String INDENT = "  ";
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PACK", descriptionKey = "cli.option.pack_name")
    private String pack;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "cli.option.rules.show")
    private Path rules;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public PacksShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> packaged = context.xeploai().packs().names();
        if (pack == null && rules == null) {
            throw CliException.usage("cli.packs.show.which", String.join(", ", packaged));
        }
        if (pack != null && rules != null) {
            throw CliException.usage("cli.packs.show.both", pack, rules);
        }
        RulePack shown = rules != null ? context.xeploai().loadPack(rules) : PackChoice.named(context.xeploai(), pack);
        print(shown, rules != null || !packaged.contains(pack), common.messages(), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    static void print(RulePack pack, boolean edited, Messages messages, PrintWriter out) {
        PackDescriptor d = pack.descriptor();
        YearRange years = d.years();
        int year = years.to() != null ? years.to() : years.from();
        out.println(messages.get("cli.packs.show.heading", d.name(), d.version(), years.toString()));
        TextColumns.wrap(d.title(), TextColumns.WIDTH).forEach(out::println);
        if (edited) {
            out.println(messages.get("cli.packs.show.edited", pack.files().describe("")));
        }
        if (d.copiedFrom() != null) {
            out.println(messages.get("cli.packs.show.copied_from", d.copiedFrom()));
        }
        out.println(messages.get("cli.packs.show.hash", pack.hash()));

        out.println();
        out.println(messages.get("cli.packs.show.documents"));
        for (LegalDocument doc : d.documents().values()) {
            List<String> notes = new ArrayList<>();
            if (d.legalBasis().contains(doc.key())) {
                notes.add(messages.get("cli.packs.show.basis"));
            }
            d.documents().values().forEach(other -> other.insteadForYears().forEach((y, key) -> {
                if (key.equals(doc.key())) {
                    notes.add(messages.get("cli.packs.show.instead", other.key(), y));
                }
            }));
            printWrapped(out, INDENT + TextColumns.pad(doc.key(), keyWidth(d)) + "  ", doc.title()
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        }
        out.println(messages.get("cli.packs.show.cited_for", year));

        printRules(pack, year, messages, out);

        out.println();
        out.println(messages.get("cli.packs.show.levels"));
        for (Map.Entry<SubjectType, Map<Level, LevelClause>> bySubject : d.levels().entrySet()) {
            out.println(INDENT + subject(messages, bySubject.getKey()));
            TextColumns table = new TextColumns();
            for (Map.Entry<Level, LevelClause> clause : bySubject.getValue().entrySet()) {
                table.add(clause.getKey().name(), clause.getKey().label(), clause.getValue().ruleId(),
                        pack.cite(clause.getValue().reference(), year));
            }
            table.print(out, INDENT + INDENT);
        }

        out.println();
        out.println(messages.get("cli.packs.show.quota"));
        TextColumns quota = new TextColumns();
        d.quotaClauses().forEach((type, clause) -> quota.add(subject(messages, type), clause.ruleId(),
                pack.cite(clause.reference(), year)));
        quota.print(out, INDENT);

        out.println();
        out.println(messages.get("cli.packs.show.columns"));
        TextColumns columns = new TextColumns();
        for (String file : d.requiredColumns().keySet()) {
            List<String> parts = new ArrayList<>();
            List<String> required = d.requiredColumns().getOrDefault(file, List.of());
            List<String> forClassification = d.classificationColumns().getOrDefault(file, List.of());
            if (!required.isEmpty()) {
                parts.add(messages.get("cli.packs.show.required", String.join(", ", required)));
            }
            if (!forClassification.isEmpty()) {
                parts.add(messages.get("cli.packs.show.for_classification", String.join(", ", forClassification)));
            }
            columns.add(file, String.join("; ", parts));
        }
        columns.print(out, INDENT);

        out.println();
        out.println(messages.get("cli.packs.show.parameters", pack.parameters().all().size()));
        TextColumns parameters = new TextColumns();
        parameters.add(messages.get("cli.packs.show.parameter.name"), messages.get("cli.packs.show.parameter.value"),
                messages.get("cli.packs.show.parameter.allowed"), messages.get("cli.packs.show.parameter.reference"));
        for (Parameter p : pack.parameters().all().values()) {
            parameters.add(p.name(), p.value(), p.allowed().isBlank() ? "—" : p.allowed(), pack.cite(p.reference(), year));
        }
        // each parameter's description goes under its row
        List<String> lines = parameters.lines(INDENT);
        out.println(lines.get(0));
        int i = 1;
        for (Parameter p : pack.parameters().all().values()) {
            out.println(lines.get(i++));
            if (!p.description().isBlank()) {
                TextColumns.wrap(p.description(), TextColumns.WIDTH - 6).forEach(l -> out.println("      " + l));
            }
        }
        out.flush();
    }

    private static void printRules(RulePack pack, int year, Messages messages, PrintWriter out) {
        PackDescriptor d = pack.descriptor();
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        d.ruleFiles().forEach(f -> byFile.put(f, new ArrayList<>()));
        List<RuleInfo> all = pack.rules();
        for (RuleInfo rule : all) {
            byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(rule);
        }
        int idWidth = all.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        out.println();
        out.println(messages.get("cli.packs.show.rules", all.size(), d.ruleFiles().size()));
        for (Map.Entry<String, List<RuleInfo>> file : byFile.entrySet()) {
            String source = pack.sources().get(file.getKey());
            List<RuleInfo> rules = new ArrayList<>(file.getValue());
            rules.sort(Comparator.comparingInt(r -> PackValidator.lineOfRule(source, r.id())));
            out.println(INDENT + messages.get(file.getKey().startsWith("../") ? "cli.packs.show.file.shared"
                    : "cli.packs.show.file", file.getKey(), rules.size()));
            for (RuleInfo rule : rules) {
                String first = INDENT + INDENT + TextColumns.pad(rule.id(), idWidth) + "  ";
                String title = rule.title() == null || rule.title().isBlank()
                        ? messages.get("cli.packs.show.no_title") : rule.title();
                printWrapped(out, first, title);
                String cited = rule.reference() == null || rule.reference().isBlank()
                        ? messages.get("cli.packs.show.no_reference") : pack.cite(rule.reference(), year);
                printWrapped(out, " ".repeat(first.length()), messages.get("cli.packs.show.cites", cited));
            }
        }
    }

    /** {@code text} wrapped to the terminal width, the first line after {@code first}, the others aligned under it. */
    private static void printWrapped(PrintWriter out, String first, String text) {
        List<String> lines = TextColumns.wrap(text, Math.max(30, TextColumns.WIDTH - first.length()));
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? first : " ".repeat(first.length())) + lines.get(i));
        }
    }

    private static int keyWidth(PackDescriptor d) {
        return d.documents().keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static String subject(Messages messages, SubjectType type) {
        return messages.get("cli.subject_type." + type.name()) + " (" + type.name() + ")";
    }
}
