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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * {@code results.xlsx}: every CSV file of the output folder as a sheet of one workbook (Apache POI), formatted as a
 * committee hands it on: the header row bold, frozen and filtered, columns sized to their content, figures
 * (counts, percentages, lines, years) as numbers. The sheets are filled from the very bytes of the CSV files, so
 * the workbook never says anything the CSV files do not. Written in streaming mode; a sheet stops at Excel's row
 * limit, with a last row saying so.
 */
final class XlsxWorkbook implements OutputFile {
    static final String NAME = "results.xlsx";
    /** Excel's last row, header included. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's longest cell text. */
    static final int MAX_CELL = 32_767;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");

    private final List<CsvFile> files;
    private final String truncatedNote;

    /** @param truncatedNote the text of the row that ends a sheet cut at Excel's limit, with {0} the rows left out */
    XlsxWorkbook(List<CsvFile> files, String truncatedNote) {
        this.files = List.copyOf(files);
        this.truncatedNote = truncatedNote;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            fixedDates(workbook);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            for (CsvFile file : files) {
                sheet(workbook, file, header);
            }
            workbook.write(out);
            workbook.dispose();
        }
        out.flush();
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

    private void sheet(SXSSFWorkbook workbook, CsvFile file, CellStyle headerStyle) throws IOException {
        String sheetName = file.name().replaceFirst("\\.csv$", "");
        SXSSFSheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        Path csv = Files.createTempFile("xeploai-", ".csv");
        try {
            try (OutputStream o = Files.newOutputStream(csv)) {
                file.writeTo(o);
            }
            try (Reader reader = new BufferedReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
                 CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
                int[] widths = new int[file.header().size()];
                int r = 0;
                long left = 0;
                for (CSVRecord record : parser) {
                    if (r == MAX_ROWS - 1) {
                        left++;
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < record.size(); c++) {
                        String text = record.get(c);
                        if (r == 0 && c == 0 && !text.isEmpty() && text.charAt(0) == CsvOutput.BOM) {
                            text = text.substring(1);
                        }
                        var cell = row.createCell(c);
                        if (r == 0) {
                            cell.setCellValue(text);
                            cell.setCellStyle(headerStyle);
                        } else if (numeric(file.header(), c, text)) {
                            cell.setCellValue(Double.parseDouble(text));
                        } else if (!text.isEmpty()) {
                            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
                        }
                        if (c < widths.length && r < 2000) {
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
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * Whether a cell holds a figure: counts, percentages, lines and years, written as numbers so that a
     * spreadsheet sums and sorts them. Ids, names, codes and free text stay text, even when they look like numbers
     * (an id "0123" keeps its zero).
     */
    static boolean numeric(List<String> header, int column, String text) {
        if (text.isEmpty() || !NUMBER.matcher(text).matches() || column >= header.size()) {
            return false;
        }
        String name = header.get(column);
        return !(name.endsWith("_id") || name.equals("id") || name.endsWith("name")
                || name.equals("key") || name.equals("years") || name.equals("reasons") || name.equals("note")
                || name.equals("message") || name.equals("description") || name.equals("subject_ids"));
    }

    static List<String> sheetNames(List<CsvFile> files) {
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.name().replaceFirst("\\.csv$", "")));
        return names;
    }
}
