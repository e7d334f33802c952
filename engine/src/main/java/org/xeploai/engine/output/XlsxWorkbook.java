package org.xeploai.engine.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xeploai.engine.report.ReportText;
import org.xeploai.i18n.Lang;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * {@code results.xlsx}: every CSV file of the output folder as a sheet of one workbook (Apache POI), formatted as a
 * committee hands it on: the header row bold, frozen and filtered, columns sized to their content, figures
 * (counts, percentages, lines, years) as numbers. The sheets are filled from the CSV files as written in the output
 * (a {@link DerivedFile}), so the workbook never says anything the CSV files do not and nothing is computed twice.
 * Written in streaming mode; a sheet stops at Excel's row limit, with a last row saying so.
 * <p>
 * A run with more members than a sheet holds ({@link #LISTS_UP_TO}, the national run) gets the summary sheets only:
 * the lists of subjects ({@link #LISTS}) would be cut, and writing them would take most of the run's time for a
 * file no spreadsheet opens whole. A first sheet {@code ghi_chu} then says so in Vietnamese and in English and names
 * the CSV files that hold the lists.
 */
final class XlsxWorkbook implements DerivedFile {
    static final String NAME = "results.xlsx";
    /** Excel's last row, header included. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's longest cell text. */
    static final int MAX_CELL = 32_767;
    /** Up to so many members (the rows a sheet holds under its header) the workbook carries the lists of subjects. */
    static final long LISTS_UP_TO = MAX_ROWS - 1;
    /** The CSV files with a row per subject, left out of the workbook above {@link #LISTS_UP_TO} members. */
    static final List<String> LISTS = List.of("awards.csv", "members.csv", "organizations.csv", "collectives.csv");
    /** The sheet that says the lists were left out. */
    static final String NOTE_SHEET = "ghi_chu";
    /** Rows a sheet keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;
    /** Rows looked at to size the columns. */
    private static final int SIZED_ROWS = 2000;

    private final List<String> csvFiles;
    private final String truncatedNote;
    private final List<String> note;

    private XlsxWorkbook(List<String> csvFiles, String truncatedNote, List<String> note) {
        this.csvFiles = List.copyOf(csvFiles);
        this.truncatedNote = truncatedNote;
        this.note = List.copyOf(note);
    }

    /**
     * @param csvFiles the CSV files of the output, in the order of the sheets
     * @param members  the run's members, which decides whether the lists fit (see {@link #LISTS_UP_TO})
     */
    static XlsxWorkbook of(List<String> csvFiles, long members, ReportText text) {
        return of(csvFiles, members, LISTS_UP_TO, text);
    }

    /** The same with another limit than a sheet's, so that the summary-only workbook can be tested on a small run. */
    static XlsxWorkbook of(List<String> csvFiles, long members, long listsUpTo, ReportText text) {
        String truncated = text.get("report.xlsx.truncated", "{0}");
        if (members <= listsUpTo) {
            return new XlsxWorkbook(csvFiles, truncated, List.of());
        }
        List<String> kept = csvFiles.stream().filter(f -> !LISTS.contains(f)).toList();
        List<String> left = csvFiles.stream().filter(LISTS::contains).toList();
        List<String> note = Stream.of(Lang.VI, Lang.EN).map(ReportText::new)
                .map(t -> t.get("report.xlsx.summary_only", t.count(members), t.count(listsUpTo),
                        String.join(", ", left)))
                .toList();
        return new XlsxWorkbook(kept, truncated, note);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void writeTo(OutputStream out, Path written) throws IOException {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW)) {
            fixedDates(workbook);
            if (!note.isEmpty()) {
                noteSheet(workbook);
            }
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            CellStyle plain = workbook.getCellStyleAt(0);
            for (String file : csvFiles) {
                sheet(workbook, file, written.resolve(file), header, plain);
            }
            workbook.write(out);
            workbook.dispose();
        }
        out.flush();
    }

    /** One paragraph a row, Vietnamese first, in a column wide enough to read. */
    private void noteSheet(SXSSFWorkbook workbook) {
        SXSSFSheet sheet = workbook.createSheet(NOTE_SHEET);
        sheet.setColumnWidth(0, 120 * 256);
        for (int r = 0; r < note.size(); r++) {
            sheet.createRow(r).createCell(0).setCellValue(note.get(r));
        }
    }

    /** The same results give the same workbook: no date of the run in its properties. */
    private static void fixedDates(SXSSFWorkbook workbook) {
        Calendar epoch = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        epoch.clear();
        epoch.set(2000, Calendar.JANUARY, 1);
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(epoch.getTime()));
        core.setCreator("xeploai");
    }

    /**
     * @param plainStyle the workbook's default style, set on every other cell: a cell without a style looks up its
     *                   column's in the sheet's XML (XMLBeans) each time it is written
     */
    private void sheet(SXSSFWorkbook workbook, String file, Path csv, CellStyle headerStyle, CellStyle plainStyle)
            throws IOException {
        String sheetName = file.replaceFirst("\\.csv$", "");
        SXSSFSheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = new ArrayList<>();
            records.next().forEach(header::add);
            header.set(0, header.get(0).replace(String.valueOf(CsvOutput.BOM), ""));
            boolean[] figures = new boolean[header.size()];
            int[] widths = new int[header.size()];
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                figures[c] = figureColumn(header.get(c));
                widths[c] = Math.min(header.get(c).length(), 60);
                var cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            long left = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (r == MAX_ROWS - 1) {
                    left++;
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    var cell = row.createCell(c);
                    cell.setCellStyle(plainStyle);
                    if (c < figures.length && figures[c] && plainNumber(text)) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
                    }
                    if (c < widths.length && r < SIZED_ROWS) {
                        widths[c] = Math.max(widths[c], Math.min(text.length(), 60));
                    }
                }
                r++;
            }
            if (left > 0) {
                sheet.createRow(r - 1).createCell(0).setCellValue(truncatedNote.replace("{0}", Long.toString(left + 1)));
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(8, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (widths.length > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
            }
        }
    }

    /**
     * Whether the text is a figure as the CSV files write it, {@code -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,10})?}: at most
     * fifteen whole digits and ten decimals, so that a double holds it exactly. Checked by hand: a regular
     * expression's matcher for every cell of a figure column was a tenth of the time spent filling the sheets.
     */
    static boolean plainNumber(String text) {
        int whole = text.startsWith("-") ? 1 : 0;
        int i = digits(text, whole);
        int wholeDigits = i - whole;
        if (wholeDigits == 0 || wholeDigits > 15 || (wholeDigits > 1 && text.charAt(whole) == '0')) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int end = digits(text, i + 1);
        int decimals = end - (i + 1);
        return end == text.length() && decimals >= 1 && decimals <= 10;
    }

    /** The index of the first character at or after {@code from} that is not an ASCII digit. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Whether a column holds figures: counts, percentages, lines and years, written as numbers so that a
     * spreadsheet sums and sorts them. Ids, names, codes and free text stay text, even when they look like numbers
     * (an id "0123" keeps its zero).
     */
    static boolean figureColumn(String name) {
        return !(name.endsWith("_id") || name.equals("id") || name.endsWith("name")
                || name.equals("key") || name.equals("years") || name.equals("reasons") || name.equals("note")
                || name.equals("message") || name.equals("description") || name.equals("subject_ids"));
    }
}
