package org.xeploai.engine.report;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Target;
import org.xeploai.engine.report.ReportDocument.Bar;
import org.xeploai.engine.report.ReportDocument.Block;
import org.xeploai.engine.report.ReportDocument.Chart;
import org.xeploai.engine.report.ReportDocument.Facts;
import org.xeploai.engine.report.ReportDocument.Heading;
import org.xeploai.engine.report.ReportDocument.Paragraph;
import org.xeploai.engine.report.ReportDocument.Table;
import org.xeploai.i18n.Lang;
import org.xeploai.model.Level;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the year-end report says, in the order a committee presents it: the run, where every input row went, the
 * levels per subject type with the headline and a chart, the resolution's targets, the awards proposed, those not
 * classified and why, the previous year beside this one, and the members of each grassroots organization.
 */
public final class ReportContent {
    /** The order committees report in. */
    public static final List<String> SUBJECTS = List.of("GRASSROOTS_ORG", "CELL", "MEMBER", "COLLECTIVE");
    /** One colour per level, best first: the same in every chart and in both renderers. */
    public static final Map<Level, String> COLORS = Map.of(Level.HTXSNV, "#b3261e", Level.HTTNV, "#e8833a",
            Level.HTNV, "#f2c14e", Level.KHTNV, "#6b6b6b");
    static final int MAX_LISTED = 60;
    /** Longer tables (a national run has tens of thousands of grassroots organizations) stop here; the CSV has all. */
    static final int MAX_TABLE_ROWS = 400;

    private final ClassificationResult result;
    private final ReportData data;
    private final ReportText t;
    private final List<Block> blocks = new ArrayList<>();
    private int section;

    private ReportContent(ClassificationResult result, Lang lang) {
        this.result = result;
        this.data = result.report();
        this.t = new ReportText(lang);
    }

    public static ReportDocument of(ClassificationResult result, Lang lang) {
        return new ReportContent(result, lang).build();
    }

    private ReportDocument build() {
        List<Scope> tops = data.topScopes();
        String subtitle = tops.stream().map(s -> s.displayName() + " (" + s.orgId() + ")").collect(Collectors.joining("; "));
        run(tops);
        accounting();
        for (Scope scope : tops) {
            levels(scope, tops.size() > 1);
        }
        targets();
        awards();
        notClassified();
        yearOverYear(tops);
        for (Scope scope : tops) {
            appendix(scope, tops.size() > 1);
        }
        blocks.add(new Paragraph(t.get("report.footer"), false));
        return new ReportDocument(t.lang() == Lang.VI ? "vi" : "en", t.get("report.title", result.year()), subtitle, blocks);
    }

    private void heading(String key, Object... args) {
        section++;
        blocks.add(new Heading(1, section + ". " + t.get(key, args)));
    }

    private void run(List<Scope> tops) {
        heading("report.run.heading");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.run.year"), Integer.toString(result.year())));
        if (result.pack() != null) {
            rows.add(List.of(t.get("report.run.pack"), t.get("report.run.pack_value", result.pack().name(),
                    result.pack().version())));
            rows.add(List.of(t.get("report.run.hash"), String.valueOf(result.pack().hash())));
        }
        for (Scope s : tops) {
            rows.add(List.of(t.get("report.run.scope"), s.displayName() + " (" + s.orgId() + ")"));
        }
        blocks.add(new Facts(rows));
    }

    private void accounting() {
        heading("report.accounting.heading");
        blocks.add(new Paragraph(t.get("report.accounting.intro"), false));
        List<List<String>> rows = new ArrayList<>();
        for (RowAccounting a : result.accounting()) {
            rows.add(List.of(a.file(), t.count(a.rowsIn()), t.count(a.classified()), t.count(a.notClassified()),
                    t.count(a.pending()), t.count(a.accepted()), t.count(a.rejected()),
                    a.balanced() ? t.get("report.accounting.balanced") : t.get("report.accounting.unbalanced")));
        }
        blocks.add(new Table(null, List.of(t.get("report.col.file"), t.get("report.col.rows_in"),
                t.get("report.col.classified"), t.get("report.col.not_classified"), t.get("report.col.pending"),
                t.get("report.col.accepted"), t.get("report.col.rejected"), t.get("report.col.check")),
                rows, List.of(false, true, true, true, true, true, true, false), List.of(22, 10, 12, 12, 11, 11, 10, 12),
                List.of()));
        long rejected = result.accounting().stream().mapToLong(RowAccounting::rejected).sum();
        blocks.add(new Paragraph(rejected == 0 ? t.get("report.accounting.no_rejected")
                : t.get("report.accounting.rejected", t.count(rejected)), false));
    }

