package org.xeploai.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xeploai.model.schema.Column;
import org.xeploai.model.schema.RowSchema;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical lines of an input file whose id column holds a given id, for {@code explain} to find the
 * {@code rejected.csv} entries of a subject the readers refused (the engine keeps the lines of accepted rows only).
 * Lenient: a file it cannot read yields no line, since the run that read it has already said what is wrong with it.
 */
final class RowLines {
    private static final Pattern SEP_LINE = Pattern.compile("sep=([,;])[ \\t]*(\\r\\n|\\r|\\n|$)");

    private RowLines() {
    }

    /** @param idColumn the id column of the file's schema, e.g. {@code member_id} of members.csv */
    static Set<Long> of(Path file, RowSchema<?> schema, String idColumn, String id) {
        return of(file, schema.column(idColumn).orElseThrow(), id);
    }

    /** @param idColumn the id column; a header names it as the readers match headers (aliases, case, diacritics) */
    static Set<Long> of(Path file, Column idColumn, String id) {
        Optional<String> read = read(file);
        if (read.isEmpty()) {
            return Set.of();
        }
        String text = read.get();
        int offset = text.startsWith("\uFEFF") ? 1 : 0;
        char delimiter;
        Matcher sep = SEP_LINE.matcher(text).region(offset, text.length());
        if (sep.lookingAt()) {
            delimiter = sep.group(1).charAt(0);
            offset = sep.end();
        } else {
            String first = text.substring(offset, lineEnd(text, offset));
            delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        }
        List<Integer> lineStarts = lineStarts(text);
        String wanted = nfc(id.strip());
        Set<Long> lines = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(offset)), format)) {
            int column = -1;
            for (CSVRecord record : parser) {
                if (column < 0) {
                    column = indexOf(record, idColumn);
                    if (column < 0) {
                        return lines;
                    }
                    continue;
                }
                if (record.size() > column && nfc(record.get(column).strip()).equals(wanted)) {
                    lines.add(lineOf(lineStarts, recordStart(text, offset + (int) record.getCharacterPosition())));
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was found before the file stopped making sense
        }
        return lines;
    }

    private static int indexOf(CSVRecord header, Column idColumn) {
        for (int i = 0; i < header.size(); i++) {
            if (idColumn.matches(header.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The parser places a record after blank lines at the first of them: the record starts past them. */
    private static int recordStart(String text, int position) {
        int at = position;
        while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
            at++;
        }
        return at;
    }

    /** Where each physical line starts; a line ends with CRLF, LF or a lone CR. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static long lineOf(List<Integer> lineStarts, int position) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1L;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
