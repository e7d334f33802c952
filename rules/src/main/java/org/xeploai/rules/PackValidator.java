package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.Subject;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.cases.CaseFileReader;
import org.xeploai.rules.cases.CaseResult;
import org.xeploai.rules.cases.CaseRunner;
import org.xeploai.rules.cases.RuleCase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything wrong with a rule pack, found at once, each problem with its file and line: what {@link RulePack#load}
 * refuses (YAML, parameters, DRL syntax, unknown facts, fields and parameters, a rule file with no rule), then what an
 * inspection board needs to trust it (every rule cites a document the pack declares and says in words what it checks,
 * every rule has legal examples and every example names rules that exist, every level is defined by rules, every
 * parameter is used and every switch value allowed and tried, the pack claims no year another packaged pack claims),
 * then every legal example (case) that fails. {@code xeploai validate} runs it on an edited copy; the packaged packs'
 * tests run it on every packaged pack.
 * <p>
 * A pack that does not load cannot be checked further: the problems then are those that stop it loading.
 */
public final class PackValidator {
    /** Parameters the engine's quota step reads, not the rules. */
    public static final String ENGINE_PARAMETER_PREFIX = "quota.";
    private static final List<Level> DEFINED_BY_RULES = List.of(Level.HTXSNV, Level.HTTNV, Level.HTNV);
    /** A parameter read in a rule: {@code decimal("…")}, {@code integer("…")}, {@code text("…")}, {@code is("…", …)}. */
    private static final Pattern PARAMETER_USE = Pattern.compile("\\b(?:decimal|integer|text|is)\\(\\s*\"([^\"]+)\"");
    /** A switch tested in a rule: {@code is("name", "VALUE")}. */
    private static final Pattern SWITCH_TEST = Pattern.compile("\\bis\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /** The hygiene checks, each a sentence an inspection board can rely on once it passes. */
    public enum Check {
        /** Every rule has a {@code @reference} whose clauses each open with a document of pack.yaml. */
        REFERENCES,
        /** Every rule has a {@code @title} saying in words what it checks. */
        TITLES,
        /** Every rule file has a cases file beside it with at least one case. */
        CASES_FILES,
        /** Every rule is named by at least one case. */
        RULES_NAMED_BY_CASES,
        /** Every id a case names (rules, fired, not_fired) is a rule or a level clause, and every case names one. */
        CASES_NAME_KNOWN_RULES,
        /** Every case is of a year the pack covers. */
        CASE_YEARS,
        /** Every level above KHTNV of every subject type is defined by at least one rule of its clause. */
        LEVEL_CLAUSES,
        /** Every parameter of parameters.csv is read by a rule (quota.* ones by the engine). */
        PARAMETERS_USED,
        /** Every value a rule tests a switch for is one its parameter allows. */
        SWITCH_VALUES_ALLOWED,
        /** Every value a rule tests a switch for is tried by some case. */
        SWITCH_VALUES_TRIED,
        /** Every subject type the pack classifies has a clause for each level and a quota clause. */
        SUBJECT_TYPE_CLAUSES,
        /** The pack's years overlap no other packaged pack's (a copy keeps the name of the pack it copies). */
        YEARS
    }

    /**
     * The outcome of {@link #check(PackFiles)}.
     *
     * @param pack        the pack, if it loaded
     * @param problems    every problem found, in the order: loading, hygiene, failing cases
     * @param casesPassed cases run that passed (0 when the pack did not load)
     * @param casesFailed cases run that failed
     */
    public record Validation(RulePack pack, List<PackProblem> problems, int casesPassed, int casesFailed) {
        public Validation {
            problems = List.copyOf(problems);
        }

        public boolean loaded() {
            return pack != null;
        }
    }

    /** The outcome of running a pack's cases: each case's result, and the cases files that could not be read. */
    public record CaseRun(List<CaseResult> results, List<PackProblem> problems) {
        public CaseRun {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
        }

        public long passed() {
            return results.stream().filter(CaseResult::passed).count();
        }

        public long failed() {
            return results.size() - passed();
        }
    }

    private final RulePackRegistry registry;

    /** @param registry the packaged packs, whose years an edited pack must not claim */
    public PackValidator(RulePackRegistry registry) {
        this.registry = registry;
    }

    /** Every problem of the pack in {@code files}. */
    public List<PackProblem> validate(PackFiles files) {
        return check(files).problems();
    }

    /** Loads the pack and checks everything; never throws for a problem of the pack. */
    public Validation check(PackFiles files) {
        List<PackProblem> problems = new ArrayList<>();
        RulePack pack;
        try {
            pack = RulePack.load(files);
        } catch (RulePackException e) {
            problems.addAll(e.problems());
            for (PackProblem more : whatLoadingDidNotReach(files, e.problems())) {
                if (!problems.contains(more)) {
                    problems.add(more);
                }
            }
            return new Validation(null, problems, 0, 0);
        } catch (RuntimeException e) {
            problems.add(PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.unreadable_pack", oneLine(e)));
            return new Validation(null, problems, 0, 0);
        }
        CaseRun run;
        try {
            Facts facts = new Facts(pack);
            problems.addAll(hygiene(facts));
            run = runCases(facts);
        } catch (RuntimeException e) {
            problems.add(PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.checks_failed", oneLine(e)));
            return new Validation(pack, problems, 0, 0);
        }
        // a cases file that cannot be read is reported by the hygiene checks already
        for (CaseResult result : run.results()) {
            if (!result.passed()) {
                problems.add(PackProblem.of(result.ruleCase().file(), result.ruleCase().line(), "pack.case.fails",
                        result.ruleCase().name(), result.failure()));
            }
        }
        return new Validation(pack, problems, (int) run.passed(), (int) run.failed());
    }

    /** Every hygiene check on a pack that loaded. */
    public List<PackProblem> hygiene(RulePack pack) {
        return hygiene(new Facts(pack));
    }

    private List<PackProblem> hygiene(Facts facts) {
        List<PackProblem> problems = new ArrayList<>(facts.caseFileProblems);
        for (Check check : Check.values()) {
            problems.addAll(check(check, facts));
        }
        return problems;
    }

    /** One hygiene check on a pack that loaded; a cases file that cannot be read counts as having no case. */
    public List<PackProblem> check(Check check, RulePack pack) {
        return check(check, new Facts(pack));
    }

    /**
     * Runs every case of the pack, as {@link CaseRunner} does (a shared rule file's cases only for the pack's years),
     * reading each cases file on its own so that one unreadable file does not hide the others' results.
     */
    public CaseRun runCases(RulePack pack) {
        return runCases(new Facts(pack));
    }

    private static CaseRun runCases(Facts facts) {
        CaseRunner runner = new CaseRunner(facts.pack);
        List<CaseResult> results = new ArrayList<>();
        for (RuleCase c : facts.cases) {
            try {
                results.add(runner.run(c));
            } catch (RuntimeException e) {
                results.add(new CaseResult(c, false, "the case could not be run: " + oneLine(e)));
            }
        }
        return new CaseRun(results, facts.caseFileProblems);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Loading

    /**
     * {@link RulePack#load} stops at the first stage that fails: a broken pack.yaml hides the parameters, broken
     * parameters hide the rule files. What the later stages would have said, where they can run on their own.
     */
    private static List<PackProblem> whatLoadingDidNotReach(PackFiles files, List<PackProblem> found) {
        List<PackProblem> out = new ArrayList<>();
        PackDescriptor descriptor;
        boolean parametersRead;
        try {
            String yaml = files.read(PackDescriptor.FILE).orElse(null);
            if (yaml == null) {
                return out;
            }
            String paramsCsv = files.read(ParameterTable.FILE).orElse(null);
            parametersRead = paramsCsv != null && parses(paramsCsv, files, out);
            descriptor = PackDescriptor.parse(yaml, files.describe(PackDescriptor.FILE));
        } catch (RulePackException e) {
            return out;
        } catch (RuntimeException e) {
            out.add(PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.unreadable_pack", oneLine(e)));
            return out;
        }
        Map<String, String> ruleSources = new LinkedHashMap<>();
        for (String file : descriptor.ruleFiles()) {
            try {
                files.read(file).ifPresent(text -> ruleSources.put(file, text));
                String casesFile = RulePack.casesFileOf(file);
                files.read(casesFile).ifPresent(text -> {
                    try {
                        CaseFileReader.read(text, files.describe(casesFile));
                    } catch (RulePackException e) {
                        out.addAll(e.problems());
                    }
                });
            } catch (RuntimeException e) {
                out.add(PackProblem.of(files.describe(file), 0, "pack.problem.unreadable_file", oneLine(e)));
            }
        }
        ruleSources.forEach((file, text) -> out.addAll(metadataFromSource(files.describe(file), text)));
        boolean compiled = parametersRead && ruleSources.size() == descriptor.ruleFiles().size()
                && found.stream().noneMatch(p -> p.is("pack.problem.unknown_parameter"));
        if (!compiled && !ruleSources.isEmpty()) {
            try {
                PackCompiler.compile(descriptor.name(), ruleSources, files);
            } catch (RulePackException e) {
                out.addAll(e.problems());
            } catch (RuntimeException e) {
                out.add(PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.compile_failed", oneLine(e)));
            }
        }
        return out;
    }

    private static final Pattern RULE_HEAD = Pattern.compile(
            "(?ms)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))(.*?)^\\s*when\\b");

    /**
     * A pack that does not compile has no rules to ask for their metadata: read the rules' heads from the source, so
     * that a missing {@code @reference} or {@code @title} is reported with the other problems.
     */
    private static List<PackProblem> metadataFromSource(String file, String source) {
        List<PackProblem> out = new ArrayList<>();
        String text = source.replaceAll("//[^\\n]*", "");
        Matcher m = RULE_HEAD.matcher(text);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int line = lineOfRule(source, id);
            if (!m.group(4).contains("@reference(")) {
                out.add(PackProblem.of(file, line, NO_REFERENCE, id));
            }
            if (!m.group(4).contains("@title(")) {
                out.add(PackProblem.of(file, line, NO_TITLE, id));
            }
        }
        return out;
    }

    private static boolean parses(String paramsCsv, PackFiles files, List<PackProblem> out) {
        try {
            ParameterTable.parse(paramsCsv, files.describe(ParameterTable.FILE));
            return true;
        } catch (RulePackException e) {
            out.addAll(e.problems());
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hygiene

    private List<PackProblem> check(Check check, Facts f) {
        return switch (check) {
            case REFERENCES -> references(f);
            case TITLES -> titles(f);
            case CASES_FILES -> casesFiles(f);
            case RULES_NAMED_BY_CASES -> rulesNamedByCases(f);
            case CASES_NAME_KNOWN_RULES -> casesNameKnownRules(f);
            case CASE_YEARS -> caseYears(f);
            case LEVEL_CLAUSES -> levelClauses(f);
            case PARAMETERS_USED -> parametersUsed(f);
            case SWITCH_VALUES_ALLOWED -> switchValuesAllowed(f);
            case SWITCH_VALUES_TRIED -> switchValuesTried(f);
            case SUBJECT_TYPE_CLAUSES -> subjectTypeClauses(f);
            case YEARS -> years(f);
        };
    }

    /**
     * A reference is one or more clauses separated by {@code ;}, each opening with the key of a document of pack.yaml
     * ("HD21 Mục II.B tiết 2.3 điểm d"). Read as the pack prints it for its first year (so that a {@code {key}} of a
     * shared rule is resolved), each clause must open with the citation of a declared document.
     */
    private static List<PackProblem> references(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        PackDescriptor d = f.pack.descriptor();
        int year = d.years().from();
        List<String> citations = d.documents().values().stream().map(LegalDocument::cite).toList();
        for (RuleInfo rule : f.rules) {
            if (rule.reference() == null || rule.reference().isBlank()) {
                problems.add(f.atRule(rule, NO_REFERENCE, rule.id()));
                continue;
            }
            String cited = f.pack.cite(rule.reference(), year);
            for (String clause : cited.split(";")) {
                String c = clause.strip();
                Matcher placeholder = PLACEHOLDER.matcher(c);
                if (placeholder.find()) {
                    problems.add(f.atRule(rule, "pack.rule.undefined_placeholder", rule.id(), placeholder.group(),
                            String.join(", ", d.references().keySet())));
                } else if (citations.stream().noneMatch(c::startsWith)) {
                    problems.add(f.atRule(rule, "pack.rule.unknown_document", rule.id(), c, rule.reference(),
                            String.join(", ", d.documents().keySet())));
                }
            }
        }
        return problems;
    }

    private static final String NO_REFERENCE = "pack.rule.no_reference";
    private static final String NO_TITLE = "pack.rule.no_title";

    private static List<PackProblem> titles(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        for (RuleInfo rule : f.rules) {
            if (rule.title() == null || rule.title().isBlank()) {
                problems.add(f.atRule(rule, NO_TITLE, rule.id()));
            }
        }
        return problems;
    }

    private static List<PackProblem> casesFiles(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        for (String ruleFile : f.pack.descriptor().ruleFiles()) {
            String casesFile = RulePack.casesFileOf(ruleFile);
            if (!f.pack.sources().containsKey(casesFile)) {
                problems.add(PackProblem.of(f.describe(ruleFile), firstRuleLine(f, ruleFile), "pack.cases.no_file", casesFile));
            } else if (f.readCasesFiles.contains(casesFile) && f.casesPerFile.getOrDefault(casesFile, 0) == 0) {
                problems.add(ruleFile.startsWith("../")
                        ? PackProblem.of(f.describe(casesFile), 1, "pack.cases.none_of_years", f.pack.descriptor().years(),
                                ruleFile)
                        : PackProblem.of(f.describe(casesFile), 1, "pack.cases.none", ruleFile));
            }
        }
        return problems;
    }

    /** The line of the first rule of {@code ruleFile}, or 1: where a problem of the whole rule file is shown. */
    private static int firstRuleLine(Facts f, String ruleFile) {
        return f.rules.stream().filter(rule -> rule.file().equals(ruleFile))
                .mapToInt(rule -> lineOfRule(f.source(ruleFile), rule.id())).filter(line -> line > 0).min().orElse(1);
    }

    private static List<PackProblem> rulesNamedByCases(Facts f) {
        Set<String> named = new LinkedHashSet<>();
        f.cases.forEach(c -> named.addAll(c.rules()));
        List<PackProblem> problems = new ArrayList<>();
        for (RuleInfo rule : f.rules) {
            if (!named.contains(rule.id())) {
                problems.add(f.atRule(rule, "pack.rule.no_case", rule.id(), RulePack.casesFileOf(rule.file())));
            }
        }
        return problems;
    }

    private static List<PackProblem> casesNameKnownRules(Facts f) {
        Set<String> known = new LinkedHashSet<>();
        f.rules.forEach(rule -> known.add(rule.id()));
        f.pack.descriptor().levels().values().forEach(byLevel -> byLevel.values().forEach(c -> known.add(c.ruleId())));
        List<PackProblem> problems = new ArrayList<>();
        for (RuleCase c : f.cases) {
            if (c.rules().isEmpty()) {
                problems.add(PackProblem.of(c.file(), c.line(), "pack.case.names_no_rule", c.name()));
            }
            for (String id : c.rules()) {
                if (!known.contains(id)) {
                    problems.add(PackProblem.of(c.file(), c.line(), "pack.case.unknown_rule", c.name(), id));
                }
            }
            for (String id : Stream.concat(c.expectedFired().stream(), c.expectedNotFired().stream()).toList()) {
                if (!known.contains(id)) {
                    problems.add(PackProblem.of(c.file(), c.line(), "pack.case.unknown_expected", c.name(), id));
                }
            }
        }
        return problems;
    }

    private static List<PackProblem> caseYears(Facts f) {
        YearRange years = f.pack.descriptor().years();
        return f.cases.stream().filter(c -> !years.contains(c.year()))
                .map(c -> PackProblem.of(c.file(), c.line(), "pack.case.year", c.name(), c.year(), years))
                .toList();
    }

    private static List<PackProblem> levelClauses(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        for (Map.Entry<SubjectType, Map<Level, LevelClause>> bySubject : f.pack.descriptor().levels().entrySet()) {
            for (Level level : DEFINED_BY_RULES) {
                LevelClause clause = bySubject.getValue().get(level);
                if (clause == null) {
                    continue; // pack.yaml refuses a subject type without every level: its own check
                }
                boolean defined = f.rules.stream().anyMatch(rule -> rule.id().startsWith(clause.ruleId()));
                if (!defined) {
                    problems.add(PackProblem.of(f.describe(PackDescriptor.FILE),
                            f.yamlLine("levels", bySubject.getKey().name(), level.name()),
                            "pack.level.no_rule", bySubject.getKey(), level, clause.ruleId(), clause.reference()));
                }
            }
        }
        return problems;
    }

    private static List<PackProblem> parametersUsed(Facts f) {
        Set<String> read = new LinkedHashSet<>();
        for (String ruleFile : f.pack.descriptor().ruleFiles()) {
            Matcher m = PARAMETER_USE.matcher(f.source(ruleFile));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        List<PackProblem> problems = new ArrayList<>();
        for (Parameter p : f.pack.parameters().all().values()) {
            if (!read.contains(p.name()) && !p.name().startsWith(ENGINE_PARAMETER_PREFIX)) {
                problems.add(PackProblem.of(f.describe(ParameterTable.FILE), p.line(), "pack.parameters.unused", p.name(),
                        ENGINE_PARAMETER_PREFIX));
            }
        }
        return problems;
    }

    /**
     * A rule that tests a switch ({@code is("collective_not_above_org", "WARN")}) for a value its parameter does not
     * allow would never fire, silently: the value must be one of the parameter's {@code A|B|C}.
     */
    private static List<PackProblem> switchValuesAllowed(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        for (SwitchTest test : f.switchTests) {
            Parameter p = f.pack.parameters().all().get(test.name);
            if (p == null || !p.allowed().contains("|")) {
                continue; // undeclared: loading refuses it; a range or free value: not a switch
            }
            boolean allowed = Stream.of(p.allowed().split("\\|")).anyMatch(o -> o.strip().equalsIgnoreCase(test.value));
            if (!allowed) {
                problems.add(PackProblem.of(f.describe(test.file), test.line, "pack.switch.not_allowed", test.rule, test.name,
                        test.value, p.line(), p.allowed()));
            }
        }
        return problems;
    }

    /**
     * Each value a rule tests a switch for is tried by some case, as the pack's value or in a case's
     * {@code parameters} (ENFORCE, WARN: both branches of R1-COL-CAP have a legal example).
     */
    private static List<PackProblem> switchValuesTried(Facts f) {
        List<PackProblem> problems = new ArrayList<>();
        for (SwitchTest test : f.switchTests) {
            if (!f.pack.parameters().has(test.name)) {
                continue;
            }
            String packValue = f.pack.parameters().text(test.name);
            boolean tried = f.cases.stream().anyMatch(c -> c.parameters().getOrDefault(test.name, packValue)
                    .equalsIgnoreCase(test.value));
            if (!tried) {
                problems.add(PackProblem.of(f.describe(test.file), test.line, "pack.switch.not_tried", test.rule, test.name,
                        test.value));
            }
        }
        return problems;
    }

    /**
     * Every subject type the pack classifies (its {@code levels}, and the subjects its cases check: members,
     * organizations, leadership collectives) has a clause for each level and a quota clause (Q-1, Q-2, Q-3), so that a
     * subject's level and its quota step both cite the regulation.
     */
    private static List<PackProblem> subjectTypeClauses(Facts f) {
        PackDescriptor d = f.pack.descriptor();
        Map<SubjectType, Where> classified = new TreeMap<>();
        for (SubjectType t : d.levels().keySet()) {
            classified.put(t, new Where(f.describe(PackDescriptor.FILE), f.yamlLine("levels", t.name()), null));
        }
        for (RuleCase c : f.cases) {
            if (c.facts().get(0) instanceof Subject s) {
                classified.putIfAbsent(s.subjectType(), new Where(c.file(), c.line(), c.name()));
            }
        }
        List<PackProblem> problems = new ArrayList<>();
        classified.forEach((type, where) -> {
            if (!d.levels().containsKey(type)) {
                problems.add(where.caseName == null
                        ? PackProblem.of(where.file, where.line, "pack.subject.no_levels", type)
                        : PackProblem.of(where.file, where.line, "pack.subject.case_no_levels", where.caseName, type));
            }
            if (!d.quotaClauses().containsKey(type)) {
                problems.add(where.caseName == null
                        ? PackProblem.of(where.file, where.line, "pack.subject.no_quota", type)
                        : PackProblem.of(where.file, where.line, "pack.subject.case_no_quota", where.caseName, type));
            }
        });
        return problems;
    }

    /** Where a subject type is classified: in pack.yaml's levels (no case name), or by a case. */
    private record Where(String file, int line, String caseName) {
    }

    /** No two packs claim a year; an edited copy keeps the name of the pack it copies and may claim its years. */
    private List<PackProblem> years(Facts f) {
        PackDescriptor d = f.pack.descriptor();
        List<PackProblem> problems = new ArrayList<>();
        List<PackSummary> packaged;
        try {
            packaged = registry.list();
        } catch (RuntimeException e) {
            return problems; // a packaged pack.yaml that cannot be read is that pack's own problem
        }
        for (PackSummary other : packaged) {
            if (!other.name().equals(d.name()) && other.years().overlaps(d.years())) {
                problems.add(PackProblem.of(f.describe(PackDescriptor.FILE), f.yamlLine("years"), "pack.years.overlap",
                        d.years(), other.name(), other.years()));
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record SwitchTest(String file, int line, String rule, String name, String value) {
    }

    /** What the checks read, gathered once per pack. */
    private static final class Facts {
        final RulePack pack;
        final List<RuleInfo> rules;
        final List<RuleCase> cases = new ArrayList<>();
        final Map<String, Integer> casesPerFile = new LinkedHashMap<>();
        final Set<String> readCasesFiles = new LinkedHashSet<>();
        final List<PackProblem> caseFileProblems = new ArrayList<>();
        final List<SwitchTest> switchTests = new ArrayList<>();

        Facts(RulePack pack) {
            this.pack = pack;
            this.rules = pack.rules();
            YearRange years = pack.descriptor().years();
            for (String ruleFile : pack.descriptor().ruleFiles()) {
                String casesFile = RulePack.casesFileOf(ruleFile);
                String text = pack.sources().get(casesFile);
                if (text == null) {
                    continue;
                }
                boolean shared = ruleFile.startsWith("../");
                try {
                    List<RuleCase> read = CaseFileReader.read(text, describe(casesFile)).stream()
                            .filter(c -> !shared || years.contains(c.year())).toList();
                    cases.addAll(read);
                    casesPerFile.put(casesFile, read.size());
                    readCasesFiles.add(casesFile);
                } catch (RulePackException e) {
                    caseFileProblems.addAll(e.problems());
                } catch (RuntimeException e) {
                    caseFileProblems.add(PackProblem.of(describe(casesFile), 0, "pack.cases.unreadable", oneLine(e)));
                }
            }
            pack.descriptor().ruleFiles().forEach(this::collectSwitchTests);
        }

        private void collectSwitchTests(String ruleFile) {
            String[] lines = source(ruleFile).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = SWITCH_TEST.matcher(lines[i]);
                while (m.find()) {
                    switchTests.add(new SwitchTest(ruleFile, i + 1, ruleAt(lines, i), m.group(1), m.group(2)));
                }
            }
        }

        String describe(String path) {
            return pack.files().describe(path);
        }

        String source(String file) {
            return pack.sources().getOrDefault(file, "");
        }

        PackProblem atRule(RuleInfo rule, String key, Object... args) {
            return PackProblem.of(describe(rule.file()), lineOfRule(source(rule.file()), rule.id()), key, args);
        }

        /** The line of a key path in pack.yaml ("levels", "MEMBER", "HTXSNV"), or of the deepest key found. */
        int yamlLine(String... path) {
            String[] lines = source(PackDescriptor.FILE).split("\\R", -1);
            int found = 0;
            int from = 0;
            for (String key : path) {
                Pattern p = Pattern.compile("^\\s*(?:-\\s*)?['\"]?" + Pattern.quote(key) + "['\"]?\\s*:|[{,]\\s*"
                        + Pattern.quote(key) + "\\s*:");
                int at = -1;
                for (int i = from; i < lines.length; i++) {
                    if (p.matcher(lines[i]).find()) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    return found;
                }
                found = at + 1;
                from = at + 1;
            }
            return found;
        }
    }

    /** The line (from 1) where rule {@code id} starts in {@code source}; 0 if not found. */
    public static int lineOfRule(String source, String id) {
        if (source == null) {
            return 0;
        }
        String[] lines = source.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_START.matcher(lines[i]);
            if (m.find() && ruleName(m).equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The name of the rule whose text holds line {@code index} (from 0), or "(outside a rule)". */
    private static String ruleAt(String[] lines, int index) {
        for (int i = index; i >= 0; i--) {
            Matcher m = RULE_START.matcher(lines[i]);
            if (m.find()) {
                return ruleName(m);
            }
            if (lines[i].strip().equals("end") && i < index) {
                break;
            }
        }
        return "(outside a rule)";
    }

    private static String ruleName(Matcher ruleStart) {
        for (int g = 1; g <= 3; g++) {
            if (ruleStart.group(g) != null) {
                return ruleStart.group(g);
            }
        }
        return "";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline) + " …";
    }
}