    private Map<String, SummaryRow> rowsOf(String scope) {
        Map<String, SummaryRow> rows = new LinkedHashMap<>();
        result.summary().stream().filter(r -> r.scopeOrgId().equals(scope)).forEach(r -> rows.put(r.subject(), r));
        return rows;
    }

    private void levels(Scope scope, boolean named) {
        heading(named ? "report.levels.heading_scope" : "report.levels.heading", scope.displayName());
        Map<String, SummaryRow> rows = rowsOf(scope.orgId());
        List<List<String>> overview = new ArrayList<>();
        for (String subject : SUBJECTS) {
            SummaryRow r = rows.get(subject);
            if (r == null) {
                continue;
            }
            blocks.add(new Paragraph(t.subject(subject) + ": " + t.headline(r), true));
            blocks.add(new Paragraph(t.get("report.levels.counts", t.count(r.total()), t.count(r.classified()),
                    t.count(r.notClassified()), t.count(r.pending())), false));
            if (r.classified() > 0) {
                List<List<String>> table = new ArrayList<>();
                int[] counts = {r.htxsnv(), r.httnv(), r.htnv(), r.khtnv()};
                for (Level level : Level.values()) {
                    int n = counts[level.ordinal()];
                    table.add(List.of(level.name(), t.levelLabel(level), t.count(n),
                            t.pct1(share(n, r.classified()))));
                }
                table.add(List.of(t.get("report.levels.good_or_above"), t.get("report.levels.good_or_above_label"),
                        t.count(r.goodOrAbove()), t.pct1(r.pctGoodOrAbove())));
                table.add(List.of(t.get("report.levels.excellent_of_good"), t.get("report.levels.excellent_of_good_label"),
                        t.count(r.htxsnv()), t.pct1(r.pctExcellentOfGoodOrAbove())));
                blocks.add(new Table(null, List.of(t.get("report.col.level"), t.get("report.col.label"),
                        t.get("report.col.count"), t.get("report.col.pct_classified")), table,
                        List.of(false, false, true, true), List.of(16, 44, 16, 24), List.of(4, 5)));
                List<Bar> bars = new ArrayList<>();
                for (Level level : Level.values()) {
                    int n = counts[level.ordinal()];
                    bars.add(new Bar(level.name(), n, t.count(n) + " (" + t.pct1(share(n, r.classified())) + "%)",
                            COLORS.get(level)));
                }
                blocks.add(new Chart(t.get("report.chart.title", t.subject(subject)), bars));
            }
            overview.add(List.of(t.subject(subject), t.count(r.total()), t.count(r.classified()),
                    t.count(r.notClassified()), t.count(r.pending()), t.count(r.htxsnv()), t.count(r.httnv()),
                    t.count(r.htnv()), t.count(r.khtnv()), t.pct1(r.pctGoodOrAbove()), t.pct1(r.pctExcellent()),
                    t.pct1(r.pctExcellentOfGoodOrAbove())));
        }
        blocks.add(new Heading(2, t.get("report.levels.overview")));
        blocks.add(new Table(null, List.of(t.get("report.col.subject"), t.get("report.col.total"),
                t.get("report.col.classified"), t.get("report.col.not_classified"), t.get("report.col.pending"),
                "HTXSNV", "HTTNV", "HTNV", "KHTNV", t.get("report.col.pct_good"), t.get("report.col.pct_excellent"),
                t.get("report.col.pct_excellent_of_good")), overview,
                List.of(false, true, true, true, true, true, true, true, true, true, true, true),
                List.of(19, 7, 9, 9, 8, 9, 8, 7, 9, 9, 9, 11), List.of()));
        blocks.add(new Paragraph(t.get("report.levels.percent_note"), false));
    }

    private static Optional<BigDecimal> share(int part, int base) {
        return new SummaryRow("", "", base, base, 0, 0, part, 0, 0, 0).pctExcellent();
    }

