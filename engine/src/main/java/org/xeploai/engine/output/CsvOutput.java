package org.xeploai.engine.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer behind every output file: UTF-8 with a byte order mark (so that Excel shows Vietnamese
 * intact), comma-delimited, CRLF line ends, fields quoted only where needed.
 * <p>
 * Cells are typed: {@code null} is an empty cell, a {@link Boolean} is {@code true}/{@code false}, a {@link Number}
 * is written as is (a {@link BigDecimal} without exponent), an enum by its name, anything else as text. Text that
 * a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) gets a leading {@code '}; a plain number such as {@code -3} or {@code -2.5} is not a formula and is left
 * alone.
 */
final class CsvOutput {
    static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(',')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?");

    private final Writer writer;
    private final CSVPrinter printer;

    private CsvOutput(Writer writer) throws IOException {
        this.writer = writer;
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    /** Writes the byte order mark and the header row. */
    static CsvOutput start(OutputStream out, List<String> header) throws IOException {
        Writer writer = new OneThreadWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CsvOutput csv = new CsvOutput(writer);
        csv.row(header.toArray());
        return csv;
    }

    void row(Object... cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            texts.add(cell(cell));
        }
        printer.printRecord(texts);
    }

    /** Flushes everything to the stream without closing it. */
    void finish() throws IOException {
        printer.flush();
        writer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return defuse(value.toString());
    }

    /** Keeps a spreadsheet from running text as a formula (CSV injection). */
    static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
