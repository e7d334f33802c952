package org.xeploai.rules.cases;

import org.xeploai.model.CollectiveMembers;
import org.xeploai.model.DecidedLevel;
import org.xeploai.model.Leadership;
import org.xeploai.model.Member;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Level;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.model.SubordinateResults;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.RowSchema;
import org.xeploai.model.schema.ValueProblem;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.RulePackException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code *.cases.yaml} file. Subjects are written with the input files' own column names and values, so a
 * board member can copy a row of {@code members.csv} into a case:
 * <pre>
 * defaults:
 *   year: 2022
 *   member: {member_id: M1, org_id: C1, grade_politics_ethics: XS, grade_discipline: XS, grade_tasks: XS}
 * cases:
 *   - name: Bị kết luận suy thoái thì không hoàn thành nhiệm vụ
 *     rules: [R1-MEM-KO1]
 *     member: {degradation: true}
 *     expect: {level: KHTNV, fired: [R1-MEM-KO1]}
 * </pre>
 * A case's {@code member}, {@code organization} or {@code collective} (a row of {@code collectives.csv}) is merged
 * over the defaults' one. Other keys: {@code subordinates} (kind, total, classified, at_least_htnv, good_or_above,
 * disciplined), {@code collective_members} (the members of an organization's leadership collective: org_id, size,
 * degraded, disciplined, disciplined_warning_or_above, disciplined_not_self_remedied; merged over the defaults' one;
 * org_id defaults to the collective's, else the organization's), {@code decided} and {@code history} (lists of
 * subject_type, subject_id, level, and year for history; a case's {@code decided} replaces the defaults' one),
 * {@code parameters}, and under {@code expect}: {@code status}, {@code level}, {@code fired}, {@code not_fired},
 * {@code subject} ({@code member}, {@code organization} or {@code collective}; by default the first of these the
 * case has). A member with a {@code leadership_role} whose {@code leads_org_id} is the case's organization also gets
 * the {@link Leadership} the engine inserts for it, so that rules about leaders read the unit they lead.
 * <p>
 * Every value is read as the text written, as a cell of the input files would be: {@code admitted_on: 2022-06-30}
 * is a date in the contract's format (YAML would otherwise make it a timestamp), {@code OFF} and {@code no} stay
 * words (YAML 1.1 would make them booleans), {@code 49.9} stays {@code 49.9}. Only an empty value or {@code ~} is
 * "not given".
 */
public final class CaseFileReader {

    private CaseFileReader() {
    }