    private void targets() {
        heading("report.targets.heading");
        if (!data.targetsGiven()) {
            blocks.add(new Paragraph(t.get("report.targets.none"), false));
            return;
        }
        blocks.add(new Paragraph(t.get("report.targets.line", data.targetsMet(), data.targets().size()), true));
        List<List<String>> rows = new ArrayList<>();
        for (TargetResult r : data.targets()) {
            Target target = r.target();
            String unit = target.metric().share() ? "%" : "";
            rows.add(List.of(target.targetId(), target.description() == null ? "" : target.description(),
                    t.decimal(target.planned()) + unit,
                    r.actual() == null ? ReportText.NONE : t.decimal(r.actual()) + unit,
                    r.attainmentPct() == null ? ReportText.NONE : r.attainmentPct().toPlainString() + "%",
                    r.met() == null ? t.get("report.targets.unknown")
                            : r.isMet() ? t.get("report.targets.met") : t.get("report.targets.not_met"),
                    Optional.ofNullable(t.notes(r.notes())).orElse("")));
        }
        blocks.add(new Table(null, List.of(t.get("report.col.target"), t.get("report.col.description"),
                t.get("report.col.planned"), t.get("report.col.actual"), t.get("report.col.attainment"),
                t.get("report.col.met"), t.get("report.col.note")), rows,
                List.of(false, false, true, true, true, false, false), List.of(6, 36, 9, 9, 9, 9, 22), List.of()));
        blocks.add(new Paragraph(t.get("report.targets.method"), false));
    }

    private void awards() {
        heading("report.awards.heading");
        blocks.add(new Paragraph(t.get("report.awards.intro"), false));
        List<Award> fiveYears = data.awards(AwardKind.HTXSNV_5_YEARS);
        List<Award> selected = data.awards(AwardKind.HTXSNV_TIEU_BIEU);
        List<Award> selectedFive = data.awards(AwardKind.HTXSNV_TIEU_BIEU_5_YEARS);
        List<Award> candidates = data.awards(AwardKind.CANDIDATE);
        List<Award> year = data.awards(AwardKind.HTXSNV_YEAR);
        int y = result.year();
        blocks.add(new Paragraph(t.get("report.awards.count.five_years", t.count(fiveYears.size()), y - 4, y), true));
        for (String subject : SUBJECTS) {
            long n = selected.stream().filter(a -> a.subjectType().equals(subject)).count();
            if (n > 0 || subject.equals("GRASSROOTS_ORG")) {
                blocks.add(new Paragraph(t.get("report.awards.count.tieu_bieu", t.count(n),
                        t.subject(subject).toLowerCase(t.lang().locale()), y), true));
            }
        }
        blocks.add(new Paragraph(t.get("report.awards.count.year", t.count(year.size()), y), false));
        blocks.add(new Paragraph(t.get("report.awards.count.candidates", t.count(candidates.size())), false));
        if (!data.historyGiven()) {
            blocks.add(new Paragraph(t.get("report.awards.no_history"), false));
        }
        if (!fiveYears.isEmpty() || !selectedFive.isEmpty()) {
            blocks.add(new Heading(2, t.get("report.awards.five_years.heading", y - 4, y)));
            List<Award> all = new ArrayList<>(selectedFive);
            all.addAll(fiveYears);
            addCapped(awardTable(all, false), "awards.csv");
            if (!fiveYears.isEmpty()) {
                blocks.add(new Paragraph(t.get("report.awards.five_years.members_note"), false));
            }
            if (!selectedFive.isEmpty()) {
                blocks.add(new Paragraph(t.get("report.note.org_five.check_selection"), false));
            }
        }
        if (!selected.isEmpty()) {
            blocks.add(new Heading(2, t.get("report.awards.tieu_bieu.heading", y)));
            addCapped(awardTable(selected, false), "awards.csv");
        }
        if (!candidates.isEmpty()) {
            blocks.add(new Heading(2, t.get("report.awards.candidates.heading")));
            blocks.add(new Paragraph(t.get("report.awards.candidates.intro"), false));
            addCapped(awardTable(candidates, true), "awards.csv");
        }
        if (!year.isEmpty()) {
            blocks.add(new Paragraph(t.get("report.awards.year.where"), false));
        }
        if (!data.notices().isEmpty()) {
            blocks.add(new Heading(2, t.get("report.awards.notices.heading")));
            List<List<String>> rows = new ArrayList<>();
            for (AwardNotice n : data.notices()) {
                rows.add(List.of(t.subject(n.subjectType()), n.subjectId(), n.name() == null ? "" : n.name(), t.note(n.note())));
            }
            addCapped(new Table(null, List.of(t.get("report.col.subject"), t.get("report.col.id"),
                    t.get("report.col.name"), t.get("report.col.note")), rows,
                    List.of(false, false, false, false), List.of(14, 10, 22, 54), List.of()), "awards.csv");
        }
    }

