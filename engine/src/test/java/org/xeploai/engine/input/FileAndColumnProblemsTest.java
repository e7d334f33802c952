package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract: exit 3 when "a file or required column missing, a file unreadable"; "Unknown columns are kept out of the
 * way and listed once as a warning"; delimiter detected.
 */
class FileAndColumnProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingRequiredFileIsNamed() {
        InputUnusableException e = new TestInput(dir).smallTree().refused();

        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.messageKey()).isEqualTo("input.file.missing");
    }

    @Test
    void aMissingInputFolder() {
        InputUnusableException e = new TestInput(dir.resolve("nowhere")).refused();

        assertThat(e.messageKey()).isEqualTo("input.folder.missing");
    }

    @Test
    void decisionsCsvIsOptional() {
        InputData data = new TestInput(dir).smallTree().file(TestInput.MEMBERS, TestInput.MEMBER_HEADER).read();

        assertThat(data.decisions()).isEmpty();
        assertThat(data.rowsRead()).doesNotContainKey("decisions.csv");
    }

    @Test
    void anEmptyFileIsNamed() {
        InputUnusableException e = new TestInput(dir).smallTree().text(TestInput.MEMBERS, "").refused();

        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.messageKey()).isEqualTo("input.file.empty");
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() {
        InputUnusableException e = new TestInput(dir).smallTree().text(TestInput.MEMBERS, "\r\n\r\n").refused();

        assertThat(e.messageKey()).isEqualTo("input.file.empty");
    }

    @Test
    void aFolderWhereAFileShouldBeIsUnreadable() throws Exception {
        java.nio.file.Files.createDirectory(dir.resolve("members.csv"));

        InputUnusableException e = new TestInput(dir).smallTree().refused();

        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.messageKey()).isEqualTo("input.file.unreadable");
    }

    @Test
    void aColumnTheSchemaRequiresIsNamedWithItsVietnameseAlias() {
        InputUnusableException e = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,full_name", "DV001,An").refused();

        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.column()).isEqualTo("org_id");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.messageKey()).isEqualTo("input.column.missing");
        assertThat(e.args()).containsExactly("members.csv", "org_id", "ma_to_chuc");
    }

    @Test
    void aColumnThePackNeedsToClassifyIsNamedWithThePack() {
        InputUnusableException e = new TestInput(dir).pack(TestPacks.qd132())
                .file(TestInput.ORGS, "org_id,type,parent_id,grade_political_task", "TU,SUPERIOR,,")
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER)
                .refused();

        assertThat(e.file()).isEqualTo("organizations.csv");
        assertThat(e.column()).isEqualTo("grade_party_building");
        assertThat(e.messageKey()).isEqualTo("input.column.missing_for_pack");
        assertThat(e.args()).containsExactly("organizations.csv", "grade_party_building", "tieu_chi_xay_dung_dang",
                "qd132-hd21");
    }

    @Test
    void severalMissingColumnsAreListedTogether() {
        InputUnusableException e = new TestInput(dir).pack(TestPacks.qd132()).smallTree()
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER).refused();

        assertThat(e.file()).isEqualTo("organizations.csv");
        assertThat(e.column()).isEqualTo("grade_political_task");
        assertThat(e.messageKey()).isEqualTo("input.columns.missing");
        assertThat(e.args()).containsExactly("organizations.csv",
                "grade_political_task (tieu_chi_nhiem_vu_chinh_tri), grade_party_building (tieu_chi_xay_dung_dang)");
    }

    @Test
    void twoHeadersNamingOneColumnAreBothNamed() {
        InputUnusableException e = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,Mã tổ chức,org_id", "DV001,CB1,CB1").refused();

        assertThat(e.column()).isEqualTo("org_id");
        assertThat(e.messageKey()).isEqualTo("input.column.duplicate");
        assertThat(e.args()).containsExactly("members.csv", "Mã tổ chức", "org_id", "org_id", "ma_to_chuc");
    }

    @Test
    void unknownColumnsAreLeftAsideAndListedOnce() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,Ghi chú,org_id,Quê quán,,", "DV001,x,CB1,Hà Nội,,", "DV002,,CB1,,,5")
                .read();

        assertThat(data.members()).hasSize(2);
        assertThat(data.rejected()).isEmpty();
        assertThat(data.warnings()).containsExactly(new InputWarning("members.csv", "input.columns.unknown",
                List.of("members.csv", "Ghi chú, Quê quán, #6")));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejected() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,full_name,org_id", "DV001,Nguyễn, Văn An,CB1", "DV002,Bình,CB1,,")
                .read();

        assertThat(data.members()).extracting(m -> m.memberId()).containsExactly("DV002");
        assertThat(data.rejected()).containsExactly(new RejectedRow("members.csv", 2, "", "CB1",
                "input.row.too_many_cells", List.of(4, 3, ",")));
    }

    @Test
    void semicolonIsDetectedFromTheHeaderOutsideQuotes() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id;\"full_name, ho ten\";org_id;sick_leave_months", "DV001;An, B;CB1;2,5")
                .read();

        assertThat(data.members()).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isNull();
            assertThat(m.sickLeaveMonths()).isEqualByComparingTo("2.5");
        });
        assertThat(data.warnings()).extracting(InputWarning::args)
                .containsExactly(List.of("members.csv", "full_name, ho ten"));
    }

    @Test
    void aDecimalCommaIsRefusedInACommaDelimitedFile() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,sick_leave_months", "DV001,CB1,\"2,5\"").read();

        assertThat(data.members()).isEmpty();
        assertThat(data.rejected()).containsExactly(new RejectedRow("members.csv", 2, "sick_leave_months", "2,5",
                "value.decimal.comma", List.of()));
    }

    @Test
    void anExcelSepLineNamesTheDelimiterAndKeepsLineNumbers() {
        InputData data = new TestInput(dir).smallTree()
                .file(TestInput.MEMBERS, "sep=;", "member_id;full_name;org_id;admitted_on", "DV001;An, B;CB1;", "DV002;C;CB1;bad")
                .read();

        assertThat(data.members()).extracting(m -> m.fullName()).containsExactly("An, B");
        assertThat(data.rejected()).extracting(RejectedRow::line).containsExactly(4L);
    }

    @Test
    void aColumnThePackRequiresBeyondTheSchemaIsFoundByItsHeader() {
        var pack = TestPacks.descriptor("edited", java.util.Map.of("members.csv", List.of("vote_count")), java.util.Map.of());

        InputData data = new TestInput(dir).pack(pack).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id,Vote Count", "DV001,CB1,3").read();
        InputUnusableException e = new TestInput(dir).pack(pack).smallTree()
                .file(TestInput.MEMBERS, "member_id,org_id", "DV001,CB1").refused();

        assertThat(data.members()).hasSize(1);
        assertThat(e.messageKey()).isEqualTo("input.column.missing_for_pack");
        assertThat(e.args()).containsExactly("members.csv", "vote_count", "vote_count", "edited");
    }
}
