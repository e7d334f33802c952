package org.xeploai.engine.diff;

import org.xeploai.engine.PackInfo;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.output.FindingText;
import org.xeploai.engine.output.OutputFile;
import org.xeploai.engine.output.OutputFiles;
import org.xeploai.engine.report.HtmlReport;
import org.xeploai.engine.report.ReportDocument;
import org.xeploai.engine.report.ReportDocument.Bar;
import org.xeploai.engine.report.ReportDocument.Block;
import org.xeploai.engine.report.ReportDocument.Chart;
import org.xeploai.engine.report.ReportDocument.Facts;
import org.xeploai.engine.report.ReportDocument.Heading;
import org.xeploai.engine.report.ReportDocument.Paragraph;
import org.xeploai.engine.report.ReportDocument.Table;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.Finding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files of {@code xeploai diff}: {@code diff.csv} (one row per subject that changes), {@code diff_summary.csv}
 * (every summary row on both sides), {@code diff_targets.csv} (when the input has targets.csv) and {@code diff.html}
 * (self-contained, with a bar chart of the level counts under A and B for each kind of subject), written together
 * or not at all. Texts come from the {@code diff.*} keys of the bundles, Vietnamese by default.
 */
public final class DiffFiles {
    public static final String CHANGES = "diff.csv";
    public static final String SUMMARY = "diff_summary.csv";
    public static final String TARGETS = "diff_targets.csv";
    public static final String HTML = "diff.html";
    /** Changed subjects listed in diff.html; diff.csv has them all. */
    static final int HTML_ROWS = 300;
    private static final String COLOR_A = "#6b7f99";
    private static final String COLOR_B = "#b3261e";

    private DiffFiles() {
    }

    /** Writes the files into {@code outputDir}, replacing files of the same names only when all were written. */
    public static void write(PackDiff diff, Path outputDir, Lang lang) {
        OutputFiles.replace(outputDir, files(diff, lang));
    }