    /** A table of at most {@link #MAX_TABLE_ROWS} rows, followed by a line saying where the rest is. */
    private void addCapped(Table table, String file) {
        if (table.rows().size() <= MAX_TABLE_ROWS) {
            blocks.add(table);
            return;
        }
        blocks.add(new Table(table.caption(), table.header(), table.rows().subList(0, MAX_TABLE_ROWS), table.numeric(),
                table.widths(), table.strongRows()));
        blocks.add(new Paragraph(t.get("report.table.more", t.count(table.rows().size() - MAX_TABLE_ROWS), file), false));
    }

    private Table awardTable(List<Award> awards, boolean ranked) {
        List<List<String>> rows = new ArrayList<>();
        for (Award a : awards) {
            List<String> row = new ArrayList<>();
            if (ranked) {
                row.add(a.rank() == null ? "" : Integer.toString(a.rank()));
            }
            row.add(t.subject(a.subjectType()));
            row.add(a.subjectId());
            row.add(name(a));
            if (ranked) {
                row.add(t.authority(a.authority()));
                row.add(Optional.ofNullable(t.notes(a.notes())).orElse(""));
            } else {
                row.add(a.orgName() == null ? "" : a.orgName());
                row.add(t.award(a.kind()) + " — " + t.authority(a.authority()));
                row.add(a.years().replace('-', '–'));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        if (ranked) {
            header.add(t.get("report.col.rank"));
            header.addAll(List.of(t.get("report.col.subject"), t.get("report.col.id"), t.get("report.col.name"),
                    t.get("report.col.authority"), t.get("report.col.ranking")));
            return new Table(null, header, rows, List.of(true, false, false, false, false, false),
                    List.of(5, 12, 11, 22, 20, 30), List.of());
        }
        header.addAll(List.of(t.get("report.col.subject"), t.get("report.col.id"), t.get("report.col.name"),
                t.get("report.col.belongs_to"), t.get("report.col.award"), t.get("report.col.years")));
        return new Table(null, header, rows, List.of(false, false, false, false, false, false),
                List.of(12, 11, 20, 21, 25, 11), List.of());
    }

    /** A collective is named by its committee: "Đảng ủy Sở Công Thương" for the collective of "Đảng bộ Sở Công Thương". */
    private String name(Award a) {
        if (a.name() == null) {
            return "";
        }
        return a.subjectType().equals("COLLECTIVE") ? ReportText.collectiveName(a.name()) : a.name();
    }

    private void notClassified() {
        heading("report.not_classified.heading");
        List<String> tops = data.topScopes().stream().map(Scope::orgId).toList();
        List<List<String>> rows = new ArrayList<>();
        for (NotClassifiedRow r : data.notClassified()) {
            if (!tops.contains(r.scopeOrgId())) {
                continue;
            }
            List<String> ids = r.subjectIds();
            String listed = ids.size() <= MAX_LISTED ? String.join(", ", ids)
                    : String.join(", ", ids.subList(0, MAX_LISTED)) + ", … (+" + (ids.size() - MAX_LISTED) + ")";
            rows.add(List.of(t.subject(r.subject()), t.get("report.status." + r.status().name()), r.ruleId(),
                    t.reason(r.ruleId()), t.count(r.count()), listed));
        }
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(t.get("report.not_classified.none"), false));
            return;
        }
        blocks.add(new Table(null, List.of(t.get("report.col.subject"), t.get("report.col.status"),
                t.get("report.col.rule"), t.get("report.col.reason"), t.get("report.col.count"),
                t.get("report.col.ids")), rows, List.of(false, false, false, false, true, false),
                List.of(14, 12, 12, 27, 7, 28), List.of()));
    }