    public static List<RuleCase> read(String yaml, String where) {
        Node root;
        Object values;
        try {
            root = textOnlyYaml().compose(new java.io.StringReader(yaml));
            values = textOnlyYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            throw new RulePackException(PackProblem.of(where, e.getProblemMark().getLine() + 1, "pack.cases.syntax", e.getProblem()));
        } catch (YAMLException e) {
            throw new RulePackException(PackProblem.of(where, 0, "pack.cases.syntax", String.valueOf(e.getMessage())));
        }
        Map<String, Object> file = asMap(values);
        if (!(root instanceof MappingNode map) || !(file.get("cases") instanceof List<?> cases)) {
            throw new RulePackException(PackProblem.of(where, 1, "pack.cases.not_mapping"));
        }
        List<Integer> lines = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("cases") && t.getValueNode() instanceof SequenceNode s) {
                s.getValue().forEach(n -> lines.add(n.getStartMark().getLine() + 1));
            }
        }
        Map<String, Object> defaults = asMap(file.get("defaults"));
        List<RuleCase> out = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int line = lines.get(i);
            try {
                out.add(toCase(defaults, asMap(cases.get(i)), where, line));
            } catch (IllegalArgumentException e) {
                problems.add(PackProblem.of(where, line, "pack.cases.case_invalid", String.valueOf(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return out;
    }

    private static RuleCase toCase(Map<String, Object> defaults, Map<String, Object> c, String where, int line) {
        String name = String.valueOf(c.getOrDefault("name", "case at line " + line));
        int year = Integer.parseInt(String.valueOf(c.getOrDefault("year", defaults.getOrDefault("year", "0"))));
        if (year == 0) {
            throw new IllegalArgumentException("case '" + name + "' has no year (give it, or one under defaults)");
        }
        List<Object> facts = new ArrayList<>();
        Map<String, Object> subjects = new LinkedHashMap<>();
        subjects.put("member", subject(defaults, c, "member", InputSchemas.MEMBERS));
        subjects.put("organization", subject(defaults, c, "organization", InputSchemas.ORGANIZATIONS));
        subjects.put("collective", subject(defaults, c, "collective", InputSchemas.COLLECTIVES));
        Map<String, Object> expect = asMap(c.get("expect"));
        String firstGiven = subjects.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
                .findFirst().orElse("member");
        String subject = String.valueOf(expect.getOrDefault("subject", firstGiven));
        if (!subjects.containsKey(subject)) {
            throw new IllegalArgumentException("case '" + name + "': expect.subject is " + subject
                    + " (member, organization or collective)");
        }
        Object primary = subjects.get(subject);
        if (primary == null) {
            throw new IllegalArgumentException("case '" + name + "' has no " + subject + " to check");
        }
        facts.add(primary);
        subjects.values().stream().filter(o -> o != null && o != primary).forEach(facts::add);
        Organization organization = (Organization) subjects.get("organization");
        LeadershipCollective collective = (LeadershipCollective) subjects.get("collective");
        Map<String, Object> subs = asMap(c.get("subordinates"));
        if (!subs.isEmpty()) {
            String orgId = organization == null ? "" : organization.orgId();
            facts.add(new SubordinateResults(orgId, SubjectType.valueOf(text(subs, "kind", "MEMBER")),
                    integer(subs, "total"), integer(subs, "classified"), integer(subs, "at_least_htnv"),
                    integer(subs, "good_or_above"), integer(subs, "disciplined")));
        }
        Member member = (Member) subjects.get("member");
        if (member != null && organization != null && member.leadershipRole() != null
                && organization.orgId().equals(member.leadsOrgId())) {
            // as the engine does for a member session: the leader's post with the row of the organization led
            facts.add(new Leadership(member.memberId(), member.leadershipRole(), organization));
        }
        if (c.containsKey("collective_members") || defaults.containsKey("collective_members")) {
            String orgId = collective != null ? collective.orgId() : organization != null ? organization.orgId() : "";
            facts.add(collectiveMembers(defaults, c, orgId));
        }
        for (Object d : asList(c.containsKey("decided") ? c.get("decided") : defaults.get("decided"))) {
            Map<String, Object> m = asMap(d);
            facts.add(new DecidedLevel(SubjectType.valueOf(text(m, "subject_type", "ORGANIZATION")),
                    text(m, "subject_id", ""), level(text(m, "level", ""))));
        }
        for (Object h : asList(c.get("history"))) {
            Map<String, Object> m = asMap(h);
            facts.add(new PastLevel(SubjectType.valueOf(text(m, "subject_type", "MEMBER")), text(m, "subject_id", ""),
                    integer(m, "year"), level(text(m, "level", ""))));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        asMap(c.get("parameters")).forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        ClassificationStatus status = ClassificationStatus.valueOf(text(expect, "status", "CLASSIFIED"));
        Level level = expect.containsKey("level") ? level(text(expect, "level", "")) : null;
        return new RuleCase(where, line, name, year, strings(c.get("rules")), facts, parameters, status, level,
                strings(expect.get("fired")), strings(expect.get("not_fired")));
    }

    /** The case's member, organization or collective over the defaults' one; absent from both: none. */
    private static Object subject(Map<String, Object> defaults, Map<String, Object> c, String key, RowSchema<?> schema) {
        if (!c.containsKey(key) && !defaults.containsKey(key)) {
            return null;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        asMap(defaults.get(key)).forEach((k, v) -> cells.put(k, v == null ? "" : String.valueOf(v)));
        asMap(c.get(key)).forEach((k, v) -> cells.put(k, v == null ? "" : String.valueOf(v)));
        for (String column : cells.keySet()) {
            if (schema.column(column).isEmpty()) {
                throw new IllegalArgumentException(key + ": unknown column '" + column + "' (columns of " + schema.file() + ")");
            }
        }
        RowSchema.Parsed<?> parsed = schema.parse(cells, false);
        if (!parsed.ok()) {
            ValueProblem p = parsed.problems().get(0);
            throw new IllegalArgumentException(key + "." + p.column() + " = '" + p.value() + "': " + p.messageKey());
        }
        return parsed.value();
    }

    private static final List<String> COLLECTIVE_MEMBERS_KEYS = List.of("org_id", "size", "degraded", "disciplined",
            "disciplined_warning_or_above", "disciplined_not_self_remedied");

    /** The case's collective_members over the defaults' one; the counts must fit together as the engine counts them. */
    private static CollectiveMembers collectiveMembers(Map<String, Object> defaults, Map<String, Object> c, String orgId) {
        Map<String, Object> m = new LinkedHashMap<>(asMap(defaults.get("collective_members")));
        m.putAll(asMap(c.get("collective_members")));
        for (String key : m.keySet()) {
            if (!COLLECTIVE_MEMBERS_KEYS.contains(key)) {
                throw new IllegalArgumentException("collective_members: unknown key '" + key + "' (" + COLLECTIVE_MEMBERS_KEYS + ")");
            }
        }
        CollectiveMembers members = new CollectiveMembers(text(m, "org_id", orgId), integer(m, "size"),
                integer(m, "degraded"), integer(m, "disciplined"), integer(m, "disciplined_warning_or_above"),
                integer(m, "disciplined_not_self_remedied"));
        if (members.degraded() < 0 || members.disciplinedWarningOrAbove() < 0 || members.disciplinedNotSelfRemedied() < 0
                || members.degraded() > members.size() || members.disciplined() > members.size()
                || members.disciplinedWarningOrAbove() > members.disciplined()
                || members.disciplinedNotSelfRemedied() > members.disciplined()) {
            throw new IllegalArgumentException("collective_members: counts that cannot be (degraded and disciplined at most"
                    + " size; disciplined_warning_or_above and disciplined_not_self_remedied at most disciplined): " + m);
        }
        return members;
    }

    /** A YAML reader that resolves no scalar but the empty one: values keep the text the author wrote. */
    private static Yaml textOnlyYaml() {
        LoaderOptions options = new LoaderOptions();
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
    }

    private static Level level(String code) {
        return Level.parse(code).orElseThrow(() -> new IllegalArgumentException("not a level: " + code));
    }

    private static String text(Map<String, Object> m, String key, String dflt) {
        Object v = m.get(key);
        return v == null ? dflt : String.valueOf(v);
    }

    private static int integer(Map<String, Object> m, String key) {
        return Integer.parseInt(text(m, key, "0"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
    }

    private static List<?> asList(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        return asList(o).stream().map(String::valueOf).toList();
    }

}
