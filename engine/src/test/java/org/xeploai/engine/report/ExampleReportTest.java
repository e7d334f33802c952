package org.xeploai.engine.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.input.InputData;
import org.xeploai.i18n.Lang;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled example's year-end report in every output file, against seed 004 (Đảng bộ Các cơ quan tỉnh, 2022):
 * grassroots organizations 14 / 56 / 3, "96% … 20%"; members "83% … 16%"; "8/8 chỉ tiêu đạt và vượt", new members
 * 93 of 90 = 103%; 6 members HTXSNV five years running 2018–2022; 10 "HTXSNV tiêu biểu". The files are read back
 * the way a reader would: CSV with Commons CSV, the PDF with PDFBox, the workbook with POI.
 */
class ExampleReportTest {
    private static final Path EXAMPLE = Path.of("../examples/provincial-agencies-2022");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FIVE_YEARS = List.of("DV0003", "DV0105", "DV0167", "DV0447", "DV1203", "DV1438");

    @TempDir
    static Path temp;

    private static ClassificationResult result;
    private static Path vi;
    private static Path en;

    @BeforeAll
    static void classifyAndWriteTheExample() {
        Xeploai xeploai = Xeploai.create(CLOCK);
        RulePack pack = xeploai.packForYear(2022);
        InputData input = xeploai.read(EXAMPLE, pack);
        result = xeploai.classify(2022, input, pack);
        vi = temp.resolve("vi");
        en = temp.resolve("en");
        xeploai.write(result, vi, Lang.VI);
        xeploai.write(result, en, Lang.EN);
    }

    @Test
    @DisplayName("targets.csv: 8 targets, all met; new members 93 of 90 = 103%; shares as the summary prints them")
    void targetsFile() throws IOException {
        Map<String, CSVRecord> rows = csv(vi.resolve("targets.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("target_id"), r -> r));

        assertThat(rows).hasSize(8);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.get("met")).isEqualTo("true"));
        assertThat(figures(rows.get("T01"))).containsExactly("90", "93", "103", "true");
        assertThat(rows.get("T01").get("description")).isEqualTo("Kết nạp đảng viên mới");
        assertThat(figures(rows.get("T05"))).as("grassroots organizations HTTNV+").containsExactly("90", "96", "107", "true");
        assertThat(figures(rows.get("T06"))).as("members HTTNV+").containsExactly("80", "83", "104", "true");
        assertThat(figures(rows.get("T07"))).as("grassroots organizations HTXSNV of HTTNV+").containsExactly("20", "20", "100", "true");
        assertThat(figures(rows.get("T08"))).as("members HTXSNV of HTTNV+").containsExactly("15", "16", "107", "true");
        assertThat(rows.get("T07").get("note")).isEqualTo("14/70 HTXSNV trên số HTTNV trở lên = 20,00%");
        assertThat(result.report().targetsMet()).isEqualTo(8);
    }

    private static List<String> figures(CSVRecord r) {
        return List.of(r.get("planned"), r.get("actual"), r.get("attainment_pct"), r.get("met"));
    }

