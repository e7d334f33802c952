package org.xeploai.rules;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.xeploai.model.EvaluationPeriod;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regulation's rules, ready to run: its descriptor, parameters, compiled rules (one {@link KieBase}, built once
 * and shared by every thread) and its cases. Loading checks and compiles everything, so a broken pack is refused
 * before any result is written.
 */
public final class RulePack {
    /** The suffix of the cases file beside each rule file: {@code member.drl} has {@code member.cases.yaml}. */
    public static final String CASES_SUFFIX = ".cases.yaml";

    private final PackDescriptor descriptor;
    private final Parameters parameters;
    private final PackFiles files;
    private final Map<String, String> sources;
    private final KieBase kieBase;
    private final String hash;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private final Pattern documentKeys;
    private final Map<Integer, Map<String, String>> citations = new ConcurrentHashMap<>();

    private RulePack(PackDescriptor descriptor, Parameters parameters, PackFiles files, Map<String, String> sources,
                     KieBase kieBase) {
        this.descriptor = descriptor;
        this.parameters = parameters;
        this.files = files;
        this.sources = sources;
        this.kieBase = kieBase;
        this.hash = hash(sources);
        this.documentKeys = Pattern.compile("\\b(" + String.join("|", descriptor.documents().keySet()) + ")\\b");
    }

