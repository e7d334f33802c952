package org.xeploai.engine.output;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.report.ReportText;
import org.xeploai.i18n.Lang;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** results.xlsx from the CSV files as written: every sheet up to a sheet's row limit of members, summaries above. */
class XlsxWorkbookTest {
    private static final List<String> SHEETS = List.of("summary.csv", "targets.csv", "awards.csv", "members.csv",
            "organizations.csv", "collectives.csv", "year_over_year.csv", "not_classified.csv", "rejected.csv",
            "run.csv");

    @TempDir
    Path tmp;

    @Test
    void aRunWithinTheLimitGetsASheetPerCsvFileFilledFromTheFileAsWritten() throws IOException {
        Path written = writeCsvFiles(ResultWriterTest.sample());

        try (XSSFWorkbook book = workbook(XlsxWorkbook.of(SHEETS, 4, 4, new ReportText(Lang.VI)), written)) {
            assertThat(sheetNames(book)).containsExactly("summary", "targets", "awards", "members", "organizations",
                    "collectives", "year_over_year", "not_classified", "rejected", "run");
            Sheet members = book.getSheet("members");
            assertThat(members.getRow(0).getCell(0).getStringCellValue()).as("no byte order mark")
                    .isEqualTo("member_id");
            assertThat(members.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Trần, Thị \"B\"\nghi chú");
            assertThat(members.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aRunAboveTheLimitGetsTheSummarySheetsOnlyAndANoteInBothLanguagesFirst() throws IOException {
        Path written = writeCsvFiles(ResultWriterTest.sample());

        try (XSSFWorkbook book = workbook(XlsxWorkbook.of(SHEETS, 4, 3, new ReportText(Lang.EN)), written)) {
            assertThat(sheetNames(book)).containsExactly(XlsxWorkbook.NOTE_SHEET, "summary", "targets",
                    "year_over_year", "not_classified", "rejected", "run");
            Sheet note = book.getSheet(XlsxWorkbook.NOTE_SHEET);
            assertThat(note.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Lần xếp loại này có 4 đảng viên")
                    .contains("awards.csv, members.csv, organizations.csv, collectives.csv");
            assertThat(note.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("This run has 4 members").contains("summary sheets only");
        }
    }

    @Test
    void theLimitIsWhatASheetHoldsUnderItsHeader() {
        assertThat(XlsxWorkbook.LISTS_UP_TO).isEqualTo(1_048_575);
    }

    @Test
    void figuresAreTheNumbersADoubleHoldsExactly() {
        Pattern figure = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");
        for (String text : List.of("0", "7", "-3", "96", "12.5", "-0.25", "100.0000000001", "123456789012345",
                "", "-", ".5", "5.", "05", "-05", "1.2.3", "1e5", "+3", "1 000", "1,5", "1234567890123456",
                "1.12345678901", "٣", "DV0003", "0.0")) {
            assertThat(XlsxWorkbook.plainNumber(text)).as(text).isEqualTo(figure.matcher(text).matches());
        }
    }

    @Test
    void sheetsCarryTheSameXmlAsPoiWrites() throws IOException {
        List<String> texts = List.of("plain", "Hoàn thành xuất sắc nhiệm vụ", "a<b>&\"c\"",
                "line\nbreak\r\tend",
                "no\u00A0break", "bell\u0007 and \uFFFE \uFFFF", "emoji 😀 pair", "lone \uD800 surrogate", " spaced ",
                "x".repeat(30_000), "y&".repeat(15_000), "z".repeat(30_000));

        assertThat(sheetXml(new StreamingWorkbook(10), texts)).isEqualTo(sheetXml(new SXSSFWorkbook(10), texts));
    }

    private Path writeCsvFiles(ClassificationResult result) throws IOException {
        ReportText text = new ReportText(Lang.VI);
        List<OutputFile> files = new ArrayList<>(ResultFiles.all(result, text.messages()));
        files.addAll(ReportFiles.csv(result, text));
        Path folder = Files.createDirectories(tmp.resolve("written"));
        for (OutputFile file : files) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(file.name()))) {
                file.writeTo(out);
            }
        }
        return folder;
    }

    private static XSSFWorkbook workbook(XlsxWorkbook workbook, Path written) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.writeTo(bytes, written);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    private byte[] sheetXml(SXSSFWorkbook workbook, List<String> texts) throws IOException {
        Path file = Files.createTempFile(tmp, "book", ".xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("s");
            for (int r = 0; r < texts.size(); r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(texts.get(r));
                row.createCell(1).setCellValue(r);
            }
            workbook.write(out);
            workbook.dispose();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes();
        }
    }
}
