package org.xeploai.engine.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Workbooks written by tests, as a staff member would save them from Excel: one sheet per CSV file, with typed cells
 * (whole and decimal numbers as numbers, dates as dates formatted dd/mm/yyyy, true/false as booleans), so that the
 * reader is tested on what Excel stores rather than on text.
 */
final class XlsxFixtures {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]+)?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern VN_DATE = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}");

    private XlsxFixtures() {
    }

    /** Every {@code *.csv} of {@code folder}, as sheets named after the files without {@code .csv}. */
    static Map<String, List<List<String>>> sheetsOf(Path folder) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                     CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
                    sheets.put(csv.getFileName().toString().replaceFirst("\\.csv$", ""),
                            parser.stream().map(CSVRecord::toList).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** Writes the sheets, in order, with typed cells; an empty list of rows makes an empty sheet. */
    static Path write(Path xlsx, Map<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(e.getKey());
                int r = 0;
                for (List<String> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        String v = values.get(c);
                        if (v.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (r > 1 && NUMBER.matcher(v).matches()) {
                            cell.setCellValue(Double.parseDouble(v));
                        } else if (r > 1 && ISO_DATE.matcher(v).matches()) {
                            cell.setCellValue(LocalDate.parse(v));
                            cell.setCellStyle(dateStyle);
                        } else if (r > 1 && VN_DATE.matcher(v).matches()) {
                            cell.setCellValue(LocalDate.parse(v, DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                            cell.setCellStyle(dateStyle);
                        } else if (r > 1 && (v.equals("true") || v.equals("false"))) {
                            cell.setCellValue(Boolean.parseBoolean(v));
                        } else {
                            cell.setCellValue(v);
                        }
                    }
                }
            }
            Files.createDirectories(xlsx.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xlsx;
    }

    /** Rows given as comma-separated lines (no quoting): for small sheets written in a test. */
    static List<List<String>> rows(String... lines) {
        return Stream.of(lines).map(l -> List.of(l.split(",", -1))).toList();
    }
}
