package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xeploai.model.Grade;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract, "Input files": what a committee may hand in and how each value is read. */
class GoodFilesTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(GoodFilesTest.class.getResource("/input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void englishHeadersCommaDelimitedIsoDates() {
        InputData data = new TestInput(dir).pack(TestPacks.qd132())
                .file(TestInput.ORGS,
                        "org_id,name,type,parent_id,founded_on,grade_political_task,grade_party_building,targets_met_pct",
                        "TU,Đảng ủy Khối,SUPERIOR,,,,,",
                        "DB1,Đảng bộ Sở Tài chính,GRASSROOTS_COMMITTEE,TU,1990-02-03,GOOD,EXCELLENT,97.5",
                        "CB1,Chi bộ Văn phòng,CELL,DB1,2015-07-01,XS,T,100")
                .file(TestInput.MEMBERS,
                        "member_id,full_name,org_id,status,admitted_on,civil_servant,grade_politics_ethics,grade_discipline,grade_tasks,sick_leave_months",
                        "DV001,Nguyễn Văn An,CB1,ACTIVE,2001-05-19,true,XS,T,TB,2.5",
                        "DV002,Lê Thị Bình,CB1,,,,K,POOR,AVERAGE,")
                .read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.warnings()).isEmpty();
        assertThat(data.organizations()).extracting(Organization::orgId).containsExactly("TU", "DB1", "CB1");
        Organization db1 = data.organizations().get(1);
        assertThat(db1.type()).isEqualTo(OrgType.GRASSROOTS_COMMITTEE);
        assertThat(db1.foundedOn()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(db1.gradePoliticalTask()).isEqualTo(Grade.T);
        assertThat(db1.gradePartyBuilding()).isEqualTo(Grade.XS);
        assertThat(db1.targetsMetPct()).isEqualByComparingTo("97.5");
        Member an = data.members().get(0);
        assertThat(an.admittedOn()).isEqualTo(LocalDate.of(2001, 5, 19));
        assertThat(an.civilServant()).isTrue();
        assertThat(an.sickLeaveMonths()).isEqualByComparingTo("2.5");
        Member binh = data.members().get(1);
        assertThat(binh.status()).as("empty status is ACTIVE").isEqualTo(MemberStatus.ACTIVE);
        assertThat(binh.gradeDiscipline()).isEqualTo(Grade.K);
        assertThat(data.rowsRead()).containsExactlyInAnyOrderEntriesOf(Map.of("organizations.csv", 3L, "members.csv", 2L));
        assertThat(data.lineOf("members.csv", "DV002")).isEqualTo(3);
        assertThat(data.lineOf("organizations.csv", "CB1")).isEqualTo(4);
    }

    @Test
    void vietnameseHeadersWithDiacriticsBomSemicolonsDecimalCommaAndDayMonthYearDates() {
        InputData data = InputFolderReader.read(fixture("vietnamese-semicolon"), TestPacks.qd132());

        assertThat(data.rejected()).isEmpty();
        assertThat(data.warnings()).isEmpty();
        assertThat(data.organizations()).extracting(Organization::orgId, Organization::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DUK", OrgType.SUPERIOR),
                org.assertj.core.groups.Tuple.tuple("DBSTC", OrgType.GRASSROOTS_COMMITTEE),
                org.assertj.core.groups.Tuple.tuple("CBVP", OrgType.CELL),
                org.assertj.core.groups.Tuple.tuple("CBSTP", OrgType.GRASSROOTS_CELL));
        Organization dbstc = data.organizations().get(1);
        assertThat(dbstc.foundedOn()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(dbstc.targetsMetPct()).isEqualByComparingTo(new BigDecimal("97.5"));
        assertThat(data.organizations().get(3).gradePoliticalTask()).isEqualTo(Grade.TB);

        Member khai = data.members().get(0);
        assertThat(khai.fullName()).isEqualTo("Nguyễn Thị Minh Khai");
        assertThat(khai.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(khai.admittedOn()).isEqualTo(LocalDate.of(2001, 5, 19));
        assertThat(khai.civilServant()).isTrue();
        assertThat(khai.sickLeaveMonths()).isEqualByComparingTo("1.5");
        assertThat(khai.outstanding()).isTrue();
        assertThat(khai.proposedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(data.members()).extracting(Member::memberId, Member::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DV001", MemberStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("DV002", MemberStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("DV001", MemberStatus.TEMPORARY));
        assertThat(data.lines()).containsEntry("members.csv:DV001", 2L).containsEntry("members.csv:DV001#TEMPORARY", 4L);
    }

    @Test
    void headersMatchWhateverTheCaseSpacesHyphensUnicodeFormAndLanguage() {
        String header = "MEMBER-ID, Họ Tên ,ma_to_chuc,TINH TRANG";
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, Normalizer.normalize(header, Normalizer.Form.NFD), "DV001,An,CB1,ACTIVE")
                .read();

        assertThat(data.warnings()).isEmpty();
        assertThat(data.members()).singleElement().satisfies(m -> {
            assertThat(m.memberId()).isEqualTo("DV001");
            assertThat(m.fullName()).isEqualTo("An");
            assertThat(m.orgId()).isEqualTo("CB1");
        });
    }

    @Test
    void decomposedTextIsComparedAfterNfc() {
        String decomposedCell = Normalizer.normalize("CB Văn phòng", Normalizer.Form.NFD);
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, TestInput.ORG_HEADER, "TU,,SUPERIOR,", "CBCS,x,GRASSROOTS_CELL,TU")
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER, "DV001," + decomposedCell + ",CBCS,")
                .read();

        assertThat(data.members().get(0).fullName()).isEqualTo("CB Văn phòng");
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource({
            "true, true", "TRUE, true", "yes, true", "Yes, true", "có, true", "Có, true", "co, true", "x, true",
            "X, true", "1, true",
            "false, false", "no, false", "không, false", "Không, false", "khong, false", "0, false",
            "'', false"})
    void everyBooleanSpelling(String cell, boolean expected) {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,outstanding", "DV001,CB1," + cell).read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.members().get(0).outstanding()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource({
            "HTXSNV, HTXSNV", "htxsnv, HTXSNV", "Hoàn thành xuất sắc nhiệm vụ, HTXSNV", "EXCELLENT, HTXSNV",
            "xuất sắc, HTXSNV", "Xuat sac, HTXSNV",
            "HTTNV, HTTNV", "Hoàn thành tốt nhiệm vụ, HTTNV", "GOOD, HTTNV", "tốt, HTTNV",
            "HTNV, HTNV", "Hoàn thành nhiệm vụ, HTNV", "COMPLETED, HTNV",
            "KHTNV, KHTNV", "Không hoàn thành nhiệm vụ, KHTNV", "NOT_COMPLETED, KHTNV", "not completed, KHTNV"})
    void everyLevelSpelling(String cell, Level expected) {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,proposed_level", "DV001,CB1," + cell).read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.members().get(0).proposedLevel()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource({
            "XS, XS", "xs, XS", "Xuất sắc, XS", "EXCELLENT, XS",
            "T, T", "Tốt, T", "GOOD, T",
            "TB, TB", "Trung bình, TB", "trung binh, TB", "AVERAGE, TB",
            "K, K", "Kém, K", "POOR, K"})
    void everyGradeSpelling(String cell, Grade expected) {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,grade_tasks", "DV001,CB1," + cell).read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.members().get(0).gradeTasks()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource({"2022-03-15, 2022-03-15", "2022-3-5, 2022-03-05", "15/03/2022, 2022-03-15", "5/3/2022, 2022-03-05"})
    void bothDateForms(String cell, LocalDate expected) {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,admitted_on", "DV001,CB1," + cell).read();

        assertThat(data.members().get(0).admittedOn()).isEqualTo(expected);
    }

    @Test
    void headerOnlyFilesHoldNoRows() {
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, TestInput.ORG_HEADER)
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER)
                .read();

        assertThat(data.organizations()).isEmpty();
        assertThat(data.members()).isEmpty();
        assertThat(data.rowsRead()).containsEntry("organizations.csv", 0L).containsEntry("members.csv", 0L);
    }

    @Test
    void fileNamesDifferingOnlyInCaseAreFound() {
        InputData data = new TestInput(dir)
                .file("Organizations.CSV", TestInput.SMALL_TREE)
                .file("MEMBERS.csv", TestInput.MEMBER_HEADER, "DV001,An,CB1,")
                .read();

        assertThat(data.members()).hasSize(1);
    }
}