    public static List<OutputFile> files(PackDiff diff, Lang lang) {
        Messages messages = Messages.of(lang);
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFiles.csv(CHANGES, List.of("subject_type", "subject_id", "name", "level_a", "level_b",
                "reasons_a", "reasons_b"), diff.changes().stream().map(c -> List.<Object>of(c.subject(),
                c.subjectId(), nz(c.name()), c.stateA(), c.stateB(), reasons(c.reasonsA(), messages),
                reasons(c.reasonsB(), messages))).toList()));
        files.add(OutputFiles.csv(SUMMARY, summaryHeader(), diff.summary().stream().map(DiffFiles::summaryRow).toList()));
        if (diff.targetsGiven()) {
            files.add(OutputFiles.csv(TARGETS, List.of("target_id", "description", "planned", "actual_a", "actual_b",
                    "met_a", "met_b"), diff.targets().stream().map(t -> java.util.Arrays.<Object>asList(t.targetId(),
                    t.description(), t.planned(), t.actualA(), t.actualB(), t.metA(), t.metB())).toList()));
        }
        files.add(OutputFiles.text(HTML, HtmlReport.render(document(diff, messages, lang))));
        return files;
    }

    /** Findings as results' {@code reasons} write them, {@code ;}-separated. */
    static String reasons(List<Finding> findings, Messages messages) {
        return findings.stream().map(f -> FindingText.of(f, messages)).collect(Collectors.joining("; "));
    }

    private static final List<String> COUNTS = List.of("total", "classified", "not_classified", "pending", "htxsnv",
            "httnv", "htnv", "khtnv", "pct_good_or_above", "pct_excellent", "pct_excellent_of_good_or_above");

    private static List<String> summaryHeader() {
        List<String> header = new ArrayList<>(List.of("scope_org_id", "subject"));
        for (String c : COUNTS) {
            header.add(c + "_a");
            header.add(c + "_b");
        }
        header.add("changed");
        return header;
    }

    private static List<Object> summaryRow(PackDiff.SummaryChange s) {
        List<Object> row = new ArrayList<>(List.of(s.scopeOrgId(), s.subject()));
        List<Function<SummaryRow, Object>> values = List.of(SummaryRow::total, SummaryRow::classified,
                SummaryRow::notClassified, SummaryRow::pending, SummaryRow::htxsnv, SummaryRow::httnv,
                SummaryRow::htnv, SummaryRow::khtnv, r -> whole(r.pctGoodOrAbove()), r -> whole(r.pctExcellent()),
                r -> whole(r.pctExcellentOfGoodOrAbove()));
        for (Function<SummaryRow, Object> v : values) {
            row.add(s.a() == null ? null : v.apply(s.a()));
            row.add(s.b() == null ? null : v.apply(s.b()));
        }
        row.add(s.changed());
        return row;
    }

    /** A share as summary.csv writes it: rounded half up to a whole number; null over an empty base. */
    public static BigDecimal whole(Optional<BigDecimal> pct) {
        return pct.map(p -> p.setScale(0, RoundingMode.HALF_UP)).orElse(null);
    }

    static ReportDocument document(PackDiff diff, Messages m, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(
                List.of(m.get("diff.html.pack_a"), pack(diff.packA())),
                List.of(m.get("diff.html.hash_a"), String.valueOf(diff.packA().hash())),
                List.of(m.get("diff.html.pack_b"), pack(diff.packB())),
                List.of(m.get("diff.html.hash_b"), String.valueOf(diff.packB().hash())),
                List.of(m.get("diff.html.changed"), String.valueOf(diff.changes().size())))));
        if (!diff.anyChange()) {
            blocks.add(new Paragraph(m.get("diff.html.no_change"), true));
        }

        blocks.add(new Heading(1, m.get("diff.html.levels")));
        for (PackDiff.SubjectMoves s : diff.subjects()) {
            List<String> present = PackDiff.STATES.stream().filter(st -> s.countA(st) + s.countB(st) > 0).toList();
            if (present.isEmpty()) {
                continue;
            }
            String subject = m.get("cli.subject." + s.subject());
            blocks.add(new Heading(2, m.get("diff.html.subject", subject, s.changed())));
            List<Bar> bars = new ArrayList<>();
            for (String st : present) {
                bars.add(new Bar(st + " A", s.countA(st), String.valueOf(s.countA(st)), COLOR_A));
                bars.add(new Bar(st + " B", s.countB(st), String.valueOf(s.countB(st)), COLOR_B));
            }
            blocks.add(new Chart(m.get("diff.html.chart", subject), bars));
            if (s.changed() > 0) {
                List<String> header = new ArrayList<>();
                header.add(m.get("diff.html.matrix_corner"));
                header.addAll(present);
                List<List<String>> rows = new ArrayList<>();
                for (String from : present) {
                    List<String> row = new ArrayList<>();
                    row.add(from);
                    for (String to : present) {
                        int n = s.moved(from, to);
                        row.add(n == 0 ? "" : String.valueOf(n));
                    }
                    rows.add(row);
                }
                List<Boolean> numeric = new ArrayList<>(Collections.nCopies(header.size(), true));
                numeric.set(0, false);
                blocks.add(new Table(m.get("diff.html.matrix", subject), header, rows, numeric,
                        Collections.nCopies(header.size(), 1), List.of()));
            }
        }

        List<PackDiff.SummaryChange> changedRows = diff.summary().stream().filter(PackDiff.SummaryChange::changed).toList();
        blocks.add(new Heading(1, m.get("diff.html.summary")));
        if (changedRows.isEmpty()) {
            blocks.add(new Paragraph(m.get("diff.html.summary_same"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PackDiff.SummaryChange s : changedRows) {
                rows.add(List.of(s.scopeOrgId(), m.get("cli.subject." + s.subject()), counts(s.a()), counts(s.b()),
                        shares(s.a()), shares(s.b())));
            }
            blocks.add(new Table(null, List.of(m.get("diff.html.scope"), m.get("diff.html.subject_type"),
                    m.get("diff.html.counts_a"), m.get("diff.html.counts_b"), m.get("diff.html.shares_a"),
                    m.get("diff.html.shares_b")), rows, List.of(false, false, true, true, true, true),
                    List.of(3, 4, 4, 4, 3, 3), List.of()));
        }

        if (diff.targetsGiven()) {
            blocks.add(new Heading(1, m.get("diff.html.targets")));
            List<List<String>> rows = new ArrayList<>();
            List<Integer> strong = new ArrayList<>();
            for (PackDiff.TargetChange t : diff.targets()) {
                if (t.changed()) {
                    strong.add(rows.size());
                }
                rows.add(List.of(t.targetId(), nz(t.description()), plain(t.planned()),
                        plain(t.actualA()) + " " + met(t.metA(), m), plain(t.actualB()) + " " + met(t.metB(), m)));
            }
            blocks.add(new Table(null, List.of(m.get("diff.html.target"), m.get("diff.html.description"),
                    m.get("diff.html.planned"), "A", "B"), rows, List.of(false, false, true, true, true),
                    List.of(2, 8, 2, 3, 3), strong));
        }

        blocks.add(new Heading(1, m.get("diff.html.changes")));
        if (diff.changes().isEmpty()) {
            blocks.add(new Paragraph(m.get("diff.html.no_change"), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (PackDiff.SubjectChange c : diff.changes().subList(0, Math.min(HTML_ROWS, diff.changes().size()))) {
                rows.add(List.of(m.get("cli.subject." + c.subject()), c.subjectId() + (c.name() == null
                        || c.name().isBlank() ? "" : " " + c.name()), c.stateA() + " → " + c.stateB(),
                        reasons(c.reasonsA(), m), reasons(c.reasonsB(), m)));
            }
            if (diff.changes().size() > HTML_ROWS) {
                blocks.add(new Paragraph(m.get("diff.html.first", HTML_ROWS, diff.changes().size(), CHANGES), false));
            }
            blocks.add(new Table(null, List.of(m.get("diff.html.subject_type"), m.get("diff.html.subject_id"),
                    m.get("diff.html.move"), m.get("diff.html.reasons_a"), m.get("diff.html.reasons_b")), rows,
                    List.of(false, false, false, false, false), List.of(2, 4, 3, 7, 7), List.of()));
        }
        blocks.add(new Paragraph(m.get("diff.html.footer", CHANGES, SUMMARY), false));
        return new ReportDocument(lang == Lang.EN ? "en" : "vi", m.get("diff.html.title", diff.year()),
                "A: " + pack(diff.packA()) + " · B: " + pack(diff.packB()), blocks);
    }

    private static String pack(PackInfo p) {
        return p.name() + " " + p.version();
    }

    private static String counts(SummaryRow r) {
        return r == null ? "—" : r.htxsnv() + " / " + r.httnv() + " / " + r.htnv() + " / " + r.khtnv();
    }

    private static String shares(SummaryRow r) {
        if (r == null) {
            return "—";
        }
        return plain(whole(r.pctGoodOrAbove())) + "% · " + plain(whole(r.pctExcellentOfGoodOrAbove())) + "%";
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }

    private static String met(Boolean met, Messages m) {
        return met == null ? "" : m.get(met ? "diff.html.met" : "diff.html.not_met");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
