package org.xeploai.engine.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultWriterTest {
    static final String HD21 = "Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm a";
    static final String QD132 = "Quy định 132-QĐ/TW Điều 3 khoản 2";
    static final List<String> FILES = List.of(
            "members.csv", "organizations.csv", "collectives.csv", "summary.csv", "rejected.csv", "run.csv",
            "targets.csv", "awards.csv", "year_over_year.csv", "not_classified.csv",
            "report.html", "report.pdf", "results.xlsx");

    @TempDir
    Path tmp;

    @Test
    void membersCsvHasTheContractColumnsThenTheExtrasWithLevelShownOnlyWhenClassified() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);

        assertThat(read("members.csv")).isEqualTo(csv(
                "member_id,full_name,org_id,status,proposed_level,computed_level,level,level_label,quota_demoted,"
                        + "reasons,warnings,grassroots_id,decided_level,decided_by",
                "M1,Nguyễn Văn A,C1,CLASSIFIED,HTXSNV,HTXSNV,HTTNV,Hoàn thành tốt nhiệm vụ,true,"
                        + "\"M-XS-01 (" + HD21 + "): grade_tasks=XS; Q-01 (" + HD21 + "): rank=3, quota=2\","
                        + "W-01: proposed_level=HTXSNV,G1,,",
                "M2,\"Trần, Thị \"\"B\"\"\nghi chú\",C1,CLASSIFIED,,HTTNV,HTNV,Hoàn thành nhiệm vụ,false,"
                        + "D-01 (" + QD132 + "),,G1,HTNV,\"'=HYPERLINK(\"\"x\"\")\"",
                "M3,'=SUM(A1),C1,NOT_CLASSIFIED,,,,,,M-NC-01 (" + QD132 + "): status=EXEMPT,,G1,,",
                "M4,'-Lê,C1,PENDING,,HTXSNV,,,,Q-02,,G1,,"));
    }

    @Test
    void organizationsCsvLeavesOutSuperiorCommitteesAndNamesTheParent() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);

        assertThat(read("organizations.csv")).isEqualTo(csv(
                "org_id,name,type,status,computed_level,level,level_label,quota_demoted,reasons,warnings,"
                        + "parent_id,grassroots_id,proposed_level,decided_level,decided_by",
                "G1,Đảng bộ Sở Tài chính,GRASSROOTS_COMMITTEE,CLASSIFIED,HTTNV,HTTNV,Hoàn thành tốt nhiệm vụ,false,"
                        + "O-T-01 (" + HD21 + "),"
                        + "O-Q-W (" + HD21 + "): htxsnv=3 > quota=2,S1,G1,HTXSNV,,",
                "C1,Chi bộ Phòng Ngân sách,CELL,CLASSIFIED,HTXSNV,HTXSNV,Hoàn thành xuất sắc nhiệm vụ,false,"
                        + "O-XS-01 (" + HD21 + "),,G1,G1,,,"));
    }

    @Test
    void collectivesCsvIsWrittenWithItsHeaderEvenWhenThereAreNone() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);
        assertThat(read("collectives.csv")).isEqualTo(csv(
                "collective_id,org_id,status,computed_level,level,level_label,reasons,"
                        + "warnings,quota_demoted,grassroots_id,proposed_level,decided_level,decided_by",
                "TT-G1,G1,CLASSIFIED,HTTNV,HTTNV,Hoàn thành tốt nhiệm vụ,C-T-01 (" + HD21 + "),,false,G1,HTTNV,,"));

        ResultWriter.write(sample(List.of()), tmp.resolve("out"), Lang.VI);
        assertThat(read("collectives.csv")).isEqualTo(csv(
                "collective_id,org_id,status,computed_level,level,level_label,reasons,"
                        + "warnings,quota_demoted,grassroots_id,proposed_level,decided_level,decided_by"));
    }

    @Test
    void summaryPercentagesAreRoundedHalfUpToWholeNumbersAndEmptyOverAnEmptyBase() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);

        // 14 HTXSNV, 56 HTTNV, 3 HTNV: 95.89 -> 96, 19.18 -> 19, 20.0 -> 20; 39 of 200: 19.5 -> 20;
        // 1 of 8: 12.5 -> 13 (half up, not half even)
        assertThat(read("summary.csv")).isEqualTo(csv(
                "scope_org_id,subject,total,classified,not_classified,pending,htxsnv,httnv,htnv,khtnv,"
                        + "pct_good_or_above,pct_excellent,pct_excellent_of_good_or_above",
                "S1,GRASSROOTS_ORG,75,73,2,0,14,56,3,0,96,19,20",
                "G1,MEMBER,200,200,0,0,39,0,150,11,20,20,100",
                "G1,CELL,9,8,1,0,1,0,7,0,13,13,100",
                "G1,COLLECTIVE,0,0,0,0,0,0,0,0,,,"));
    }

    @Test
    void rejectedCsvGivesTheMessageInTheChosenLanguageAndKeepsPlainNegativeNumbers() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("vi"), Lang.VI);
        ResultWriter.write(sample(), tmp.resolve("en"), Lang.EN);

        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            assertThat(read(tmp.resolve(lang.name().toLowerCase()).resolve("rejected.csv"))).isEqualTo(csv(
                    "file,line,column,value,message",
                    "members.csv,7,tasks_on_time,-3," + quoteIfNeeded(messages.get("value.negative")),
                    "organizations.csv,3,targets_met_pct,'@150,"
                            + quoteIfNeeded(messages.get("value.range", 0, 100))));
        }
        // the label stays Vietnamese in English output: it is the regulation's name for the level
        assertThat(read(tmp.resolve("en").resolve("members.csv"))).contains("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void runCsvStatesThePackAndWhereEveryInputRowWentButNotTheTime() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);

        String warning = Messages.of(Lang.VI).get("input.columns.unknown", "members.csv", "ghi_chu");
        assertThat(read("run.csv")).isEqualTo(csv(
                "key,value",
                "year,2022",
                "pack_name,qd132-hd21",
                "pack_version,1.0.0",
                "pack_hash,3f2a",
                "organizations.csv.rows_in,4",
                "organizations.csv.classified,2",
                "organizations.csv.not_classified,0",
                "organizations.csv.pending,0",
                "organizations.csv.accepted,1",
                "organizations.csv.rejected,1",
                "members.csv.rows_in,5",
                "members.csv.classified,2",
                "members.csv.not_classified,1",
                "members.csv.pending,1",
                "members.csv.accepted,0",
                "members.csv.rejected,1",
                "members.csv.warning," + quoteIfNeeded(warning)));
    }

    @Test
    void everyCsvFileIsUtf8WithByteOrderMarkAndCrlf() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("out"), Lang.VI);

        for (String name : FILES.stream().filter(n -> n.endsWith(".csv")).toList()) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("out").resolve(name));
            assertThat(bytes).as(name).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(name).endsWith("\r\n");
            // the only bare LF is the one inside M2's quoted name
            assertThat(text.replace("\r\n", "").replace("Thị \"\"B\"\"\nghi", "")).as(name).doesNotContain("\n");
        }
    }

    @Test
    void theSameResultWrittenTwiceGivesByteIdenticalFiles() throws IOException {
        ResultWriter.write(sample(), tmp.resolve("a"), Lang.VI);
        ResultWriter.write(sample(), tmp.resolve("b"), Lang.VI);
        ResultWriter.write(sample(), tmp.resolve("b"), Lang.VI);

        for (String name : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
        }
        try (var files = Files.list(tmp.resolve("b"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(FILES.stream().sorted().toList());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private String read(String name) throws IOException {
        return read(tmp.resolve("out").resolve(name));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static String csv(String... lines) {
        return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    }

    private static String quoteIfNeeded(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static ClassificationResult sample() {
        return sample(List.of(new SubjectResult(SubjectType.COLLECTIVE, "TT-G1", null, "G1", null, "G1",
                ClassificationStatus.CLASSIFIED, Level.HTTNV, Level.HTTNV, Level.HTTNV, false,
                List.of(finding(SubjectType.COLLECTIVE, "TT-G1", FindingKind.MEETS, Level.HTTNV, "C-T-01", HD21,
                        null)), null)));
    }

    static ClassificationResult sample(List<SubjectResult> collectives) {
        SubjectType m = SubjectType.MEMBER;
        SubjectType o = SubjectType.ORGANIZATION;
        List<SubjectResult> members = List.of(
                new SubjectResult(m, "M1", "Nguyễn Văn A", "C1", null, "G1", ClassificationStatus.CLASSIFIED,
                        Level.HTXSNV, Level.HTXSNV, Level.HTTNV, true, List.of(
                        finding(m, "M1", FindingKind.MEETS, Level.HTXSNV, "M-XS-01", HD21, "grade_tasks=XS"),
                        finding(m, "M1", FindingKind.WARNING, null, "W-01", "", "proposed_level=HTXSNV"),
                        finding(m, "M1", FindingKind.CAP, Level.HTTNV, "Q-01", HD21, "rank=3, quota=2")), null),
                new SubjectResult(m, "M2", "Trần, Thị \"B\"\nghi chú", "C1", null, "G1",
                        ClassificationStatus.CLASSIFIED, null, Level.HTTNV, Level.HTNV, false, List.of(
                        finding(m, "M2", FindingKind.CAP, Level.HTNV, "D-01", QD132, " ")),
                        new Decision(m, "M2", Level.HTNV, "kiểm điểm", "=HYPERLINK(\"x\")", null, false, false, 2)),
                new SubjectResult(m, "M3", "=SUM(A1)", "C1", null, "G1", ClassificationStatus.NOT_CLASSIFIED,
                        null, null, null, false, List.of(
                        finding(m, "M3", FindingKind.NOT_CLASSIFIED, null, "M-NC-01", QD132, "status=EXEMPT")),
                        null),
                new SubjectResult(m, "M4", "-Lê", "C1", null, "G1", ClassificationStatus.PENDING,
                        null, Level.HTXSNV, Level.HTXSNV, false, List.of(
                        finding(m, "M4", FindingKind.PENDING, null, "Q-02", null, null)), null));
        List<SubjectResult> organizations = List.of(
                new SubjectResult(o, "S1", "Đảng ủy Khối", null, OrgType.SUPERIOR, null,
                        ClassificationStatus.NOT_CLASSIFIED, null, null, null, false, List.of(), null),
                new SubjectResult(o, "G1", "Đảng bộ Sở Tài chính", "S1", OrgType.GRASSROOTS_COMMITTEE, "G1",
                        ClassificationStatus.CLASSIFIED, Level.HTXSNV, Level.HTTNV, Level.HTTNV, false, List.of(
                        finding(o, "G1", FindingKind.MEETS, Level.HTTNV, "O-T-01", HD21, ""),
                        finding(o, "G1", FindingKind.WARNING, null, "O-Q-W", HD21, "htxsnv=3 > quota=2")), null),
                new SubjectResult(o, "C1", "Chi bộ Phòng Ngân sách", "G1", OrgType.CELL, "G1",
                        ClassificationStatus.CLASSIFIED, null, Level.HTXSNV, Level.HTXSNV, false, List.of(
                        finding(o, "C1", FindingKind.MEETS, Level.HTXSNV, "O-XS-01", HD21, null)), null));
        List<SummaryRow> summary = List.of(
                new SummaryRow("S1", "GRASSROOTS_ORG", 75, 73, 2, 0, 14, 56, 3, 0),
                new SummaryRow("G1", "MEMBER", 200, 200, 0, 0, 39, 0, 150, 11),
                new SummaryRow("G1", "CELL", 9, 8, 1, 0, 1, 0, 7, 0),
                new SummaryRow("G1", "COLLECTIVE", 0, 0, 0, 0, 0, 0, 0, 0));
        List<RejectedRow> rejected = List.of(
                new RejectedRow("members.csv", 7, "tasks_on_time", "-3", "value.negative", List.of()),
                new RejectedRow("organizations.csv", 3, "targets_met_pct", "@150", "value.range", List.of(0, 100)));
        List<RowAccounting> accounting = List.of(
                new RowAccounting("organizations.csv", 4, 2, 0, 0, 1, 1),
                new RowAccounting("members.csv", 5, 2, 1, 1, 0, 1));
        List<InputWarning> warnings = List.of(
                new InputWarning("members.csv", "input.columns.unknown", List.of("members.csv", "ghi_chu")));
        return new ClassificationResult(2022, new PackInfo("qd132-hd21", "1.0.0", "3f2a"), members, organizations,
                collectives, summary, rejected, accounting, warnings);
    }

    private static Finding finding(SubjectType type, String id, FindingKind kind, Level level, String rule,
                                   String reference, String detail) {
        return new Finding(type, id, kind, level, rule, reference, detail);
    }
}
