package org.xeploai.engine.output;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.report.Award;
import org.xeploai.engine.report.HtmlReport;
import org.xeploai.engine.report.NotClassifiedRow;
import org.xeploai.engine.report.PdfReport;
import org.xeploai.engine.report.ReportContent;
import org.xeploai.engine.report.ReportDocument;
import org.xeploai.engine.report.ReportText;
import org.xeploai.engine.report.TargetResult;
import org.xeploai.engine.report.YearOverYearRow;
import org.xeploai.i18n.Lang;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The files of the year-end report: {@code targets.csv}, {@code awards.csv}, {@code year_over_year.csv} and
 * {@code not_classified.csv} (the contract's columns first, then this project's), {@code report.html} and
 * {@code report.pdf}. Text cells ({@code note}, {@code authority}, {@code reason}) are in the run's language; codes
 * and column names are not.
 */
final class ReportFiles {
    static final List<String> TARGETS = List.of("target_id", "planned", "actual", "attainment_pct", "met",
            "description", "metric", "subject", "scope_org_id", "base", "actual_exact", "note");
    static final List<String> AWARDS = List.of("subject_type", "subject_id", "award", "years",
            "name", "authority", "basis", "note", "rank", "org_id", "grassroots_id", "org_name", "authority_org_id",
            "award_label");
    static final List<String> YEAR_OVER_YEAR = List.of("scope_org_id", "subject", "previous_year",
            "previous_classified", "previous_htxsnv", "previous_httnv", "previous_htnv", "previous_khtnv",
            "previous_pct_good_or_above", "previous_pct_excellent", "previous_pct_excellent_of_good_or_above",
            "year", "classified", "htxsnv", "httnv", "htnv", "khtnv",
            "pct_good_or_above", "pct_excellent", "pct_excellent_of_good_or_above",
            "change_pct_good_or_above", "change_pct_excellent_of_good_or_above", "not_in_history");
    static final List<String> NOT_CLASSIFIED = List.of("scope_org_id", "subject", "status", "rule_id", "count",
            "reason", "reference", "subject_ids");
    static final String HTML = "report.html";
    static final String PDF = "report.pdf";
    /** At most so many ids in a cell of not_classified.csv (a spreadsheet cell holds 32,767 characters). */
    static final int MAX_IDS = 200;

    private ReportFiles() {
    }

    /** The report's CSV files, in the order of the workbook's sheets after the result files. */
    static List<CsvFile> csv(ClassificationResult result, ReportText text) {
        return List.of(targets(result, text), awards(result, text), yearOverYear(result), notClassified(result, text));
    }

    /** report.html and report.pdf. */
    static List<OutputFile> documents(ClassificationResult result, Lang lang) {
        ReportDocument doc = ReportContent.of(result, lang);
        return List.of(new BytesFile(HTML, o -> o.write(HtmlReport.render(doc).getBytes(StandardCharsets.UTF_8))),
                new BytesFile(PDF, o -> PdfReport.write(doc, doc.title() + " — " + doc.subtitle(), o)));
    }

    static CsvFile targets(ClassificationResult result, ReportText text) {
        return new CsvFile("targets.csv", TARGETS, out -> {
            for (TargetResult r : result.report().targets()) {
                var t = r.target();
                out.row(t.targetId(), plain(t.planned()), plain(r.actual()), r.attainmentPct(), r.met(),
                        t.description(), t.metric(), t.subject(), r.scopeOrgId(),
                        t.metric() == org.xeploai.engine.input.Target.Metric.SHARE_EXCELLENT ? t.base() : null,
                        r.actualExact() == null ? null : r.target().metric().share()
                                ? r.actualExact().setScale(2, RoundingMode.HALF_UP) : plain(r.actualExact()),
                        text.notes(r.notes()));
            }
        });
    }

    static CsvFile awards(ClassificationResult result, ReportText text) {
        return new CsvFile("awards.csv", AWARDS, out -> {
            for (Award a : result.report().awards()) {
                out.row(a.subjectType(), a.subjectId(), a.kind(), a.years(), a.name(), text.authority(a.authority()),
                        a.basis(), text.notes(a.notes()), a.rank(), a.orgId(), a.grassrootsId(), a.orgName(),
                        a.authority().orgId(), text.award(a.kind()));
            }
        });
    }

    static CsvFile yearOverYear(ClassificationResult result) {
        return new CsvFile("year_over_year.csv", YEAR_OVER_YEAR, out -> {
            for (YearOverYearRow r : result.report().yearOverYear()) {
                SummaryRow p = r.previous();
                SummaryRow c = r.current();
                out.row(r.scopeOrgId(), r.subject(), r.previousYear(), p.classified(), p.htxsnv(), p.httnv(), p.htnv(),
                        p.khtnv(), OutputFormat.percent(p.pctGoodOrAbove()), OutputFormat.percent(p.pctExcellent()),
                        OutputFormat.percent(p.pctExcellentOfGoodOrAbove()),
                        r.previousYear() + 1, c.classified(), c.htxsnv(), c.httnv(), c.htnv(), c.khtnv(),
                        OutputFormat.percent(c.pctGoodOrAbove()), OutputFormat.percent(c.pctExcellent()),
                        OutputFormat.percent(c.pctExcellentOfGoodOrAbove()),
                        change(p.pctGoodOrAbove(), c.pctGoodOrAbove()),
                        change(p.pctExcellentOfGoodOrAbove(), c.pctExcellentOfGoodOrAbove()), r.notFound());
            }
        });
    }

    static CsvFile notClassified(ClassificationResult result, ReportText text) {
        return new CsvFile("not_classified.csv", NOT_CLASSIFIED, out -> {
            for (NotClassifiedRow r : result.report().notClassified()) {
                List<String> ids = r.subjectIds();
                String listed = ids.size() <= MAX_IDS ? String.join(";", ids)
                        : String.join(";", ids.subList(0, MAX_IDS)) + ";… (+" + (ids.size() - MAX_IDS) + ")";
                out.row(r.scopeOrgId(), r.subject(), r.status(), r.ruleId(), r.count(), text.reason(r.ruleId()),
                        r.reference(), listed);
            }
        });
    }

    /** The change in points between the whole-number shares written beside it. */
    private static BigDecimal change(Optional<BigDecimal> before, Optional<BigDecimal> now) {
        BigDecimal b = OutputFormat.percent(before);
        BigDecimal n = OutputFormat.percent(now);
        return b == null || n == null ? null : n.subtract(b);
    }

    /** A figure as the user wrote it, without trailing zeros after the point (90, 12.5). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A file whose bytes a function writes. */
    private record BytesFile(String name, Writer writer) implements OutputFile {
        @FunctionalInterface
        interface Writer {
            void write(OutputStream out) throws IOException;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            writer.write(out);
            out.flush();
        }
    }
}
