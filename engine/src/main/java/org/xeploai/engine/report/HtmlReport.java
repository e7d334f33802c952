package org.xeploai.engine.report;

import org.xeploai.engine.report.ReportDocument.Bar;
import org.xeploai.engine.report.ReportDocument.Block;
import org.xeploai.engine.report.ReportDocument.Chart;
import org.xeploai.engine.report.ReportDocument.Facts;
import org.xeploai.engine.report.ReportDocument.Heading;
import org.xeploai.engine.report.ReportDocument.Paragraph;
import org.xeploai.engine.report.ReportDocument.Table;

import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page (inline CSS, charts as inline SVG drawn here, no script, no link to
 * anything outside the file) that prints on A4 with the table headers repeated on every page.
 */
public final class HtmlReport {
    static final int CHART_WIDTH = 640;
    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 80;
    static final int VALUE_WIDTH = 120;

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
                   color: #1d1d1d; margin: 0 auto; max-width: 190mm; padding: 12px; line-height: 1.4; }
            header { border-bottom: 3px solid #b3261e; margin-bottom: 14px; padding-bottom: 6px; }
            h1 { font-size: 17pt; margin: 0 0 4px; color: #7a1712; }
            .subtitle { font-size: 12pt; margin: 0; }
            h2 { font-size: 13pt; color: #7a1712; border-bottom: 1px solid #d9b4b1; margin: 22px 0 8px;
                 padding-bottom: 2px; break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 14px 0 4px; break-after: avoid; }
            p { margin: 4px 0 8px; }
            p.strong { font-weight: bold; font-size: 11.5pt; color: #7a1712; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 9pt; table-layout: fixed; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            th { background: #f3e3e1; text-align: left; font-weight: bold; }
            th, td { border: 1px solid #c9c9c9; padding: 3px 5px; vertical-align: top; overflow-wrap: break-word; }
            td.num, th.num { text-align: right; }
            tr.strong td { font-weight: bold; }
            tbody tr:nth-child(even) td { background: #faf7f7; }
            table.facts td:first-child { width: 32%; font-weight: bold; background: #faf7f7; }
            figure { margin: 6px 0 12px; break-inside: avoid; }
            figcaption { font-size: 9pt; color: #444; margin-bottom: 2px; }
            svg text { font-family: inherit; font-size: 11px; }
            footer { margin-top: 18px; font-size: 8.5pt; color: #555; }
            @media print { body { padding: 0; max-width: none; } }
            """;

    private HtmlReport() {
    }

    public static String render(ReportDocument doc) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(doc.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>").append(esc(doc.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(esc(doc.subtitle())).append("</p>\n</header>\n<main>\n");
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (last && b instanceof Paragraph p) {
                out.append("</main>\n<footer>").append(esc(p.text())).append("</footer>\n");
                continue;
            }
            block(out, b);
        }
        if (!(blocks.get(blocks.size() - 1) instanceof Paragraph)) {
            out.append("</main>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void block(StringBuilder out, Block b) {
        if (b instanceof Heading h) {
            out.append(h.level() == 1 ? "<h2>" : "<h3>").append(esc(h.text())).append(h.level() == 1 ? "</h2>\n" : "</h3>\n");
        } else if (b instanceof Paragraph p) {
            out.append(p.strong() ? "<p class=\"strong\">" : "<p>").append(esc(p.text())).append("</p>\n");
        } else if (b instanceof Facts f) {
            out.append("<table class=\"facts\">\n<tbody>\n");
            for (List<String> row : f.rows()) {
                out.append("<tr><td>").append(esc(row.get(0))).append("</td><td>").append(esc(row.get(1)))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        } else if (b instanceof Table t) {
            table(out, t);
        } else if (b instanceof Chart c) {
            chart(out, c);
        }
    }

    private static void table(StringBuilder out, Table t) {
        out.append("<table>\n");
        if (t.caption() != null) {
            out.append("<caption>").append(esc(t.caption())).append("</caption>\n");
        }
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        out.append("<colgroup>");
        for (int w : t.widths()) {
            out.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.1f", 100.0 * w / total)).append("%\">");
        }
        out.append("</colgroup>\n<thead>\n<tr>");
        for (int c = 0; c < t.header().size(); c++) {
            out.append(t.numeric().get(c) ? "<th class=\"num\">" : "<th>").append(esc(t.header().get(c))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            out.append(t.strongRows().contains(r) ? "<tr class=\"strong\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(t.numeric().get(c) ? "<td class=\"num\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Horizontal bars, scaled to the largest value, each labelled with its level and followed by its figures. */
    private static void chart(StringBuilder out, Chart c) {
        int height = c.bars().size() * (BAR_HEIGHT + 8) + 8;
        int span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        long max = Math.max(1, c.max());
        out.append("<figure>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n")
                .append("<svg role=\"img\" aria-label=\"").append(esc(c.title())).append("\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:")
                .append(CHART_WIDTH).append("px\">\n");
        out.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"2\" x2=\"").append(LABEL_WIDTH).append("\" y2=\"")
                .append(height - 2).append("\" stroke=\"#888\" stroke-width=\"1\"/>\n");
        int y = 8;
        for (Bar bar : c.bars()) {
            double w = bar.value() == 0 ? 0 : Math.max(1.5, span * (double) bar.value() / max);
            out.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(bar.label())).append("</text>\n");
            out.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(bar.color()).append("\"/>\n");
            out.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + w + 6)).append("\" y=\"")
                    .append(y + BAR_HEIGHT / 2 + 4).append("\">").append(esc(bar.valueText())).append("</text>\n");
            y += BAR_HEIGHT + 8;
        }
        out.append("</svg>\n</figure>\n");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
