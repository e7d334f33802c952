package org.xeploai.engine.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output machinery for results other than a run's (the comparison of two packs, {@code xeploai diff}): a CSV file
 * in the contract's format through the one {@link CsvOutput}, a text file, and the all-or-nothing replacement of
 * files in an output folder that {@link ResultWriter} uses.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** A CSV output file (UTF-8 with BOM, comma, CRLF, formulas defused); cells typed as {@link CsvOutput} says. */
    public static OutputFile csv(String name, List<String> header, List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        return new CsvFile(name, header, out -> {
            for (List<Object> row : copy) {
                out.row(row.toArray());
            }
        });
    }

    /** A UTF-8 text file (an HTML page, say). */
    public static OutputFile text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new OutputFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void writeTo(java.io.OutputStream out) throws java.io.IOException {
                out.write(bytes);
            }
        };
    }

    /**
     * Replaces these files in {@code outputDir} all together or not at all; other files are left alone.
     *
     * @throws OutputException when they could not be written; the folder then holds what it held before
     */
    public static void replace(Path outputDir, List<? extends OutputFile> files) {
        OutputFolder.replaceFiles(outputDir, files);
    }
}
