package org.xeploai.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.cases.CaseFileReader;
import org.xeploai.rules.cases.CaseRunner;
import org.xeploai.rules.cases.RuleCase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every packaged rule pack must hold before an inspection board can read it: every rule names its legal source
 * and has legal examples, every example names rules that exist, every level is defined by some rule, every parameter
 * is declared and used, and the packs do not claim the same year. Each failure names the pack, the file and the rule.
 */
class PackHygieneTest {
    /** A parameter read in a rule's constraint: {@code decimal("…")}, {@code integer("…")}, {@code text("…")}, {@code is("…", …)}. */
    private static final Pattern PARAMETER_USE = Pattern.compile("\\b(?:decimal|integer|text|is)\\(\\s*\"([^\"]+)\"");
    /** Parameters the engine's quota step reads, not the rules. */
    private static final String ENGINE_PREFIX = "quota.";
    private static final List<Level> DEFINED_BY_RULES = List.of(Level.HTXSNV, Level.HTTNV, Level.HTNV);

    private static final RulePackRegistry REGISTRY = RulePackRegistry.packaged();

    private static Stream<DynamicTest> forEveryPack(Function<RulePack, List<String>> problems) {
        return REGISTRY.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            RulePack pack = REGISTRY.get(name);
            assertThat(problems.apply(pack)).as("problems in pack %s", name).isEmpty();
        }));
    }

    /**
     * A reference is one or more clauses separated by {@code ;}, each opening with the key of a document of pack.yaml
     * ("HD21 Mục II.B tiết 2.3 điểm d"). Read as the pack prints it for its first year (so that a {@code {key}} of a
     * shared rule is resolved), each clause must open with the citation of a declared document.
     */
    @TestFactory
    Stream<DynamicTest> everyRuleCitesItsLegalSourceByDocumentsItsPackDeclares() {
        return forEveryPack(pack -> {
            int year = pack.descriptor().years().from();
            List<String> citations = pack.descriptor().documents().values().stream().map(LegalDocument::cite).toList();
            List<String> problems = new ArrayList<>();
            for (RuleInfo rule : pack.rules()) {
                String where = rule.file() + ": rule " + rule.id();
                if (rule.reference() == null || rule.reference().isBlank()) {
                    problems.add(where + " has no @reference");
                } else {
                    String cited = pack.cite(rule.reference(), year);
                    for (String clause : cited.split(";")) {
                        String c = clause.strip();
                        if (c.contains("{") || citations.stream().noneMatch(c::startsWith)) {
                            problems.add(where + " cites '" + c + "' (@reference \"" + rule.reference()
                                    + "\"): it opens with no document of pack.yaml " + pack.descriptor().documents().keySet());
                        }
                    }
                }
                if (rule.title() == null || rule.title().isBlank()) {
                    problems.add(where + " has no @title");
                }
            }
            return problems;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFileHasACasesFileWithAtLeastOneCase() {
        return forEveryPack(pack -> {
            List<String> problems = new ArrayList<>();
            for (String ruleFile : pack.descriptor().ruleFiles()) {
                String casesFile = RulePack.casesFileOf(ruleFile);
                String text = pack.sources().get(casesFile);
                if (text == null) {
                    problems.add(ruleFile + ": no cases file " + casesFile + " beside it");
                } else if (CaseFileReader.read(text, casesFile).isEmpty()) {
                    problems.add(casesFile + ": no case (cases of " + ruleFile + ")");
                }
            }
            return problems;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsNamedByAtLeastOneCase() {
        return forEveryPack(pack -> {
            Set<String> named = new LinkedHashSet<>();
            new CaseRunner(pack).cases().forEach(c -> named.addAll(c.rules()));
            return pack.rules().stream()
                    .filter(rule -> !named.contains(rule.id()))
                    .map(rule -> rule.file() + ": rule " + rule.id() + " is named by no case's rules: in "
                            + RulePack.casesFileOf(rule.file()))
                    .toList();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyIdACaseNamesIsARuleOrALevelClause() {
        return forEveryPack(pack -> {
            Set<String> known = new LinkedHashSet<>();
            pack.rules().forEach(rule -> known.add(rule.id()));
            pack.descriptor().levels().values().forEach(byLevel -> byLevel.values().forEach(c -> known.add(c.ruleId())));
            List<String> problems = new ArrayList<>();
            for (RuleCase c : new CaseRunner(pack).cases()) {
                if (c.rules().isEmpty()) {
                    problems.add(c.file() + ":" + c.line() + " case '" + c.name() + "' names no rule in rules:");
                }
                for (String id : c.rules()) {
                    if (!known.contains(id)) {
                        problems.add(c.file() + ":" + c.line() + " case '" + c.name() + "' names rule " + id
                                + ", which is neither a rule nor a level clause of pack.yaml");
                    }
                }
                for (String id : concat(c.expectedFired(), c.expectedNotFired())) {
                    if (!known.contains(id)) {
                        problems.add(c.file() + ":" + c.line() + " case '" + c.name() + "' expects rule " + id
                                + ", which is neither a rule nor a level clause of pack.yaml");
                    }
                }
            }
            return problems;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsOfAYearItsPackCovers() {
        return forEveryPack(pack -> new CaseRunner(pack).cases().stream()
                .filter(c -> !pack.descriptor().years().contains(c.year()))
                .map(c -> c.file() + ":" + c.line() + " case '" + c.name() + "' is of " + c.year()
                        + ", outside the years of the pack " + pack.descriptor().years())
                .toList());
    }

    @TestFactory
    Stream<DynamicTest> everyLevelAboveKhtnvIsDefinedByAtLeastOneRuleOfItsClause() {
        return forEveryPack(pack -> {
            List<String> problems = new ArrayList<>();
            for (Map.Entry<SubjectType, Map<Level, LevelClause>> bySubject : pack.descriptor().levels().entrySet()) {
                for (Level level : DEFINED_BY_RULES) {
                    LevelClause clause = bySubject.getValue().get(level);
                    if (clause == null) {
                        continue; // pack.yaml refuses a subject type without every level: its own check
                    }
                    boolean defined = pack.rules().stream().anyMatch(rule -> rule.id().startsWith(clause.ruleId()));
                    if (!defined) {
                        problems.add("pack.yaml: levels." + bySubject.getKey() + "." + level + " is clause "
                                + clause.ruleId() + " (" + clause.reference() + "), but no rule id starts with "
                                + clause.ruleId());
                    }
                }
            }
            return problems;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyParameterARuleReadsIsDeclaredAndEveryDeclaredParameterIsUsed() {
        return forEveryPack(pack -> {
            List<String> problems = new ArrayList<>();
            Map<String, String> firstUse = new TreeMap<>();
            for (String ruleFile : pack.descriptor().ruleFiles()) {
                String source = pack.sources().get(ruleFile);
                for (Map.Entry<Integer, String> line : lines(source).entrySet()) {
                    Matcher m = PARAMETER_USE.matcher(line.getValue());
                    while (m.find()) {
                        String name = m.group(1);
                        String where = ruleFile + ":" + line.getKey() + ": rule " + ruleAt(source, line.getKey());
                        firstUse.putIfAbsent(name, where);
                        if (!pack.parameters().has(name)) {
                            problems.add(where + " reads parameter " + name + ", which parameters.csv does not declare");
                        }
                    }
                }
            }
            for (Parameter p : pack.parameters().all().values()) {
                if (!firstUse.containsKey(p.name()) && !p.name().startsWith(ENGINE_PREFIX)) {
                    problems.add("parameters.csv:" + p.line() + ": parameter " + p.name()
                            + " is read by no rule (only " + ENGINE_PREFIX + "* parameters are the engine's)");
                }
            }
            return problems;
        });
    }

    /**
     * A rule that tests a switch ({@code is("collective_not_above_org", "WARN")}) for a value its parameter does not
     * allow would never fire, silently: the value must be one of the parameter's {@code A|B|C}.
     */
    @TestFactory
    Stream<DynamicTest> everySwitchValueARuleTestsIsOneItsParameterAllows() {
        return forEveryPack(pack -> {
            List<String> problems = new ArrayList<>();
            forEachSwitchTest(pack, (where, name, value) -> {
                Parameter p = pack.parameters().all().get(name);
                if (p == null || !p.allowed().contains("|")) {
                    return; // undeclared: the parameter check says so; a range or free value: not a switch
                }
                boolean allowed = Stream.of(p.allowed().split("\\|")).anyMatch(o -> o.strip().equalsIgnoreCase(value));
                if (!allowed) {
                    problems.add(where + " tests " + name + " for " + value + ", which parameters.csv:" + p.line()
                            + " does not allow (" + p.allowed() + ")");
                }
            });
            return problems;
        });
    }

    /**
     * Each value a rule tests a switch for is tried by some case, as the pack's value or in a case's
     * {@code parameters} (ENFORCE, WARN: both branches of R1-COL-CAP have a legal example).
     */
    @TestFactory
    Stream<DynamicTest> everySwitchValueARuleTestsIsTriedByACase() {
        return forEveryPack(pack -> {
            List<RuleCase> cases = new CaseRunner(pack).cases();
            List<String> problems = new ArrayList<>();
            forEachSwitchTest(pack, (where, name, value) -> {
                if (!pack.parameters().has(name)) {
                    return;
                }
                boolean tried = cases.stream().anyMatch(c -> c.parameters().getOrDefault(name, pack.parameters().text(name))
                        .equalsIgnoreCase(value));
                if (!tried) {
                    problems.add(where + " tests " + name + " for " + value + ", but no case runs with " + name + "="
                            + value + " (give one parameters: {" + name + ": " + value + "})");
                }
            });
            return problems;
        });
    }

    /**
     * Every subject type the pack classifies (its {@code levels}, and the subjects its cases check: members,
     * organizations, leadership collectives) has a clause for each level and a quota clause (Q-1, Q-2, Q-3), so that a
     * collective's level and its quota step both cite the regulation.
     */
    @TestFactory
    Stream<DynamicTest> everySubjectTypeThePackClassifiesHasLevelAndQuotaClauses() {
        return forEveryPack(pack -> {
            Map<SubjectType, String> classified = new TreeMap<>();
            pack.descriptor().levels().keySet().forEach(t -> classified.put(t, "pack.yaml levels." + t));
            for (RuleCase c : new CaseRunner(pack).cases()) {
                if (c.facts().get(0) instanceof org.xeploai.model.Subject s) {
                    classified.putIfAbsent(s.subjectType(), c.file() + ":" + c.line() + " case '" + c.name() + "'");
                }
            }
            List<String> problems = new ArrayList<>();
            classified.forEach((type, where) -> {
                if (!pack.descriptor().levels().containsKey(type)) {
                    problems.add(where + " checks a " + type + ", but pack.yaml has no levels." + type);
                }
                if (!pack.descriptor().quotaClauses().containsKey(type)) {
                    problems.add(where + ": pack.yaml has no quota." + type + " (the clause limiting HTXSNV)");
                }
            });
            return problems;
        });
    }

    @Test
    void packagedPacksDoNotClaimTheSameEvaluationYear() {
        List<PackSummary> packs = REGISTRY.list();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            for (int j = i + 1; j < packs.size(); j++) {
                PackSummary a = packs.get(i);
                PackSummary b = packs.get(j);
                if (a.years().overlaps(b.years())) {
                    problems.add("pack.yaml of " + a.name() + " (" + a.years() + ") and of " + b.name() + " ("
                            + b.years() + ") cover the same years");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the2018ReviewIsCitedFromGuide16AndLaterReviewsFromGuide21() {
        RulePack pack = REGISTRY.get("qd132-hd21");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2018))
                .isEqualTo("Hướng dẫn 16-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2019)).isEqualTo("Hướng dẫn 21-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2022)).isEqualTo("Hướng dẫn 21-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 2.3 điểm d; QD132 Điều 12 khoản 4 điểm c", 2018))
                .isEqualTo("Hướng dẫn 16-HD/BTCTW Mục II.B tiết 2.3 điểm d; Quy định 132-QĐ/TW Điều 12 khoản 4 điểm c");
    }

    /** A switch tested in a rule: {@code is("name", "VALUE")}. */
    private static final Pattern SWITCH_TEST = Pattern.compile("\\bis\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*\\)");

    private interface SwitchTest {
        void at(String where, String name, String value);
    }

    private static void forEachSwitchTest(RulePack pack, SwitchTest consumer) {
        for (String ruleFile : pack.descriptor().ruleFiles()) {
            String source = pack.sources().get(ruleFile);
            for (Map.Entry<Integer, String> line : lines(source).entrySet()) {
                Matcher m = SWITCH_TEST.matcher(line.getValue());
                while (m.find()) {
                    consumer.at(ruleFile + ":" + line.getKey() + ": rule " + ruleAt(source, line.getKey()), m.group(1), m.group(2));
                }
            }
        }
    }

    /** Line number (from 1) to text. */
    private static Map<Integer, String> lines(String text) {
        Map<Integer, String> out = new LinkedHashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            out.put(i + 1, all[i]);
        }
        return out;
    }

    /** The name of the rule whose text contains {@code line}, or "(outside a rule)". */
    private static String ruleAt(String source, int line) {
        String[] all = source.split("\n", -1);
        Pattern ruleStart = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
        for (int i = line - 1; i >= 0; i--) {
            Matcher m = ruleStart.matcher(all[i]);
            if (m.find()) {
                return m.group(1);
            }
            if (all[i].strip().equals("end") && i < line - 1) {
                break;
            }
        }
        return "(outside a rule)";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
