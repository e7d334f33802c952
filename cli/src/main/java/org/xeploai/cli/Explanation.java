package org.xeploai.cli;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.output.FindingText;
import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;
import org.xeploai.rules.RuleInfo;
import org.xeploai.rules.RulePack;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One subject's result in words, for {@code xeploai explain}: who it is, its levels (proposed, computed by the rules,
 * final), then every finding in the order the pipeline added it, grouped as the steps that made the level: the rules
 * (each with its title), the quota step with its numbers, the authority's decision, the caps that flowed down from the
 * organization the subject heads or leads, and the warnings. Findings are printed by {@link FindingText}, as in
 * every output file.
 */
final class Explanation {
    private static final String INDENT = "  ";
    private static final String DETAIL_INDENT = "      ";
    private static final String QUOTA_KEYS = "finding.quota.";
    private static final String DECISION_KEY = "finding.decision";
    private static final String DECISION_RULE = "DECISION";

    private final Messages messages;
    private final RulePack pack;
    private final InputData data;
    private final ClassificationResult result;
    private final Map<String, RuleInfo> rules;
    private final Set<String> flowDown;
    private final Map<String, Organization> organizations;

    Explanation(Messages messages, RulePack pack, InputData data, ClassificationResult result) {
        this.messages = messages;
        this.pack = pack;
        this.data = data;
        this.result = result;
        this.rules = pack.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        this.flowDown = flowDownRules(pack);
        this.organizations = data.organizations().stream()
                .collect(Collectors.toMap(Organization::orgId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** @param refusedDecisions rows of decisions.csv about the subject that were rejected */
    void print(SubjectResult r, List<RejectedRow> refusedDecisions, PrintWriter out) {
        out.println(messages.get("cli.explain.subject", kind(r), r.subjectId(), blankTo(r.name(), "")).strip());
        Fields fields = new Fields();
        switch (r.subjectType()) {
            case MEMBER -> {
                fields.add("cli.explain.field.org", organization(r.orgId()));
                if (r.grassrootsId() != null && !r.grassrootsId().equals(r.orgId())) {
                    fields.add("cli.explain.field.grassroots", organization(r.grassrootsId()));
                }
            }
            case ORGANIZATION -> {
                if (r.orgType() != null) {
                    fields.add("cli.explain.field.type", messages.get("cli.org_type." + r.orgType().name()));
                }
                fields.add("cli.explain.field.parent", organization(r.orgId()));
            }
            case COLLECTIVE -> fields.add("cli.explain.field.leads", organization(r.orgId()));
        }
        long line = inputLine(r);
        if (line > 0) {
            fields.add("cli.explain.field.row", messages.get("cli.explain.row", fileOf(r.subjectType()), line));
        }
        fields.add("cli.explain.field.status", messages.get("cli.status." + r.status().name()));
        fields.add("cli.explain.field.proposed", level(r.proposedLevel()));
        fields.add("cli.explain.field.computed", level(r.computedLevel()));
        fields.add("cli.explain.field.final", finalLevel(r));
        fields.add("cli.explain.field.pack", messages.get("cli.explain.pack", pack.name(), pack.version(), result.year()));
        fields.print(out);

        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (String group : List.of("rules", "quota", "decision", "caps", "warnings")) {
            groups.put(group, new ArrayList<>());
        }
        for (Finding f : r.findings()) {
            groups.get(groupOf(f)).add(f);
        }
        section(out, "cli.explain.section.rules", groups.get("rules"));
        section(out, "cli.explain.section.quota", groups.get("quota"));
        decision(out, r, groups.get("decision"), refusedDecisions);
        // caps flow down to heads and collectives; an organization shows them only if a pack gives it one
        if (r.subjectType() != SubjectType.ORGANIZATION || !groups.get("caps").isEmpty()) {
            section(out, r.subjectType() == SubjectType.MEMBER ? "cli.explain.section.caps.head"
                    : "cli.explain.section.caps", groups.get("caps"));
        }
        section(out, "cli.explain.section.warnings", groups.get("warnings"));
    }

    /** A subject whose input row was refused: where, and why, as {@code rejected.csv} says it. */
    void printRejected(SubjectType type, String id, List<RejectedRow> rows, PrintWriter out) {
        out.println(messages.get("cli.explain.rejected", messages.get("cli.explain.kind." + type.name()), id,
                rows.size()));
        for (RejectedRow row : rows) {
            out.println(INDENT + rejectedRow(row));
        }
        out.println(messages.get("cli.explain.rejected.hint"));
    }

    /** An organization the readers accepted but that is never classified (a superior committee). */
    void printSuperior(Organization org, PrintWriter out) {
        out.println(messages.get("cli.explain.superior", org.orgId(), blankTo(org.name(), "")));
    }

    private String rejectedRow(RejectedRow row) {
        String where = ErrorReporter.where(messages, row.file(), row.line(), row.column());
        String value = row.value() == null || row.value().isEmpty() ? "" : " '" + row.value() + "'";
        return where + value + ": " + messages.get(row.messageKey(), row.args());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String groupOf(Finding f) {
        if (f.messageKey() != null && f.messageKey().startsWith(QUOTA_KEYS)) {
            return "quota";
        }
        if (DECISION_KEY.equals(f.messageKey()) || DECISION_RULE.equals(f.ruleId())) {
            return "decision";
        }
        if (f.kind() == FindingKind.WARNING) {
            return "warnings";
        }
        if (f.messageKey() == null && flowDown.contains(f.ruleId())) {
            return "caps";
        }
        return "rules";
    }

    private void section(PrintWriter out, String headingKey, List<Finding> findings) {
        out.println();
        out.println(messages.get(headingKey));
        if (findings.isEmpty()) {
            out.println(INDENT + messages.get("cli.explain.none"));
        }
        for (Finding f : findings) {
            finding(out, f);
        }
    }

    private void finding(PrintWriter out, Finding f) {
        out.println(INDENT + FindingText.of(f, messages));
        if (f.messageKey() != null) {
            return; // a step of the engine says what happened in its own words
        }
        String level = f.level() == null ? "" : f.level().name();
        String what = messages.get("cli.explain.finding." + f.kind().name(), level);
        RuleInfo rule = rules.get(f.ruleId());
        if (rule != null && rule.title() != null && !rule.title().isBlank()) {
            what += ": " + rule.title();
        }
        out.println(DETAIL_INDENT + what);
    }

    private void decision(PrintWriter out, SubjectResult r, List<Finding> findings, List<RejectedRow> refused) {
        out.println();
        out.println(messages.get("cli.explain.section.decision"));
        Decision d = r.decision();
        if (d == null && findings.isEmpty() && refused.isEmpty()) {
            out.println(INDENT + messages.get("cli.explain.none"));
        }
        if (d != null) {
            List<String> parts = new ArrayList<>();
            parts.add(messages.get("cli.explain.decision.level", d.level().name(), d.level().label()));
            if (d.rank() != null) {
                parts.add(messages.get("cli.explain.decision.rank", d.rank()));
            }
            if (d.exemplary()) {
                parts.add(messages.get("cli.explain.decision.exemplary"));
            }
            if (d.quotaException()) {
                parts.add(messages.get("cli.explain.decision.quota_exception"));
            }
            if (d.decidedBy() != null && !d.decidedBy().isBlank()) {
                parts.add(messages.get("cli.explain.decision.by", d.decidedBy()));
            }
            if (d.reason() != null && !d.reason().isBlank()) {
                parts.add(messages.get("cli.explain.decision.reason", d.reason()));
            }
            String where = d.line() > 0 ? messages.get("cli.explain.row", "decisions.csv", d.line()) + ": " : "";
            out.println(INDENT + where + String.join(", ", parts));
            if (findings.isEmpty() && d.rank() != null) {
                out.println(DETAIL_INDENT + messages.get("cli.explain.decision.ranking_only"));
            }
        }
        for (Finding f : findings) {
            finding(out, f);
        }
        for (RejectedRow row : refused) {
            out.println(INDENT + messages.get("cli.explain.decision.refused", rejectedRow(row)));
        }
    }

    private String kind(SubjectResult r) {
        return messages.get("cli.explain.kind." + r.subjectType().name());
    }

    private String organization(String orgId) {
        if (orgId == null || orgId.isBlank()) {
            return messages.get("cli.explain.none");
        }
        Organization org = organizations.get(orgId);
        return org == null || org.name() == null || org.name().isBlank() ? orgId : orgId + " — " + org.name();
    }

    private String level(Level level) {
        return level == null ? messages.get("cli.explain.none") : level.name() + " — " + level.label();
    }

    private String finalLevel(SubjectResult r) {
        if (r.status() == ClassificationStatus.NOT_CLASSIFIED) {
            return messages.get("cli.explain.final.not_classified");
        }
        if (r.status() == ClassificationStatus.PENDING || r.level() == null) {
            return messages.get("cli.explain.final.pending");
        }
        List<String> why = new ArrayList<>();
        if (r.quotaDemoted()) {
            why.add(messages.get("cli.explain.final.quota_demoted"));
        }
        if (r.decision() != null && r.decision().level() == r.level() && r.level() != r.computedLevel()) {
            why.add(messages.get("cli.explain.final.decided"));
        }
        boolean capped = r.findings().stream().anyMatch(f -> f.messageKey() == null && flowDown.contains(f.ruleId())
                && (f.kind() == FindingKind.CAP || f.kind() == FindingKind.KNOCKOUT));
        if (capped && !r.quotaDemoted() && r.level() != r.computedLevel() && why.isEmpty()) {
            why.add(messages.get("cli.explain.final.capped"));
        }
        String text = level(r.level());
        return why.isEmpty() ? text : text + " (" + String.join("; ", why) + ")";
    }

    private long inputLine(SubjectResult r) {
        String file = fileOf(r.subjectType());
        if (r.subjectType() == SubjectType.MEMBER) {
            boolean temporary = data.members().stream().anyMatch(m -> m.memberId().equals(r.subjectId())
                    && m.status() == MemberStatus.TEMPORARY && m.orgId().equals(r.orgId()));
            return data.lineOf(file, temporary ? r.subjectId() + "#TEMPORARY" : r.subjectId());
        }
        return data.lineOf(file, r.subjectId());
    }

    static String fileOf(SubjectType type) {
        return switch (type) {
            case MEMBER -> "members.csv";
            case ORGANIZATION -> "organizations.csv";
            case COLLECTIVE -> "collectives.csv";
        };
    }

    private static String blankTo(String s, String dflt) {
        return s == null || s.isBlank() ? dflt : s;
    }

    private static final Pattern RULE_WHEN = Pattern.compile(
            "(?ms)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))(.*?)^\\s*then\\b");

    /**
     * The rules that read the final level of another subject ({@code DecidedLevel}): they apply once the organization
     * a head or collective answers for is decided, so their findings are the caps that flow down (C-HEAD), never the
     * subject's own conditions.
     */
    static Set<String> flowDownRules(RulePack pack) {
        Set<String> ids = new HashSet<>();
        for (String file : pack.descriptor().ruleFiles()) {
            String source = pack.sources().get(file);
            if (source == null) {
                continue;
            }
            Matcher m = RULE_WHEN.matcher(source.replaceAll("//[^\\n]*", ""));
            while (m.find()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (m.group(4).contains("DecidedLevel")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** "label:  value" lines, the values aligned. */
    private final class Fields {
        private final List<String[]> rows = new ArrayList<>();

        void add(String labelKey, String value) {
            rows.add(new String[] {messages.get(labelKey), value});
        }

        void print(PrintWriter out) {
            int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
            for (String[] row : rows) {
                out.println(INDENT + row[0] + ":" + " ".repeat(width - row[0].length() + 1) + row[1]);
            }
        }
    }
}