    @Test
    @DisplayName("awards.csv: 6 members HTXSNV five years running 2018-2022, 10 organizations and 10 collectives tiêu biểu")
    void awardsFile() throws IOException {
        List<CSVRecord> rows = csv(vi.resolve("awards.csv"));

        assertThat(rows.get(0).toMap().keySet()).startsWith("subject_type", "subject_id", "award", "years", "name",
                "authority", "basis", "note");
        List<CSVRecord> five = filter(rows, r -> r.get("award").equals("HTXSNV_5_YEARS"));
        assertThat(five).extracting(r -> r.get("subject_id")).containsExactlyInAnyOrderElementsOf(FIVE_YEARS);
        assertThat(five).allSatisfy(r -> {
            assertThat(r.get("subject_type")).isEqualTo("MEMBER");
            assertThat(r.get("years")).isEqualTo("2018-2022");
            assertThat(r.get("authority")).isEqualTo("Ban Thường vụ Đảng ủy Các cơ quan tỉnh");
            assertThat(r.get("basis")).contains("A-STREAK");
        });
        assertThat(filter(rows, r -> r.get("award").equals("HTXSNV_TIEU_BIEU") && r.get("subject_type").equals("GRASSROOTS_ORG")))
                .extracting(r -> r.get("subject_id"))
                .containsExactly("VPTU", "VPUB", "SCT", "STC", "SNV", "SGDDT", "CTHUE", "VKSND", "BTCTU", "UBKTTU");
        assertThat(filter(rows, r -> r.get("award").equals("HTXSNV_TIEU_BIEU") && r.get("subject_type").equals("COLLECTIVE")))
                .hasSize(10);
        assertThat(filter(rows, r -> r.get("award").equals("HTXSNV_YEAR"))).as("every member HTXSNV in 2022").hasSize(258);
        List<CSVRecord> candidates = filter(rows, r -> r.get("award").equals("CANDIDATE")
                && r.get("subject_type").equals("GRASSROOTS_ORG"));
        assertThat(candidates).extracting(r -> r.get("subject_id")).containsExactlyInAnyOrder("BAO", "TTR", "BTGTU", "TDOAN");
        assertThat(candidates).extracting(r -> r.get("rank")).containsExactly("1", "2", "3", "4");
        assertThat(filter(rows, r -> r.get("award").equals("HTXSNV_TIEU_BIEU_5_YEARS"))).as("no organization five years").isEmpty();
        // the near-misses the example names stay out of the five-year awards
        assertThat(five).extracting(r -> r.get("subject_id")).doesNotContain("DV0053", "DV0215", "DV0311", "DV1418", "DV0485");
        assertThat(result.report().notices()).extracting(AwardNotice::subjectId).contains("DV1418", "DV0485");
    }

    @Test
    @DisplayName("a member who moved in 2021 keeps the run: history follows the member (DV1203, Sở Tài chính to Kho bạc)")
    void movedMemberKeepsTheRun() throws IOException {
        CSVRecord moved = filter(csv(vi.resolve("awards.csv")),
                r -> r.get("award").equals("HTXSNV_5_YEARS") && r.get("subject_id").equals("DV1203")).get(0);
        assertThat(moved.get("grassroots_id")).isEqualTo("KBNN");
        assertThat(moved.get("note")).contains("2018, 2019, 2020, 2021 theo history.csv");
    }

    @Test
    @DisplayName("year_over_year.csv and not_classified.csv: 2021 beside 2022, those not classified by rule")
    void comparisonAndNotClassifiedFiles() throws IOException {
        CSVRecord orgs = filter(csv(vi.resolve("year_over_year.csv")),
                r -> r.get("scope_org_id").equals("DBCCQ") && r.get("subject").equals("GRASSROOTS_ORG")).get(0);
        assertThat(orgs.get("previous_year")).isEqualTo("2021");
        assertThat(List.of(orgs.get("htxsnv"), orgs.get("httnv"), orgs.get("htnv"))).containsExactly("14", "56", "3");
        assertThat(orgs.get("pct_good_or_above")).isEqualTo("96");
        assertThat(Integer.parseInt(orgs.get("previous_classified"))).isEqualTo(73);

        Map<String, String> members = filter(csv(vi.resolve("not_classified.csv")),
                r -> r.get("scope_org_id").equals("DBCCQ") && r.get("subject").equals("MEMBER")).stream()
                .collect(Collectors.toMap(r -> r.get("rule_id"), r -> r.get("count")));
        assertThat(members).containsEntry("C-NEW", "35").containsEntry("C-EXEMPT", "4").containsEntry("C-TEMP", "3")
                .containsEntry("C-PENDING", "2").containsEntry("Q-1", "3");
    }

