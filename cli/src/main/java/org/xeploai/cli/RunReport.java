package org.xeploai.cli;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.i18n.Messages;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code classify} tells the user after a successful run: where each input row went, the headline a committee
 * quotes for each subject type ("Tổ chức cơ sở đảng: 14 HTXSNV, 56 HTTNV, 3 HTNV, 0 KHTNV — 96% HTTNV trở lên,
 * trong đó 20% HTXSNV") for each top superior committee, and where the rejected rows are.
 */
final class RunReport {
    /** The order committees report in. */
    static final List<String> SUBJECTS = List.of("GRASSROOTS_ORG", "CELL", "MEMBER", "COLLECTIVE");
    static final String REJECTED_FILE = "rejected.csv";

    private final Messages messages;

    RunReport(Messages messages) {
        this.messages = messages;
    }

    void print(ClassificationResult result, InputData input, Path output, PrintWriter out, PrintWriter err) {
        for (InputWarning warning : result.warnings()) {
            err.println(messages.get("cli.warning", warning.file(), messages.get(warning.messageKey(), warning.args())));
        }
        out.println(messages.get("cli.classify.done", result.year(),
                result.pack().name(), result.pack().version(), output));
        printAccounting(result.accounting(), out, err);
        printHeadlines(result.summary(), input, out);
        long rejected = result.accounting().stream().mapToLong(RowAccounting::rejected).sum();
        out.println(rejected == 0 ? messages.get("cli.classify.no_rejected")
                : messages.get("cli.classify.rejected", rejected, output.resolve(REJECTED_FILE)));
        out.flush();
    }

    private void printAccounting(List<RowAccounting> accounting, PrintWriter out, PrintWriter err) {
        out.println(messages.get("cli.classify.accounting"));
        int fileWidth = accounting.stream().mapToInt(a -> a.file().length()).max().orElse(0);
        int inWidth = accounting.stream().mapToInt(a -> Long.toString(a.rowsIn()).length()).max().orElse(0);
        for (RowAccounting a : accounting) {
            out.printf("  %-" + fileWidth + "s %" + inWidth + "d = %d + %d + %d + %d + %d%n", a.file(), a.rowsIn(),
                    a.classified(), a.notClassified(), a.pending(), a.accepted(), a.rejected());
            if (!a.balanced()) {
                err.println(messages.get("cli.classify.unbalanced", a.file()));
            }
        }
    }

    private void printHeadlines(List<SummaryRow> summary, InputData input, PrintWriter out) {
        Map<String, Map<String, SummaryRow>> byScope = new LinkedHashMap<>();
        for (SummaryRow row : summary) {
            byScope.computeIfAbsent(row.scopeOrgId(), k -> new LinkedHashMap<>()).put(row.subject(), row);
        }
        // superior scopes are those with grassroots organizations counted; the top ones are those under no other
        Set<String> superiors = byScope.entrySet().stream().filter(e -> e.getValue().containsKey("GRASSROOTS_ORG"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Organization> tops = new ArrayList<>();
        for (Organization org : input.organizations()) {
            if (org.type() == OrgType.SUPERIOR && superiors.contains(org.orgId())
                    && (org.parentId() == null || !superiors.contains(org.parentId()))) {
                tops.add(org);
            }
        }
        for (Organization top : tops) {
            String name = top.name() == null || top.name().isBlank() ? top.orgId() : top.name() + " (" + top.orgId() + ")";
            out.println(messages.get("cli.classify.scope", name));
            Map<String, SummaryRow> rows = byScope.get(top.orgId());
            for (String subject : SUBJECTS) {
                SummaryRow row = rows.get(subject);
                if (row != null) {
                    out.println("  " + headline(subject, row));
                }
            }
        }
    }

    /** "Tổ chức cơ sở đảng: 14 HTXSNV, 56 HTTNV, 3 HTNV, 0 KHTNV — 96% HTTNV trở lên, trong đó 20% HTXSNV". */
    String headline(String subject, SummaryRow row) {
        String shares;
        if (row.classified() == 0) {
            shares = messages.get("cli.classify.shares.none");
        } else {
            Optional<BigDecimal> ofGood = row.pctExcellentOfGoodOrAbove();
            shares = ofGood.isPresent()
                    ? messages.get("cli.classify.shares", whole(row.pctGoodOrAbove()), whole(ofGood))
                    : messages.get("cli.classify.shares.no_good", whole(row.pctGoodOrAbove()));
        }
        String line = messages.get("cli.classify.headline", messages.get("cli.subject." + subject),
                row.htxsnv(), row.httnv(), row.htnv(), row.khtnv(), shares);
        List<String> others = new ArrayList<>();
        if (row.notClassified() > 0) {
            others.add(messages.get("cli.classify.not_classified", row.notClassified()));
        }
        if (row.pending() > 0) {
            others.add(messages.get("cli.classify.pending", row.pending()));
        }
        return others.isEmpty() ? line : line + " (" + String.join(", ", others) + ")";
    }

    /** Rounded half up to a whole number, as summary.csv writes it. */
    private static String whole(Optional<BigDecimal> pct) {
        return pct.map(p -> p.setScale(0, RoundingMode.HALF_UP).toPlainString()).orElse("");
    }
}
