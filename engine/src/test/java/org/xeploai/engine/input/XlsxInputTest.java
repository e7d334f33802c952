package org.xeploai.engine.input;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The input folder handed in as one Excel workbook, a sheet per file (contract: "an .xlsx workbook ... welcome"). */
class XlsxInputTest {
    private static final Path EXAMPLE = Path.of("../examples/provincial-agencies-2022");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final String[] ORGS = {"org_id,name,type,parent_id",
            "TU,Đảng ủy Khối,SUPERIOR,",
            "DB1,Đảng bộ Sở Tài chính,GRASSROOTS_COMMITTEE,TU",
            "CB1,Chi bộ Văn phòng,CELL,DB1"};

    @TempDir
    Path tmp;

    @Test
    void theExampleAsAWorkbookClassifiesExactlyAsItsCsvFiles() {
        Path folder = tmp.resolve("xlsx");
        XlsxFixtures.write(folder.resolve("example.xlsx"), XlsxFixtures.sheetsOf(EXAMPLE));
        Xeploai xeploai = Xeploai.create(CLOCK);
        RulePack pack = xeploai.packForYear(2022);

        ClassificationResult fromCsv = xeploai.classify(2022, xeploai.read(EXAMPLE, pack), pack);
        ClassificationResult fromXlsx = xeploai.classify(2022, xeploai.read(folder, pack), pack);

        assertThat(fromXlsx.summary()).isNotEmpty().isEqualTo(fromCsv.summary());
        assertThat(levels(fromXlsx.members())).isEqualTo(levels(fromCsv.members()));
        assertThat(levels(fromXlsx.organizations())).isEqualTo(levels(fromCsv.organizations()));
        assertThat(fromXlsx.rejected()).isEqualTo(fromCsv.rejected());
        assertThat(fromXlsx.accounting()).isEqualTo(fromCsv.accounting());
    }

    private static Map<String, String> levels(List<SubjectResult> results) {
        Map<String, String> out = new LinkedHashMap<>();
        results.forEach(r -> out.put(r.subjectId(), r.status() + " " + r.level()));
        return out;
    }

    @Test
    void aWorkbookWithoutTheMembersSheetStopsTheRunNamingTheWorkbookAndTheSheet() {
        XlsxFixtures.write(tmp.resolve("Danh sach.xlsx"), Map.of("organizations", XlsxFixtures.rows(ORGS)));

        InputUnusableException e = catchThrowableOfType(InputUnusableException.class,
                () -> InputFolderReader.read(tmp, null));

        assertThat(e.file()).isEqualTo("Danh sach.xlsx");
        assertThat(e.messageKey()).isEqualTo("input.workbook.sheet_missing");
        assertThat(e.args()).containsExactly("Danh sach.xlsx", "members", "organizations");
    }

    @Test
    void aBadValueIsRejectedWithItsSheetRowAndColumnUnderTheContractFileName() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Organizations.csv", XlsxFixtures.rows(ORGS));
        sheets.put("MEMBERS", XlsxFixtures.rows("member_id,full_name,org_id,grade_tasks",
                "DV1,An,CB1,XS",
                ",,,",
                "DV2,Bình,CB1,A"));
        XlsxFixtures.write(tmp.resolve("input.xlsx"), sheets);

        InputData data = InputFolderReader.read(tmp, null);

        assertThat(data.members()).hasSize(1);
        assertThat(data.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("members.csv");
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("grade_tasks");
            assertThat(r.value()).isEqualTo("A");
            assertThat(r.messageKey()).isEqualTo("value.grade");
        });
        assertThat(data.rowsRead()).containsEntry("members.csv", 2L);
    }

    @Test
    void aFileThatIsNotAWorkbookStopsTheRun() throws IOException {
        Files.writeString(tmp.resolve("input.xlsx"), "member_id,org_id\n");

        InputUnusableException e = catchThrowableOfType(InputUnusableException.class,
                () -> InputFolderReader.read(tmp, null));

        assertThat(e.file()).isEqualTo("input.xlsx");
        assertThat(e.messageKey()).isEqualTo("input.workbook.invalid");
    }

    @Test
    void csvFilesBesideAWorkbookWinAndTheWorkbookIsIgnoredWithAWarning() {
        new TestInput(tmp).file(TestInput.ORGS, ORGS).file(TestInput.MEMBERS, "member_id,full_name,org_id",
                "DV1,An,CB1");
        XlsxFixtures.write(tmp.resolve("old.xlsx"), Map.of("members", XlsxFixtures.rows("nothing")));

        InputData data = InputFolderReader.read(tmp, null);

        assertThat(data.members()).hasSize(1);
        assertThat(data.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("old.xlsx");
            assertThat(w.messageKey()).isEqualTo("input.workbook.ignored");
        });
    }

    @Test
    void severalWorkbooksWithoutCsvFilesStopTheRunButExcelLockFilesDoNotCount() throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("organizations", XlsxFixtures.rows(ORGS));
        sheets.put("members", XlsxFixtures.rows("member_id,full_name,org_id", "DV1,An,CB1"));
        XlsxFixtures.write(tmp.resolve("a.xlsx"), sheets);
        Files.writeString(tmp.resolve("~$a.xlsx"), "lock");

        assertThat(InputFolderReader.read(tmp, null).members()).hasSize(1);

        XlsxFixtures.write(tmp.resolve("b.xlsx"), sheets);
        InputUnusableException e = catchThrowableOfType(InputUnusableException.class,
                () -> InputFolderReader.read(tmp, null));
        assertThat(e.messageKey()).isEqualTo("input.workbook.several");
    }

    @Test
    void anEmptyRequiredSheetStopsTheRun() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("organizations", List.of());
        sheets.put("members", XlsxFixtures.rows("member_id,full_name,org_id", "DV1,An,CB1"));
        XlsxFixtures.write(tmp.resolve("a.xlsx"), sheets);

        InputUnusableException e = catchThrowableOfType(InputUnusableException.class,
                () -> InputFolderReader.read(tmp, null));
        assertThat(e.messageKey()).isEqualTo("input.workbook.sheet_empty");
    }

    @Test
    void cellsReadAsTheTextAUserSees() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("s");
            Row row = sheet.createRow(0);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row.createCell(0).setCellValue(12.0);
            row.createCell(1).setCellValue(12.5);
            Cell d = row.createCell(2);
            d.setCellValue(LocalDate.of(2022, 1, 15));
            d.setCellStyle(date);
            row.createCell(3).setCellValue(true);
            Cell p = row.createCell(4);
            p.setCellValue(0.85);
            p.setCellStyle(percent);
            row.createCell(5).setCellFormula("0.1+0.2");
            row.createCell(6).setCellFormula("A1*2");
            row.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(8).setCellValue(" Tốt ");
            row.createCell(9).setCellValue(-0.0);
            row.createCell(10).setCellValue(1234567890123.0);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream()
                    .map(i -> XlsxSheetReader.text(row.getCell(i))).toList())
                    .containsExactly("12", "12.5", "2022-01-15", "true", "85", "0.3", "24", "#N/A", " Tốt ", "0",
                            "1234567890123");
            assertThat(XlsxSheetReader.text(row.getCell(20))).isEmpty();
        }
    }
}