    @Test
    @DisplayName("report.html: self-contained, Vietnamese, headline 96% … 20%, 8/8 targets, awards, charts")
    void htmlReport() throws IOException {
        String html = Files.readString(vi.resolve("report.html"), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "src=");
        assertThat(html).contains("Tổ chức cơ sở đảng: 96% HTTNV trở lên, trong đó 20% HTXSNV")
                .contains("Đảng viên: 83% HTTNV trở lên, trong đó 16% HTXSNV")
                .contains("8/8 chỉ tiêu đạt và vượt")
                .contains("Kết nạp đảng viên mới").contains("103%")
                .contains("6 cá nhân đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ” 5 năm liền, giai đoạn 2018 – 2022")
                .contains("10 tổ chức cơ sở đảng đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu năm 2022")
                .contains("qd132-hd21").contains(result.pack().hash())
                .contains("95,9").contains("1.954")
                .contains("Đảng viên mới kết nạp chưa đủ 6 tháng")
                .contains("So sánh với năm trước");
        assertThat(html.split("<svg", -1)).as("a bar chart per subject type").hasSize(5);
        assertThat(html).contains("members.csv").contains("2.004");

        String english = Files.readString(en.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(english).contains("<html lang=\"en\">")
                .contains("Grassroots party organizations: 96% HTTNV and above, of whom 20% HTXSNV")
                .contains("8 of 8 targets met or exceeded").contains("95.9").contains("1,954");
    }

    @Test
    @DisplayName("report.pdf: opens, embeds its font, and its text has the Vietnamese words with their diacritics")
    void pdfReport() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(vi.resolve("report.pdf").toFile())) {
            // lines are joined: a phrase may wrap at the end of a line
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Báo cáo kết quả đánh giá, xếp loại chất lượng năm 2022");
            assertThat(text).contains("Hoàn thành xuất sắc nhiệm vụ").contains("Đảng bộ Các cơ quan tỉnh")
                    .contains("96% HTTNV trở lên, trong đó 20% HTXSNV")
                    .contains("8/8 chỉ tiêu đạt và vượt kế hoạch").contains("Kết nạp đảng viên mới").contains("103%")
                    .contains("giai đoạn 2018 – 2022").contains("Dương Thị Thu Lan");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            pdf.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
        try (PDDocument pdf = Loader.loadPDF(en.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("8 of 8 targets met or exceeded")
                    .contains("Đảng bộ Các cơ quan tỉnh");
        }
    }

    @Test
    @DisplayName("results.xlsx: a sheet per CSV file, bold frozen header, figures as numbers")
    void workbook() throws IOException {
        try (InputStream in = Files.newInputStream(vi.resolve("results.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
            assertThat(names).containsExactly("summary", "targets", "awards", "members", "organizations",
                    "collectives", "year_over_year", "not_classified", "rejected", "run");

            Sheet summary = book.getSheet("summary");
            Row header = summary.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("scope_org_id");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getColumnWidth(0)).isGreaterThan(256 * 8 - 1);
            Row orgs = find(summary, r -> text(r, 0).equals("DBCCQ") && text(r, 1).equals("GRASSROOTS_ORG"));
            int pct = column(header, "pct_good_or_above");
            assertThat(orgs.getCell(pct).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(orgs.getCell(pct).getNumericCellValue()).isEqualTo(96.0);
            assertThat(orgs.getCell(column(header, "htxsnv")).getNumericCellValue()).isEqualTo(14.0);
            assertThat(orgs.getCell(column(header, "pct_excellent_of_good_or_above")).getNumericCellValue()).isEqualTo(20.0);

            Sheet targets = book.getSheet("targets");
            Row t01 = find(targets, r -> text(r, 0).equals("T01"));
            assertThat(t01.getCell(column(targets.getRow(0), "attainment_pct")).getNumericCellValue()).isEqualTo(103.0);
            assertThat(text(t01, column(targets.getRow(0), "description"))).isEqualTo("Kết nạp đảng viên mới");

            Sheet members = book.getSheet("members");
            assertThat(members.getLastRowNum()).as("one row per member row accepted").isEqualTo(result.members().size());
            assertThat(text(members.getRow(1), 0)).as("ids stay text").startsWith("DV");
        }
    }

    @Test
    @DisplayName("the same result gives the same report files, byte for byte")
    void sameResultSameBytes() throws IOException {
        Path again = temp.resolve("again");
        Xeploai.create(CLOCK).write(result, again, Lang.VI);
        for (String name : List.of("report.html", "report.pdf", "targets.csv", "awards.csv", "year_over_year.csv",
                "not_classified.csv")) {
            assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(vi.resolve(name)));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<CSVRecord> csv(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).as(file + " starts with a BOM").startsWith("\uFEFF");
        try (Reader reader = new java.io.StringReader(content.substring(1));
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static List<CSVRecord> filter(List<CSVRecord> rows, Predicate<CSVRecord> keep) {
        return rows.stream().filter(keep).toList();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row find(Sheet sheet, Predicate<Row> match) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && match.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no such row in " + sheet.getSheetName());
    }
}
