package org.xeploai.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.xeploai.engine.report.ReportDocument.Bar;
import org.xeploai.engine.report.ReportDocument.Block;
import org.xeploai.engine.report.ReportDocument.Chart;
import org.xeploai.engine.report.ReportDocument.Facts;
import org.xeploai.engine.report.ReportDocument.Heading;
import org.xeploai.engine.report.ReportDocument.Paragraph;
import org.xeploai.engine.report.ReportDocument.Table;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.pdf}: the same blocks as {@code report.html}, laid out on A4 pages with PDFBox. Text is set in
 * DejaVu Sans, shipped in the resources ({@code /fonts}, with its licence) and embedded as a subset, so that every
 * Vietnamese letter shows and can be searched and copied; charts are vector bars. The same document gives the same
 * bytes (no dates, a fixed document id).
 */
public final class PdfReport {
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 42f;
    private static final float TOP = PDRectangle.A4.getHeight() - 44f;
    private static final float BOTTOM = 48f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float TABLE = 7.6f;
    private static final float PAD = 2.6f;
    /** Tables up to this height are kept on one page. */
    private static final float KEEP_TOGETHER = (TOP - BOTTOM) * 0.4f;
    private static final Color ACCENT = new Color(0x7a, 0x17, 0x12);
    private static final Color HEADER_FILL = new Color(0xf3, 0xe3, 0xe1);
    private static final Color ZEBRA = new Color(0xfa, 0xf7, 0xf7);
    private static final Color RULE = new Color(0xc9, 0xc9, 0xc9);
    private static final Color TEXT = new Color(0x1d, 0x1d, 0x1d);

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    private PdfReport(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font(doc, REGULAR);
        this.bold = font(doc, BOLD);
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font resource missing: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Writes the document as a PDF to {@code out} (flushed, not closed). */
    public static void write(ReportDocument document, String footer, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfReport pdf = new PdfReport(doc);
            pdf.render(document, footer);
            doc.setDocumentId(0x786570L);
            doc.save(out);
        }
        out.flush();
    }