    private void yearOverYear(List<Scope> tops) {
        heading("report.yoy.heading");
        List<String> topIds = tops.stream().map(Scope::orgId).toList();
        List<YearOverYearRow> rows = data.yearOverYear().stream().filter(r -> topIds.contains(r.scopeOrgId())).toList();
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(t.get("report.yoy.none", result.year() - 1), false));
            return;
        }
        List<List<String>> table = new ArrayList<>();
        List<Integer> strong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (YearOverYearRow r : rows) {
            if (r.previous().classified() == 0) {
                missing.add(t.subject(r.subject()));
                continue;
            }
            String name = t.subject(r.subject()) + (tops.size() > 1 ? " (" + r.scopeOrgId() + ")" : "");
            table.add(yoyRow(name, r.previousYear(), r.previous()));
            strong.add(table.size());
            table.add(yoyRow("", result.year(), r.current()));
            table.add(List.of("", t.get("report.yoy.change"), "", "", "", "", "",
                    change(r.previous().pctGoodOrAbove(), r.current().pctGoodOrAbove()),
                    change(r.previous().pctExcellentOfGoodOrAbove(), r.current().pctExcellentOfGoodOrAbove())));
        }
        blocks.add(new Table(null, List.of(t.get("report.col.subject"), t.get("report.col.year"),
                t.get("report.col.classified"), "HTXSNV", "HTTNV", "HTNV", "KHTNV", t.get("report.col.pct_good"),
                t.get("report.col.pct_excellent_of_good")), table,
                List.of(false, false, true, true, true, true, true, true, true), List.of(24, 9, 10, 9, 9, 8, 8, 11, 12),
                strong));
        blocks.add(new Paragraph(t.get("report.yoy.method", result.year() - 1), false));
        if (!missing.isEmpty()) {
            blocks.add(new Paragraph(t.get("report.yoy.missing", String.join(", ", missing), result.year() - 1), false));
        }
    }

    private List<String> yoyRow(String name, int year, SummaryRow r) {
        return List.of(name, Integer.toString(year), t.count(r.classified()), t.count(r.htxsnv()), t.count(r.httnv()),
                t.count(r.htnv()), t.count(r.khtnv()), t.pct1(r.pctGoodOrAbove()), t.pct1(r.pctExcellentOfGoodOrAbove()));
    }

    private String change(Optional<BigDecimal> before, Optional<BigDecimal> now) {
        if (before.isEmpty() || now.isEmpty()) {
            return ReportText.NONE;
        }
        BigDecimal d = now.get().subtract(before.get()).setScale(1, java.math.RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : "") + t.decimal(d);
    }

    private void appendix(Scope scope, boolean named) {
        Map<String, SummaryRow> members = new LinkedHashMap<>();
        for (SummaryRow r : result.summary()) {
            if (r.subject().equals("MEMBER") && !data.scopes().stream().anyMatch(s -> s.orgId().equals(r.scopeOrgId()))) {
                members.put(r.scopeOrgId(), r);
            }
        }
        Map<String, SubjectResult> grassroots = new LinkedHashMap<>();
        for (SubjectResult o : result.organizations()) {
            if (o.orgType() != null && o.orgType().isGrassroots() && scope.orgId().equals(o.orgId())) {
                grassroots.put(o.subjectId(), o);
            }
        }
        if (grassroots.isEmpty()) {
            return;
        }
        heading(named ? "report.appendix.heading_scope" : "report.appendix.heading", scope.displayName());
        List<List<String>> rows = new ArrayList<>();
        for (SubjectResult g : grassroots.values()) {
            SummaryRow m = members.get(g.subjectId());
            String level = g.level() != null ? g.level().name() : t.get("report.status." + g.status().name());
            if (m == null) {
                continue;
            }
            rows.add(List.of(g.subjectId(), g.name() == null ? "" : g.name(), level, t.count(m.classified()), t.count(m.htxsnv()), t.count(m.httnv()), t.count(m.htnv()),
                    t.count(m.khtnv()), t.pct1(m.pctGoodOrAbove()), t.pct1(m.pctExcellentOfGoodOrAbove())));
        }
        blocks.add(new Paragraph(t.get("report.appendix.intro"), false));
        addCapped(new Table(null, List.of(t.get("report.col.org_id"), t.get("report.col.grassroots"),
                t.get("report.col.org_level"), t.get("report.col.members_classified"),
                "HTXSNV", "HTTNV", "HTNV", "KHTNV", t.get("report.col.pct_good"), t.get("report.col.pct_excellent_of_good")),
                rows, List.of(false, false, false, true, true, true, true, true, true, true),
                List.of(8, 29, 9, 9, 9, 7, 7, 8, 7, 9), List.of()), "summary.csv");
    }
}
