package org.xeploai.cli;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.i18n.Messages;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.SubjectType;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.RowSchema;
import org.xeploai.rules.RulePack;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code xeploai explain}: why one member, organization or leadership collective has its level. Runs the same
 * classification as {@code classify} (nothing is written) and prints that subject's {@link Explanation}; a subject
 * whose input row was refused is told so with the reasons {@code rejected.csv} would give. An id that is nowhere in
 * the input is a usage error naming the id and where the ids are.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ExplainCommand implements Callable<Integer> {
    private static final int SUGGESTIONS = 3;
    private static final String DECISIONS = "decisions.csv";
    private final CliContext context;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.year")
    private int year;

    @Option(names = "--input", required = true, paramLabel = "DIR", descriptionKey = "cli.option.input")
    private Path input;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "cli.option.rules")
    private Path rules;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** The one subject to explain. */
    static final class Subject {
        @Option(names = "--member", required = true, paramLabel = "ID", descriptionKey = "cli.option.member")
        private String member;

        @Option(names = "--org", required = true, paramLabel = "ID", descriptionKey = "cli.option.org")
        private String org;

        @Option(names = "--collective", required = true, paramLabel = "ID", descriptionKey = "cli.option.collective")
        private String collective;

        SubjectType type() {
            return member != null ? SubjectType.MEMBER : org != null ? SubjectType.ORGANIZATION : SubjectType.COLLECTIVE;
        }

        String id() {
            String id = member != null ? member : org != null ? org : collective;
            return Normalizer.normalize(id.strip(), Normalizer.Form.NFC);
        }
    }

    public ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        Xeploai xeploai = context.xeploai();
        RulePack pack = PackChoice.forYear(xeploai, year, rules);
        InputData data = xeploai.read(input, pack);
        ClassificationResult result = xeploai.classify(year, data, pack);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (InputWarning warning : result.warnings()) {
            err.println(messages.get("cli.warning", warning.file(), messages.get(warning.messageKey(), warning.args())));
        }
        SubjectType type = subject.type();
        String id = subject.id();
        List<SubjectResult> pool = switch (type) {
            case MEMBER -> result.members();
            case ORGANIZATION -> result.organizations();
            case COLLECTIVE -> result.collectives();
        };
        Explanation explanation = new Explanation(messages, pack, data, result);
        List<SubjectResult> found = pool.stream().filter(r -> r.subjectId().equals(id)).toList();
        if (!found.isEmpty()) {
            List<RejectedRow> refusedDecisions = refusedDecisions(id, result);
            for (int i = 0; i < found.size(); i++) {
                if (i > 0) {
                    out.println();
                    out.println("-".repeat(40));
                }
                explanation.print(found.get(i), refusedDecisions, out);
            }
            out.flush();
            return ExitCode.OK.code();
        }
        List<RejectedRow> rejected = rejectedRows(type, id, data, result);
        if (!rejected.isEmpty()) {
            explanation.printRejected(type, id, rejected, out);
            out.flush();
            return ExitCode.OK.code();
        }
        if (type == SubjectType.ORGANIZATION) {
            Optional<Organization> superior = data.organizations().stream()
                    .filter(o -> o.orgId().equals(id) && o.type() == OrgType.SUPERIOR).findFirst();
            if (superior.isPresent()) {
                explanation.printSuperior(superior.get(), out);
                out.flush();
                return ExitCode.OK.code();
            }
        }
        if (type == SubjectType.COLLECTIVE && pool.isEmpty()) {
            throw CliException.usage("cli.explain.no_collectives", id);
        }
        List<String> near = suggestions(id, pool.stream().map(SubjectResult::subjectId).toList());
        String file = Explanation.fileOf(type);
        String kind = messages.get("cli.explain.kind." + type.name()).toLowerCase(messages.lang().locale());
        throw CliException.usage("cli.explain.unknown", kind, id, file, idColumn(type),
                near.isEmpty() ? "" : " " + messages.get("cli.explain.did_you_mean", String.join(", ", near)));
    }

    /** The rows of the subject's file refused while reading or classifying, found by the subject's id. */
    private List<RejectedRow> rejectedRows(SubjectType type, String id, InputData data, ClassificationResult result) {
        String file = Explanation.fileOf(type);
        Set<Long> lines = new LinkedHashSet<>();
        long accepted = data.lineOf(file, id);
        if (accepted > 0) {
            lines.add(accepted);
        }
        lines.addAll(RowLines.of(input.resolve(file), schema(type), idColumn(type), id));
        return result.rejected().stream().filter(r -> r.file().equals(file) && lines.contains(r.line())).toList();
    }

    /** The rows of decisions.csv about the subject that were refused: the authority's word that did not apply. */
    private List<RejectedRow> refusedDecisions(String id, ClassificationResult result) {
        Set<Long> lines = RowLines.of(input.resolve(DECISIONS), TemplateCommand.DECISIONS.get(1), id);
        return result.rejected().stream().filter(r -> r.file().equals(DECISIONS) && lines.contains(r.line())).toList();
    }

    private static RowSchema<?> schema(SubjectType type) {
        return switch (type) {
            case MEMBER -> InputSchemas.MEMBERS;
            case ORGANIZATION -> InputSchemas.ORGANIZATIONS;
            case COLLECTIVE -> InputSchemas.COLLECTIVES;
        };
    }

    private static String idColumn(SubjectType type) {
        return switch (type) {
            case MEMBER -> "member_id";
            case ORGANIZATION -> "org_id";
            case COLLECTIVE -> "collective_id";
        };
    }

    /** The ids closest to a mistyped one: same letters in another case, or one or two keystrokes away. */
    static List<String> suggestions(String id, List<String> ids) {
        record Near(String id, int distance) {
        }
        List<Near> near = new ArrayList<>();
        String wanted = id.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : new LinkedHashSet<>(ids)) {
            int d = distance(wanted, candidate.toLowerCase(java.util.Locale.ROOT), 2);
            if (d <= 2) {
                near.add(new Near(candidate, d));
            }
        }
        return near.stream().sorted(Comparator.comparingInt(Near::distance)).limit(SUGGESTIONS).map(Near::id).toList();
    }

    /** Levenshtein distance, or {@code max + 1} once it is known to exceed {@code max}. */
    private static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
