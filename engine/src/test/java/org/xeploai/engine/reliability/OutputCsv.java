package org.xeploai.engine.reliability;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an output file back as rows of cells (UTF-8 with BOM, comma-delimited), header included. */
final class OutputCsv {

    private OutputCsv() {
    }

    static List<List<String>> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<List<String>> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
                for (CSVRecord r : parser) {
                    rows.add(r.toList());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
