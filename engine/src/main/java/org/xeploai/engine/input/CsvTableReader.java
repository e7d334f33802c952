package org.xeploai.engine.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CSV file as a committee's staff saves it from Excel: UTF-8 with or without BOM, comma or semicolon
 * (whichever the header line uses more, outside quotes, unless an Excel {@code sep=;} line names it), CRLF, LF or CR
 * line ends, quoted cells that span lines.
 * Each record carries the physical line where it starts, the header being line 1 of a file without leading blank
 * lines; blank records are skipped and not counted. Anything that makes the file unreadable as a whole (not UTF-8,
 * a legacy Vietnamese encoding, an unclosed quote, an empty file) throws {@link InputUnusableException}.
 */
final class CsvTableReader implements TableReader {
    private static final int SAMPLE_BYTES = 1 << 20;
    /** The line Excel writes, and reads, to name a file's delimiter: {@code sep=;}. */
    private static final Pattern SEP_LINE = Pattern.compile("[\\r\\n]*sep=([,;])[ \\t]*(\\r\\n|\\r|\\n|$)");

    private final Path path;
    private final String file;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvRow header;
    private long rowsRead;

    private CsvTableReader(Path path, String file, char delimiter, boolean sepLine, CSVParser parser) {
        this.path = path;
        this.file = file;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        if (sepLine) {
            nextNonBlank();
        }
        this.header = nextNonBlank();
        if (header == null) {
            close();
            throw new InputUnusableException(file, 0, null, "input.file.empty", file);
        }
    }

    /** Opens the file and reads its header; throws {@link InputUnusableException} if it cannot be used at all. */
    static CsvTableReader open(Path path, String file) {
        byte[] sample;
        try {
            if (Files.size(path) == 0) {
                throw new InputUnusableException(file, 0, null, "input.file.empty", file);
            }
            sample = Utf8Scan.head(path, SAMPLE_BYTES);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        int bom = bomLength(file, sample);
        String text = new String(sample, bom, sample.length - bom, StandardCharsets.UTF_8);
        refuseLegacyFontText(file, text);
        Matcher sep = SEP_LINE.matcher(text);
        boolean sepLine = sep.lookingAt();
        char delimiter = sepLine ? sep.group(1).charAt(0) : delimiter(text);
        InputStream stream = null;
        try {
            stream = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            stream.skipNBytes(bom);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .get();
            CSVParser parser = CSVParser.parse(new InputStreamReader(stream, Utf8Scan.strictDecoder()), format);
            return new CsvTableReader(path, file, delimiter, sepLine, parser);
        } catch (IOException e) {
            closeQuietly(stream);
            throw unreadable(file, e);
        }
    }

    String file() {
        return file;
    }

    char delimiter() {
        return delimiter;
    }

    /** Semicolon files come from locales that write 12,5 for twelve and a half. */
    @Override
    public boolean decimalComma() {
        return delimiter == ';';
    }

    @Override
    public CsvRow header() {
        return header;
    }

    /** The next record that is not blank, or {@code null} at the end of the file. */
    @Override
    public CsvRow next() {
        CsvRow row = nextNonBlank();
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    /** Data records read so far, blank ones excluded. */
    @Override
    public long rowsRead() {
        return rowsRead;
    }

    private CsvRow nextNonBlank() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw failure(e.getCause(), before + 1);
            }
            CsvRow row = new CsvRow(before + 1, record.toList());
            if (!row.blank()) {
                return row;
            }
        }
    }

    private InputUnusableException failure(IOException cause, long recordLine) {
        close();
        if (cause instanceof CharacterCodingException) {
            return notUtf8();
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new InputUnusableException(file, recordLine, null, "input.csv.unclosed_quote", file, recordLine);
        }
        if (message.contains("encapsulated token")) {
            return new InputUnusableException(file, recordLine, null, "input.csv.text_after_quote", file, recordLine);
        }
        return unreadable(file, cause);
    }

    private InputUnusableException notUtf8() {
        long line;
        Optional<LegacyEncoding> guess;
        try {
            line = Utf8Scan.lineOfFirstMalformed(path);
            guess = LegacyEncodingDetector.detect(Utf8Scan.head(path, SAMPLE_BYTES));
        } catch (IOException e) {
            return unreadable(file, e);
        }
        if (guess.isEmpty()) {
            return new InputUnusableException(file, line, null, "input.encoding.not_utf8", file, line);
        }
        LegacyEncoding encoding = guess.get();
        String key = encoding == LegacyEncoding.WINDOWS_1258 ? "input.encoding.windows_1258" : "input.encoding.legacy";
        return new InputUnusableException(file, line, null, key, file, line, encoding.displayName());
    }

    private static int bomLength(String file, byte[] sample) {
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
                || (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)) {
            throw new InputUnusableException(file, 1, null, "input.encoding.utf16", file);
        }
        return 0;
    }

    /** Text typed with a TCVN3 or VNI font and saved as "CSV UTF-8" is valid UTF-8 but not Vietnamese. */
    private static void refuseLegacyFontText(String file, String text) {
        if (text.indexOf('\uFFFD') >= 0) {
            return; // not UTF-8 at all: reported, with its line, when the record is read
        }
        LegacyEncodingDetector.detectInText(text).ifPresent(encoding -> {
            int at = 0;
            while (at < text.length() && text.charAt(at) <= 0x7F) {
                at++;
            }
            long line = 1;
            for (int i = 0; i < at; i++) {
                char c = text.charAt(i);
                if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
                    line++;
                }
            }
            int start = at;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != ','
                    && text.charAt(start - 1) != ';' && text.charAt(start - 1) != '"') {
                start--;
            }
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ','
                    && text.charAt(end) != ';' && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(start, end);
            String meant = encoding.decode(word.getBytes(StandardCharsets.ISO_8859_1));
            throw new InputUnusableException(file, line, null, "input.encoding.legacy_font", file, line,
                    encoding.displayName(), word, meant);
        });
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes; comma otherwise. */
    static char delimiter(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public RejectedRow tooManyCells(String file, long line, String firstExtra, int cells, int width) {
        return new RejectedRow(file, line, "", firstExtra, "input.row.too_many_cells",
                java.util.List.of(cells, width, String.valueOf(delimiter)));
    }

    static InputUnusableException unreadable(String file, IOException e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new InputUnusableException(file, 0, null, "input.file.unreadable", file, reason);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }
}