    private void render(ReportDocument document, String footer) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.subtitle());
        info.setCreator("xeploai");
        doc.getDocumentCatalog().setLanguage(document.language());
        newPage();
        text(document.title(), bold, 15f, ACCENT, MARGIN, WIDTH, 19f);
        text(document.subtitle(), regular, 11f, TEXT, MARGIN, WIDTH, 15f);
        y -= 3f;
        rule(ACCENT, 2f);
        y -= 8f;
        for (Block b : document.blocks()) {
            if (b instanceof Heading h) {
                heading(h);
            } else if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof Facts f) {
                facts(f);
            } else if (b instanceof Table t) {
                table(t);
            } else if (b instanceof Chart c) {
                chart(c);
            }
        }
        cs.close();
        footers(footer);
    }

    // ---------------------------------------------------------------- pages

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** A new page unless {@code height} still fits on this one. */
    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void footers(String footer) throws IOException {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String left = safe(footer, regular);
                String right = (i + 1) + "/" + n;
                s.setNonStrokingColor(new Color(0x66, 0x66, 0x66));
                s.beginText();
                s.setFont(regular, 7f);
                s.newLineAtOffset(MARGIN, 26f);
                s.showText(fit(left, regular, 7f, WIDTH - 40f));
                s.endText();
                s.beginText();
                s.setFont(regular, 7f);
                s.newLineAtOffset(MARGIN + WIDTH - width(right, regular, 7f), 26f);
                s.showText(right);
                s.endText();
            }
        }
    }

    // ---------------------------------------------------------------- blocks

    private void heading(Heading h) throws IOException {
        float size = h.level() == 1 ? 12.5f : 10.5f;
        List<String> lines = wrap(h.text(), bold, size, WIDTH);
        // keep a heading with the start of what follows it
        ensure(lines.size() * size * 1.3f + 70f);
        y -= h.level() == 1 ? 10f : 5f;
        text(h.text(), bold, size, h.level() == 1 ? ACCENT : TEXT, MARGIN, WIDTH, size * 1.3f);
        if (h.level() == 1) {
            y -= 1.5f;
            rule(new Color(0xd9, 0xb4, 0xb1), 0.7f);
            y -= 6f;
        } else {
            y -= 2f;
        }
    }

    private void paragraph(Paragraph p) throws IOException {
        float size = p.strong() ? 10.5f : BODY;
        if (p.strong()) {
            // a headline stays with the start of the table or chart it introduces
            ensure(wrap(p.text(), bold, size, WIDTH).size() * size * 1.35f + 180f);
        }
        text(p.text(), p.strong() ? bold : regular, size, p.strong() ? ACCENT : TEXT, MARGIN, WIDTH, size * 1.35f);
        y -= 4f;
    }

    private void facts(Facts f) throws IOException {
        List<List<String>> rows = f.rows();
        table(new Table(null, List.of("", ""), rows, List.of(false, false), List.of(32, 68), List.of()), false);
    }

    private void table(Table t) throws IOException {
        table(t, true);
    }

    private void table(Table t, boolean withHeader) throws IOException {
        int columns = t.header().size();
        float[] widths = new float[columns];
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < columns; c++) {
            widths[c] = WIDTH * t.widths().get(c) / total;
        }
        float leading = TABLE * 1.28f;
        List<List<String>> header = cells(t.header(), widths, bold);
        float headerHeight = withHeader ? height(header, leading) : 0;
        List<List<List<String>>> rows = new ArrayList<>();
        float tableHeight = headerHeight;
        for (int r = 0; r < t.rows().size(); r++) {
            rows.add(cells(t.rows().get(r), widths, t.strongRows().contains(r) ? bold : regular));
            tableHeight += height(rows.get(r), leading);
        }
        // a short table stays on one page; a long one starts with its header and a few rows
        ensure(tableHeight <= KEEP_TOGETHER ? tableHeight : headerHeight + 3 * leading + 2 * PAD);
        if (withHeader) {
            row(header, widths, t.numeric(), headerHeight, leading, bold, HEADER_FILL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            PDFont font = t.strongRows().contains(r) ? bold : regular;
            List<List<String>> cells = rows.get(r);
            float h = height(cells, leading);
            if (y - h < BOTTOM) {
                newPage();
                if (withHeader) {
                    row(header, widths, t.numeric(), headerHeight, leading, bold, HEADER_FILL);
                }
            }
            Color fill = !withHeader ? null : r % 2 == 1 ? ZEBRA : null;
            if (!withHeader) {
                // label and value: the label in bold on a light ground
                rowFacts(cells, widths, h, leading);
            } else {
                row(cells, widths, t.numeric(), h, leading, font, fill);
            }
        }
        y -= 8f;
    }

    private List<List<String>> cells(List<String> texts, float[] widths, PDFont font) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            out.add(wrap(text, font, TABLE, widths[c] - 2 * PAD));
        }
        return out;
    }

    private static float height(List<List<String>> cells, float leading) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading + 2 * PAD;
    }

    private void row(List<List<String>> cells, float[] widths, List<Boolean> numeric, float h, float leading,
                     PDFont font, Color fill) throws IOException {
        float x = MARGIN;
        if (fill != null) {
            cs.setNonStrokingColor(fill);
            cs.addRect(MARGIN, y - h, WIDTH, h);
            cs.fill();
        }
        for (int c = 0; c < widths.length; c++) {
            float ty = y - PAD - TABLE;
            for (String line : cells.get(c)) {
                float tx = numeric.get(c) ? x + widths[c] - PAD - width(line, font, TABLE) : x + PAD;
                show(line, font, TABLE, TEXT, tx, ty);
                ty -= leading;
            }
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.5f);
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            x += widths[c];
        }
        y -= h;
    }

    private void rowFacts(List<List<String>> cells, float[] widths, float h, float leading) throws IOException {
        cs.setNonStrokingColor(ZEBRA);
        cs.addRect(MARGIN, y - h, widths[0], h);
        cs.fill();
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            float ty = y - PAD - TABLE;
            PDFont font = c == 0 ? bold : regular;
            for (String line : cells.get(c)) {
                show(line, font, TABLE, TEXT, x + PAD, ty);
                ty -= leading;
            }
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.5f);
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            x += widths[c];
        }
        y -= h;
    }

    /** Horizontal bars, as the HTML draws them, in vector graphics. */
    private void chart(Chart c) throws IOException {
        float bar = 13f;
        float gap = 5f;
        float labelWidth = 54f;
        float valueWidth = 110f;
        float chartWidth = Math.min(WIDTH, 420f);
        float span = chartWidth - labelWidth - valueWidth;
        float height = 14f + c.bars().size() * (bar + gap) + 6f;
        ensure(height);
        text(c.title(), regular, 8.5f, new Color(0x44, 0x44, 0x44), MARGIN, WIDTH, 12f);
        y -= 2f;
        float top = y;
        long max = Math.max(1, c.max());
        for (Bar b : c.bars()) {
            float w = b.value() == 0 ? 0 : Math.max(1.2f, span * b.value() / max);
            String label = safe(b.label(), regular);
            show(label, regular, 8.5f, TEXT, MARGIN + labelWidth - 5f - width(label, regular, 8.5f), y - bar + 3.5f);
            cs.setNonStrokingColor(Color.decode(b.color()));
            cs.addRect(MARGIN + labelWidth, y - bar, w, bar);
            cs.fill();
            show(safe(b.valueText(), regular), regular, 8.5f, TEXT, MARGIN + labelWidth + w + 5f, y - bar + 3.5f);
            y -= bar + gap;
        }
        cs.setStrokingColor(new Color(0x88, 0x88, 0x88));
        cs.setLineWidth(0.7f);
        cs.moveTo(MARGIN + labelWidth, top + 2f);
        cs.lineTo(MARGIN + labelWidth, y + gap - 2f);
        cs.stroke();
        y -= 8f;
    }

    // ---------------------------------------------------------------- text

    /** Wrapped text from the current line down, a new page when needed. */
    private void text(String text, PDFont font, float size, Color color, float x, float width, float leading)
            throws IOException {
        for (String line : wrap(text, font, size, width)) {
            ensure(leading);
            show(line, font, size, color, x, y - size);
            y -= leading;
        }
    }

    private void show(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(color);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private void rule(Color color, float thickness) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(thickness);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
    }

    /** Lines of at most {@code width}, broken at spaces, a word longer than a line broken where it must. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String clean = safe(text == null ? "" : text, font);
        for (String paragraph : clean.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    // a long word breaks after a slash or a hyphen where it has one ("HTXSNV/ HTTNV+")
                    int soft = Math.max(rest.lastIndexOf('/', cut - 1), Math.max(rest.lastIndexOf('-', cut - 1),
                            rest.lastIndexOf('–', cut - 1)));
                    if (soft > 0) {
                        cut = soft + 1;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private String fit(String text, PDFont font, float size, float width) throws IOException {
        if (width(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /**
     * The text in composed form (Vietnamese letters as single characters, which the font has) with control
     * characters as spaces and any character the font lacks as "?", so that no input can stop the report.
     */
    String safe(String text, PDFont font) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, k -> canShow(font, k))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