    /** Reads, checks and compiles a pack; throws {@link RulePackException} with every problem found. */
    public static RulePack load(PackFiles files) {
        String packYaml = files.read(PackDescriptor.FILE).orElseThrow(() -> new RulePackException(
                PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.pack_yaml_missing")));
        PackDescriptor descriptor = PackDescriptor.parse(packYaml, files.describe(PackDescriptor.FILE));
        String paramsCsv = files.read(ParameterTable.FILE).orElseThrow(() -> new RulePackException(
                PackProblem.of(files.describe(ParameterTable.FILE), 0, "pack.problem.parameters_missing")));
        Parameters parameters = ParameterTable.parse(paramsCsv, files.describe(ParameterTable.FILE));
        Map<String, String> sources = new TreeMap<>();
        sources.put(PackDescriptor.FILE, packYaml);
        sources.put(ParameterTable.FILE, paramsCsv);
        Map<String, String> ruleSources = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        for (String file : descriptor.ruleFiles()) {
            files.read(file).ifPresentOrElse(text -> {
                ruleSources.put(file, text);
                sources.put(file, text);
            }, () -> problems.add(PackProblem.of(files.describe(file), 0, "pack.problem.rule_file_missing")));
            String cases = casesFileOf(file);
            files.read(cases).ifPresent(text -> sources.put(cases, text));
        }
        ruleSources.forEach((file, text) -> problems.addAll(unknownParameters(file, text, parameters, files)));
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        KieBase kieBase = PackCompiler.compile(descriptor.name(), ruleSources, files);
        return new RulePack(descriptor, parameters, files, sources, kieBase);
    }

    private static final Pattern PARAMETER_USE = Pattern.compile("\\b(?:decimal|integer|text|is)\\(\\s*\"([^\"]+)\"");

    /** A parameter a rule reads but parameters.csv lacks would only fail while classifying: refuse it now. */
    private static List<PackProblem> unknownParameters(String file, String text, Parameters parameters, PackFiles files) {
        List<PackProblem> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PARAMETER_USE.matcher(lines[i]);
            while (m.find()) {
                if (!parameters.has(m.group(1))) {
                    out.add(PackProblem.of(files.describe(file), i + 1, "pack.problem.unknown_parameter", m.group(1)));
                }
            }
        }
        return out;
    }

    public static String casesFileOf(String ruleFile) {
        return ruleFile.replaceFirst("\\.drl$", "") + CASES_SUFFIX;
    }

    public PackDescriptor descriptor() {
        return descriptor;
    }

    public String name() {
        return descriptor.name();
    }

    public String version() {
        return descriptor.version();
    }

    public Parameters parameters() {
        return parameters;
    }

    public PackFiles files() {
        return files;
    }

    /** Every file of the pack by its path in the pack, for copying, hashing and cases. */
    public Map<String, String> sources() {
        return java.util.Collections.unmodifiableMap(sources);
    }

    /** SHA-256 over the pack's files: a result names the exact rules that made it. */
    public String hash() {
        return hash;
    }

    public LevelClause clause(SubjectType type, Level level) {
        Map<Level, LevelClause> clauses = descriptor.levels().get(type);
        if (clauses == null) {
            throw new IllegalStateException("pack " + name() + " has no levels for " + type);
        }
        return clauses.get(level);
    }

    /** The clause limiting HTXSNV for the subject type (Q-1, Q-2, …). */
    public LevelClause quotaClause(SubjectType type) {
        LevelClause clause = descriptor.quotaClauses().get(type);
        if (clause == null) {
            throw new IllegalStateException("pack " + name() + " has no quota clause for " + type);
        }
        return clause;
    }

    public List<RuleInfo> rules() {
        List<RuleInfo> out = new ArrayList<>();
        for (Rule rule : PackCompiler.rules(kieBase).values()) {
            Object reference = rule.getMetaData().get(Findings.REFERENCE);
            Object title = rule.getMetaData().get("title");
            out.add(new RuleInfo(rule.getName(), reference == null ? null : unquote(reference.toString()),
                    PackCompiler.fileOf(rule, name()).orElse(""), title == null ? "" : unquote(title.toString())));
        }
        return out;
    }

    /**
     * Runs the rules once over a batch of facts and returns every finding. The pack's parameters and the
     * evaluation period are added as facts; pass other parameters to run a what-if.
     */
    public List<Finding> evaluate(Collection<?> facts, EvaluationPeriod period, Parameters parameters) {
        KieCommands commands = KieServices.get().getCommands();
        List<Object> all = new ArrayList<>(facts.size() + 2);
        all.addAll(facts);
        all.add(period);
        all.add(parameters);
        List<Command<?>> batch = List.of(
                commands.newInsertElements(all),
                commands.newFireAllRules(),
                commands.newGetObjects(o -> o instanceof Finding, "findings"));
        StatelessKieSession session = kieBase.newStatelessKieSession();
        ExecutionResults results = session.execute(commands.newBatchExecution(batch));
        Collection<?> found = (Collection<?>) results.getValue("findings");
        List<Finding> out = new ArrayList<>(found.size());
        for (Object o : found) {
            out.add((Finding) o);
        }
        return out;
    }

    public List<Finding> evaluate(Collection<?> facts, EvaluationPeriod period) {
        return evaluate(facts, period, parameters);
    }

    /**
     * A reference as printed for the evaluation year: a {@code {key}} of a rule shared between packs becomes this
     * pack's clause for it (pack.yaml {@code references}); document keys become their citation ("HD21 Mục II.B"
     * becomes "Hướng dẫn 21-HD/BTCTW Mục II.B"), and a document replaced for that year by another is cited as the other.
     */
    public String cite(String reference, int year) {
        if (reference == null) {
            return "";
        }
        // a pack has a few dozen references and every finding of a run cites one: work each out once per year
        return citations.computeIfAbsent(year, y -> new ConcurrentHashMap<>())
                .computeIfAbsent(reference, r -> resolve(r, year));
    }

    private String resolve(String reference, int year) {
        Matcher placeholder = PLACEHOLDER.matcher(reference);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String clause = descriptor.references().getOrDefault(placeholder.group(1), placeholder.group());
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(clause));
        }
        placeholder.appendTail(resolved);
        Matcher m = documentKeys.matcher(resolved);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LegalDocument doc = descriptor.documents().get(m.group(1));
            String replacedBy = doc.insteadForYears().get(year);
            if (replacedBy != null && descriptor.documents().containsKey(replacedBy)) {
                doc = descriptor.documents().get(replacedBy);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(doc.cite()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String hash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name() + " " + version();
    }
}
