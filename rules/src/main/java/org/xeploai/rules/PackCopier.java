package org.xeploai.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a pack into a folder a board edits ({@code xeploai packs copy}): pack.yaml, parameters.csv, every rule file
 * and its cases file. The copy is self-contained: a rule file the pack shares with other packs ({@code ../common/x.drl}
 * in pack.yaml) is copied to {@code common/x.drl} inside the folder and pack.yaml names it so; its cases file keeps
 * only the cases of the years the pack covers (the others are legal examples of other regulations, which a shared
 * file's pack skips). Every other byte is as in the pack, comments included, so that the copy loads with
 * {@code RulePack.load(PackFiles.directory(dir))} and gives the same results.
 */
public final class PackCopier {
    private static final String UP = "../";

    private PackCopier() {
    }

    /** Whether {@code dir} can receive a copy: absent, or an empty folder. */
    public static boolean isEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * The files of the copy, by their path in the copy, in the order pack.yaml lists them.
     *
     * @throws RulePackException if pack.yaml or parameters.csv is missing or pack.yaml cannot be read
     */
    public static Map<String, String> files(PackFiles source) {
        return files(source, null);
    }

    /**
     * The same, with {@code copied_from: <copiedFrom>} recorded in the copy's pack.yaml (the source pack's name,
     * version and hash), so that a result made with the copy can be traced to the rules it started from.
     */
    public static Map<String, String> files(PackFiles source, String copiedFrom) {
        String yaml = source.read(PackDescriptor.FILE).orElseThrow(() -> new RulePackException(PackProblem.of(
                source.describe(PackDescriptor.FILE), 0, "pack.problem.pack_yaml_missing")));
        PackDescriptor descriptor = PackDescriptor.parse(yaml, source.describe(PackDescriptor.FILE));
        String parameters = source.read(ParameterTable.FILE).orElseThrow(() -> new RulePackException(PackProblem.of(
                source.describe(ParameterTable.FILE), 0, "pack.problem.parameters_missing")));
        Map<String, String> out = new LinkedHashMap<>();
        out.put(PackDescriptor.FILE, withCopiedFrom(packYaml(yaml, descriptor), copiedFrom));
        out.put(ParameterTable.FILE, parameters);
        for (String ruleFile : descriptor.ruleFiles()) {
            String local = local(ruleFile);
            if (out.containsKey(local)) {
                throw new RulePackException(PackProblem.of(source.describe(PackDescriptor.FILE), 0,
                        "pack.problem.shared_overwrite", ruleFile, local));
            }
            String text = source.read(ruleFile).orElseThrow(() -> new RulePackException(PackProblem.of(
                    source.describe(ruleFile), 0, "pack.problem.rule_file_missing")));
            out.put(local, text);
            String casesFile = RulePack.casesFileOf(ruleFile);
            Optional<String> cases = source.read(casesFile);
            if (cases.isPresent()) {
                String kept = ruleFile.startsWith(UP)
                        ? casesOfYears(cases.get(), descriptor.years(), ruleFile) : cases.get();
                out.put(RulePack.casesFileOf(local), kept);
            }
        }
        return out;
    }

    /**
     * Writes the copy into {@code target}, which must be absent or empty; returns the paths written, relative to it.
     *
     * @throws FileAlreadyExistsException if {@code target} holds anything
     */
    public static List<String> copy(PackFiles source, Path target) throws IOException {
        return copy(source, target, null);
    }

    /** The same, recording {@code copied_from: <copiedFrom>} in the copy's pack.yaml (see {@link #files(PackFiles, String)}). */
    public static List<String> copy(PackFiles source, Path target, String copiedFrom) throws IOException {
        if (!isEmptyOrAbsent(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "not an empty folder");
        }
        Map<String, String> files = files(source, copiedFrom);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path to = target.resolve(file.getKey()).normalize();
            if (!to.startsWith(target.normalize())) {
                throw new IOException(file.getKey() + " would be written outside " + target);
            }
            Files.createDirectories(to.getParent());
            Files.writeString(to, file.getValue(), StandardCharsets.UTF_8);
        }
        return new ArrayList<>(files.keySet());
    }

    /**
     * pack.yaml with {@code copied_from:} set (replacing one already there, as when a copy is copied), just before
     * the {@code version:} line so that a board reads them together; the version itself is kept.
     */
    static String withCopiedFrom(String yaml, String copiedFrom) {
        if (copiedFrom == null || copiedFrom.isBlank()) {
            return yaml;
        }
        String line = "copied_from: \"" + copiedFrom.replace("\"", "") + "\"";
        String without = yaml.replaceAll("(?m)^copied_from:.*\\R", "");
        Matcher version = Pattern.compile("(?m)^version:").matcher(without);
        if (version.find()) {
            return without.substring(0, version.start()) + line + "\n" + without.substring(version.start());
        }
        return without + (without.endsWith("\n") ? "" : "\n") + line + "\n";
    }

    /** The path of a rule file in the copy: {@code ../common/x.drl} becomes {@code common/x.drl}. */
    public static String local(String ruleFile) {
        String path = ruleFile;
        while (path.startsWith(UP)) {
            path = path.substring(UP.length());
        }
        return path;
    }

    /** pack.yaml with each shared rule file named by its path in the copy, and a first line saying so. */
    static String packYaml(String yaml, PackDescriptor descriptor) {
        String out = yaml;
        boolean shared = false;
        for (String ruleFile : descriptor.ruleFiles()) {
            if (ruleFile.startsWith(UP)) {
                shared = true;
                Pattern entry = Pattern.compile("(?<=^|[\\s\\[,'\"])" + Pattern.quote(ruleFile) + "(?=$|[\\s\\],'\"#])",
                        Pattern.MULTILINE);
                out = entry.matcher(out).replaceAll(Matcher.quoteReplacement(local(ruleFile)));
            }
        }
        if (!shared) {
            return yaml;
        }
        List<String> expected = descriptor.ruleFiles().stream().map(PackCopier::local).toList();
        List<String> rewritten = PackDescriptor.parse(out, PackDescriptor.FILE).ruleFiles();
        if (!rewritten.equals(expected)) {
            throw new IllegalStateException("pack.yaml of " + descriptor.name() + ": the shared rule files could not be"
                    + " renamed (found " + rewritten + ", expected " + expected + ")");
        }
        return "# Copy of the packaged rule pack " + descriptor.name() + " " + descriptor.version()
                + " (xeploai packs copy); the rule files it shares with other packs are in common/.\n" + out;
    }

    /**
     * A shared rule file's cases, keeping only those of the years the pack covers: the same cases the packaged pack
     * runs. Lines are removed, not rewritten, so comments and layout stay; the text is returned unchanged if its
     * layout is not one case per block item.
     */
    static String casesOfYears(String yaml, YearRange years, String ruleFile) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return yaml; // the copy reports it as the packaged file would be reported
        }
        if (!(root instanceof MappingNode map)) {
            return yaml;
        }
        String defaultYear = scalar(value(map, "defaults"), "year");
        if (!(value(map, "cases") instanceof SequenceNode cases) || cases.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            return yaml;
        }
        List<Node> items = cases.getValue();
        List<Integer> starts = items.stream().map(n -> n.getStartMark().getLine()).toList();
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) <= starts.get(i - 1)) {
                return yaml;
            }
        }
        List<String> lines = new ArrayList<>(List.of(yaml.split("(?<=\n)", -1)));
        boolean[] drop = new boolean[lines.size()];
        int kept = 0;
        for (int i = 0; i < items.size(); i++) {
            String year = Optional.ofNullable(scalar(items.get(i), "year")).orElse(defaultYear);
            if (year == null || !year.strip().matches("\\d{4}") || years.contains(Integer.parseInt(year.strip()))) {
                kept++;
                continue;
            }
            int from = starts.get(i);
            int to = i + 1 < items.size() ? starts.get(i + 1) - 1 : lastLine(cases, yaml, lines.size());
            // blank and comment lines at the end of an item's lines introduce what follows: they stay
            while (to > from && isBlankOrComment(lines.get(to))) {
                to--;
            }
            for (int l = from; l <= to && l < drop.length; l++) {
                drop[l] = true;
            }
        }
        if (kept == items.size()) {
            return yaml;
        }
        StringBuilder out = new StringBuilder("# Copied for the years " + years + " of " + ruleFile
                + ": cases of other years (examples of other regulations) were left out.\n");
        for (int l = 0; l < lines.size(); l++) {
            if (!drop[l]) {
                out.append(kept == 0 && lines.get(l).matches("\\s*cases:\\s*\\R?")
                        ? lines.get(l).replaceFirst("cases:", "cases: []") : lines.get(l));
            }
        }
        return out.toString();
    }

    /** The last line of a block sequence: the one before the token that ends it, or the last of the text. */
    private static int lastLine(SequenceNode sequence, String yaml, int lineCount) {
        return sequence.getEndMark().getIndex() >= yaml.length() ? lineCount - 1 : sequence.getEndMark().getLine() - 1;
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static Node value(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static String scalar(Node mapping, String key) {
        return value(mapping, key) instanceof ScalarNode s ? s.getValue() : null;
    }
}
