package org.xeploai.cli;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.model.schema.Column;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.ValueType;
import org.xeploai.rules.PackDescriptor;
import org.xeploai.rules.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code xeploai template}: empty input files for an evaluation year, with the headers the year's pack reads, and a
 * README.txt in Vietnamese and English naming the required columns and the values each column accepts. Files are
 * UTF-8 with BOM and CRLF, as Excel reads and writes them. In organizations.csv, members.csv and collectives.csv,
 * the columns every row must fill come first, then those a subject needs to be classified, then the others in the
 * contract's order; decisions.csv, history.csv and targets.csv follow the contract. Files already in the folder are
 * never overwritten.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class TemplateCommand implements Callable<Integer> {
    static final String README = "README.txt";
    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    /** The optional files the contract names beside the schemas the engine reads rows of. */
    static final List<Column> DECISIONS = List.of(
            Column.required("subject_type", "loai_doi_tuong", ValueType.TEXT),
            Column.required("subject_id", "ma_doi_tuong", ValueType.TEXT),
            Column.required("level", "muc_xep_loai", ValueType.LEVEL),
            Column.optional("reason", "ly_do", ValueType.TEXT, ""),
            Column.optional("decided_by", "cap_quyet_dinh", ValueType.TEXT, ""),
            Column.optional("rank", "thu_tu", ValueType.INTEGER, ""),
            Column.optional("exemplary", "tieu_bieu", ValueType.BOOLEAN, "false"),
            Column.optional("quota_exception", "ti_le_ngoai_le", ValueType.BOOLEAN, "false"));
    static final List<Column> HISTORY = List.of(
            Column.required("subject_type", "loai_doi_tuong", ValueType.TEXT),
            Column.required("subject_id", "ma_doi_tuong", ValueType.TEXT),
            Column.required("year", "nam", ValueType.INTEGER),
            Column.required("level", "muc_xep_loai", ValueType.LEVEL));
    static final List<Column> TARGETS = List.of(
            Column.required("target_id", "ma_chi_tieu", ValueType.TEXT),
            Column.required("scope_org_id", "ma_to_chuc", ValueType.TEXT),
            Column.optional("description", "mo_ta", ValueType.TEXT, ""),
            Column.required("metric", "loai_chi_tieu", ValueType.TEXT),
            Column.optional("subject", "doi_tuong", ValueType.TEXT, ""),
            Column.required("planned", "ke_hoach", ValueType.DECIMAL),
            Column.optional("actual", "thuc_hien", ValueType.DECIMAL, ""),
            Column.optional("base", "co_so", ValueType.TEXT, "CLASSIFIED"));
    /** Text columns that take one of a set of codes: their values are named by a key of their own. */
    private static final Map<String, String> CODED_TEXT = Map.of(
            "decisions.csv:subject_type", "cli.template.values.subject_type",
            "history.csv:subject_type", "cli.template.values.subject_type",
            "targets.csv:metric", "cli.template.values.metric",
            "targets.csv:subject", "cli.template.values.target_subject",
            "targets.csv:base", "cli.template.values.base");

    private final CliContext context;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.year.template")
    private int year;

    @Option(names = "--output", required = true, paramLabel = "DIR", descriptionKey = "cli.option.output.template")
    private Path output;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    public TemplateCommand(CliContext context) {
        this.context = context;
    }

    /** One file of the template: its name, its columns in order, and which must be filled. */
    record TemplateFile(String name, List<Column> columns, Set<String> required, Set<String> forClassification) {
        String header() {
            return columns.stream().map(Column::name).collect(Collectors.joining(","));
        }
    }

    @Override
    public Integer call() {
        String name = context.xeploai().packs().nameForYear(year);
        RulePack pack = context.xeploai().packs().get(name);
        List<TemplateFile> files = files(pack.descriptor());
        List<String> existing = new ArrayList<>();
        for (String file : names(files)) {
            if (Files.exists(output.resolve(file))) {
                existing.add(file);
            }
        }
        if (!existing.isEmpty()) {
            throw CliException.usage("cli.template.exists", output, String.join(", ", existing));
        }
        try {
            Files.createDirectories(output);
            for (TemplateFile file : files) {
                write(output.resolve(file.name()), file.header() + CRLF);
            }
            write(output.resolve(README), readme(year, pack, files, Messages.of(Lang.VI)) + CRLF
                    + readme(year, pack, files, Messages.of(Lang.EN)));
        } catch (IOException e) {
            throw WriteFailure.of(output, e);
        }
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.template.done", year, pack.name(), pack.version(), output));
        names(files).forEach(f -> out.println("  " + f));
        out.println(messages.get("cli.template.next", year, output));
        out.flush();
        return ExitCode.OK.code();
    }

    private static List<String> names(List<TemplateFile> files) {
        List<String> names = new ArrayList<>(files.stream().map(TemplateFile::name).toList());
        names.add(README);
        return names;
    }

    /** The template's files for a pack, each with its columns in the order a committee fills them. */
    static List<TemplateFile> files(PackDescriptor pack) {
        List<TemplateFile> files = new ArrayList<>();
        files.add(ordered(InputSchemas.ORGANIZATIONS.file(), InputSchemas.ORGANIZATIONS.columns(), pack));
        files.add(ordered(InputSchemas.MEMBERS.file(), InputSchemas.MEMBERS.columns(), pack));
        files.add(ordered(InputSchemas.COLLECTIVES.file(), InputSchemas.COLLECTIVES.columns(), pack));
        files.add(ordered("decisions.csv", DECISIONS, pack));
        files.add(ordered("history.csv", HISTORY, pack));
        files.add(ordered("targets.csv", TARGETS, pack));
        return files;
    }

    private static TemplateFile ordered(String file, List<Column> columns, PackDescriptor pack) {
        Set<String> required = new LinkedHashSet<>();
        columns.stream().filter(Column::required).forEach(c -> required.add(c.name()));
        required.addAll(pack.requiredColumns().getOrDefault(file, List.of()));
        Set<String> forClassification = new LinkedHashSet<>(pack.classificationColumns().getOrDefault(file, List.of()));
        forClassification.removeAll(required);
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        List<Column> out = new ArrayList<>();
        columns.stream().filter(c -> required.contains(c.name())).forEach(out::add);
        columns.stream().filter(c -> forClassification.contains(c.name())).forEach(out::add);
        columns.stream().filter(c -> !out.contains(c)).forEach(out::add);
        // a column a pack requires that the schema does not name is still in the header, after the schema's
        for (String extra : concat(required, forClassification)) {
            if (!byName.containsKey(extra)) {
                out.add(Column.optional(extra, extra, ValueType.TEXT, ""));
            }
        }
        return new TemplateFile(file, List.copyOf(out), required, forClassification);
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The README in one language: what each file is, the columns to fill, the values each kind of column takes. */
    static String readme(int year, RulePack pack, List<TemplateFile> files, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("cli.template.readme.title", year, pack.name(), pack.version()));
        lines.add(pack.descriptor().title());
        lines.add("");
        lines.addAll(TextColumns.wrap(m.get("cli.template.readme.intro"), TextColumns.WIDTH));
        lines.add("  " + m.get("cli.template.readme.command", year));
        lines.add("");
        for (TemplateFile file : files) {
            wrapInto(lines, file.name() + " — " + m.get("cli.template.readme.file." + file.name()));
            if (!file.required().isEmpty()) {
                wrapInto(lines, "  " + m.get("cli.template.readme.required", names(file, file.required())));
            }
            if (!file.forClassification().isEmpty()) {
                wrapInto(lines, "  " + m.get("cli.template.readme.for_classification",
                        names(file, file.forClassification())));
            }
        }
        lines.add("");
        lines.add(m.get("cli.template.readme.values"));
        Map<String, List<String>> byValues = new LinkedHashMap<>();
        for (TemplateFile file : files) {
            for (Column c : file.columns()) {
                String key = CODED_TEXT.getOrDefault(file.name() + ":" + c.name(),
                        c.type() == ValueType.TEXT ? null : "cli.template.values." + c.type().name());
                if (key != null) {
                    List<String> columns = byValues.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!columns.contains(c.name())) {
                        columns.add(c.name());
                    }
                }
            }
        }
        byValues.forEach((key, columns) -> wrapInto(lines, "  " + m.get(key, String.join(", ", columns))));
        wrapInto(lines, "  " + m.get("cli.template.readme.other_columns"));
        return String.join(CRLF, lines) + CRLF;
    }

    private static String names(TemplateFile file, Set<String> names) {
        return file.columns().stream().filter(c -> names.contains(c.name()))
                .map(c -> c.alias().equals(c.name()) ? c.name() : c.name() + " (" + c.alias() + ")")
                .collect(Collectors.joining(", "));
    }

    /** A long line wrapped, the continuation indented under the text. */
    private static void wrapInto(List<String> lines, String line) {
        String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
        List<String> wrapped = TextColumns.wrap(line, TextColumns.WIDTH - indent.length());
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(i == 0 ? line.substring(0, line.length() - line.stripLeading().length()) + wrapped.get(0)
                    : indent + wrapped.get(i));
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.writeString(path, BOM + text, StandardCharsets.UTF_8);
    }
}
