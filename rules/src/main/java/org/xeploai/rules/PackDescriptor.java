package org.xeploai.rules;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pack's {@code pack.yaml} says: the regulation's name and version, the evaluation years it covers, the
 * documents it cites, the columns it needs, the clause behind each level, and its rule files.
 *
 * @param requiredColumns         per input file, columns every row must fill
 * @param classificationColumns   per input file, columns whose header must exist and that a classified subject must fill
 * @param quotaClauses            per subject type, the clause that limits HTXSNV (cited on every quota decision)
 * @param references              the clauses that rules shared between packs cite as {@code {key}}: each pack says
 *                                which clause of its own regulation says the shared thing
 * @param copiedFrom              for a board's copy, the packaged pack it was copied from as
 *                                {@code <name> <version> <sha256>} ({@code copied_from:}, written by
 *                                {@code packs copy}); null for a packaged pack
 */
public record PackDescriptor(String name, String version, String title, YearRange years,
                             Map<String, LegalDocument> documents, List<String> legalBasis,
                             Map<String, List<String>> requiredColumns,
                             Map<String, List<String>> classificationColumns,
                             Map<SubjectType, Map<Level, LevelClause>> levels,
                             Map<SubjectType, LevelClause> quotaClauses,
                             Map<String, String> references,
                             List<String> ruleFiles, String copiedFrom) {

    public static final String FILE = "pack.yaml";

    static PackDescriptor parse(String yaml, String where) {
        Map<String, Object> root;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(loaded instanceof Map<?, ?>)) {
                throw new RulePackException(PackProblem.of(where, 1, "pack.yaml.not_mapping"));
            }
            root = cast(loaded);
        } catch (MarkedYAMLException e) {
            throw new RulePackException(PackProblem.of(where, e.getProblemMark().getLine() + 1, "pack.yaml.syntax", e.getProblem()));
        } catch (YAMLException e) {
            throw new RulePackException(PackProblem.of(where, 0, "pack.yaml.syntax", String.valueOf(e.getMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        Reader r = new Reader(root, where, problems);
        String name = r.text("name");
        String version = r.text("version");
        String title = r.text("title");
        YearRange years = null;
        String yearsText = r.text("years");
        if (yearsText != null) {
            try {
                years = YearRange.parse(yearsText);
            } catch (RuntimeException e) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.years", yearsText));
            }
        }
        Map<String, LegalDocument> documents = new LinkedHashMap<>();
        r.map("documents").forEach((key, value) -> {
            Map<String, Object> doc = cast(value);
            Map<Integer, String> instead = new LinkedHashMap<>();
            Object insteadFor = doc.get("instead_for_years");
            if (insteadFor instanceof Map<?, ?> m) {
                m.forEach((y, k) -> {
                    try {
                        instead.put(Integer.valueOf(y.toString()), k.toString());
                    } catch (NumberFormatException e) {
                        problems.add(PackProblem.of(where, 0, "pack.yaml.instead_for_years", key, y));
                    }
                });
            }
            documents.put(key, new LegalDocument(key, String.valueOf(doc.get("cite")), String.valueOf(doc.get("title")), instead));
        });
        List<String> legalBasis = r.list("legal_basis");
        for (String key : legalBasis) {
            if (!documents.containsKey(key)) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.legal_basis", key));
            }
        }
        Map<String, List<String>> required = new LinkedHashMap<>();
        Map<String, List<String>> forClassification = new LinkedHashMap<>();
        r.map("columns").forEach((file, value) -> {
            Map<String, Object> cols = cast(value);
            required.put(file, strings(cols.get("required")));
            forClassification.put(file, strings(cols.get("for_classification")));
        });
        Map<SubjectType, Map<Level, LevelClause>> levels = new EnumMap<>(SubjectType.class);
        r.map("levels").forEach((subject, value) -> {
            SubjectType type;
            try {
                type = SubjectType.valueOf(subject);
            } catch (IllegalArgumentException e) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.levels.subject", subject));
                return;
            }
            Map<Level, LevelClause> clauses = new EnumMap<>(Level.class);
            Map<String, Object> byLevel = cast(value);
            byLevel.forEach((levelCode, clause) -> {
                Map<String, Object> c = cast(clause);
                Level.parse(levelCode).ifPresentOrElse(
                        level -> clauses.put(level, new LevelClause(String.valueOf(c.get("rule")), String.valueOf(c.get("reference")))),
                        () -> problems.add(PackProblem.of(where, 0, "pack.yaml.levels.level", subject, levelCode)));
            });
            for (Level level : Level.values()) {
                if (!clauses.containsKey(level)) {
                    problems.add(PackProblem.of(where, 0, "pack.yaml.levels.missing", subject, level));
                }
            }
            levels.put(type, clauses);
        });
        Map<SubjectType, LevelClause> quota = new EnumMap<>(SubjectType.class);
        r.map("quota").forEach((subject, value) -> {
            Map<String, Object> c = cast(value);
            try {
                quota.put(SubjectType.valueOf(subject), new LevelClause(String.valueOf(c.get("rule")), String.valueOf(c.get("reference"))));
            } catch (IllegalArgumentException e) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.quota.subject", subject));
            }
        });
        Map<String, String> references = new LinkedHashMap<>();
        Object refs = root.get("references");
        if (refs instanceof Map<?, ?> m) {
            m.forEach((k, v) -> references.put(String.valueOf(k), String.valueOf(v)));
        }
        List<String> ruleFiles = r.list("rules");
        if (ruleFiles.isEmpty()) {
            problems.add(PackProblem.of(where, 0, "pack.yaml.rules_empty"));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        Object copied = root.get("copied_from");
        return new PackDescriptor(name, version, title, years, documents, legalBasis, required, forClassification,
                levels, quota, references, ruleFiles, copied == null ? null : copied.toString().strip());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private record Reader(Map<String, Object> root, String where, List<PackProblem> problems) {
        String text(String key) {
            Object v = root.get(key);
            if (v == null) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.key_missing", key));
                return null;
            }
            return v.toString();
        }

        Map<String, Object> map(String key) {
            Object v = root.get(key);
            if (!(v instanceof Map<?, ?>)) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.key_malformed", key));
                return Map.of();
            }
            return cast(v);
        }

        List<String> list(String key) {
            Object v = root.get(key);
            if (!(v instanceof List<?>)) {
                problems.add(PackProblem.of(where, 0, "pack.yaml.list_malformed", key));
                return List.of();
            }
            return strings(v);
        }
    }
}
