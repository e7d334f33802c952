package org.xeploai.engine.output;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.report.ReportText;
import org.xeploai.i18n.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a run's results into the output folder: {@code members.csv}, {@code organizations.csv},
 * {@code collectives.csv}, {@code summary.csv}, {@code rejected.csv} and {@code run.csv}, then the year-end report's
 * {@code targets.csv}, {@code awards.csv}, {@code year_over_year.csv}, {@code not_classified.csv},
 * {@code report.html} and {@code report.pdf} ({@link ReportFiles}), in the contract's format (UTF-8 with BOM,
 * comma-delimited, CRLF, formulas defused), and last {@code results.xlsx} from the CSV files as written
 * ({@link XlsxWorkbook}; the summary sheets only when there are more members than a sheet holds). The folder is
 * created if missing; files of the same names in it are replaced only when every file was written, and other files
 * are left alone. The same result gives byte-identical files. {@code lang} chooses the language of messages
 * ({@code rejected.csv}, warnings in {@code run.csv}); codes, column names and level labels do not change with it.
 */
public final class ResultWriter {
    /** The sheets of results.xlsx, in the order a committee reads them; any other CSV file follows. */
    static final List<String> SHEET_ORDER = List.of("summary.csv", "targets.csv", "awards.csv", "members.csv",
            "organizations.csv", "collectives.csv", "year_over_year.csv", "not_classified.csv", "rejected.csv", "run.csv");

    private ResultWriter() {
    }

    /** @throws OutputException when the files could not be written; the folder then holds what it held before */
    public static void write(ClassificationResult result, Path outputDir, Lang lang) {
        write(result, outputDir, lang, List.of());
    }

    /** The same, with more files (a report, say) replaced together with the CSV files. */
    public static void write(ClassificationResult result, Path outputDir, Lang lang,
                             List<? extends OutputFile> moreFiles) {
        ReportText text = new ReportText(lang);
        List<OutputFile> files = new ArrayList<>(ResultFiles.all(result, text.messages()));
        files.addAll(ReportFiles.csv(result, text));
        List<String> sheets = new ArrayList<>();
        files.forEach(f -> { if (f instanceof CsvFile csv) { sheets.add(csv.name()); } });
        sheets.sort(Comparator.comparingInt(name -> SHEET_ORDER.contains(name)
                ? SHEET_ORDER.indexOf(name) : SHEET_ORDER.size()));
        files.addAll(ReportFiles.documents(result, lang));
        files.addAll(moreFiles);
        OutputFolder.replaceFiles(outputDir, files, List.of(XlsxWorkbook.of(sheets, result.members().size(), text)));
    }
}
