package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract, rejected.csv: "line counts physical lines of the file, the header being line 1; a record spanning lines
 * gives its first". Blank lines are skipped and not counted as rows.
 */
class LineNumbersTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void blankLinesAndAQuotedCellSpanningLinesKeepPhysicalLineNumbers(String eol) {
        String members = String.join(eol,
                "member_id,full_name,org_id,admitted_on",          // 1
                "DV001,An,CB1,",                                   // 2
                "",                                                // 3
                "DV002,\"Lê Thị" + eol + "Bình\",CB1,",            // 4-5
                "",                                                // 6
                ",,,",                                             // 7: Excel's empty row
                "DV003,Chi,CB1,31/02/2022") + eol;                 // 8

        InputData data = new TestInput(dir).smallTree().text(TestInput.MEMBERS, members).read();

        assertThat(data.members()).extracting(m -> m.fullName()).containsExactly("An", "Lê Thị" + eol + "Bình");
        assertThat(data.lineOf("members.csv", "DV002")).isEqualTo(4);
        assertThat(data.rejected()).singleElement().isEqualTo(new RejectedRow("members.csv", 8, "admitted_on",
                "31/02/2022", "value.date.impossible", java.util.List.of()));
        assertThat(data.rowsRead()).containsEntry("members.csv", 3L);
    }

    @Test
    void mixedLineEndsInOneFile() {
        String members = "member_id,org_id,admitted_on\r\nDV001,CB1,\nDV002,CB1,\r\r\nDV003,CB1,bad\n";

        InputData data = new TestInput(dir).smallTree().text(TestInput.MEMBERS, members).read();

        assertThat(data.lineOf("members.csv", "DV002")).isEqualTo(3);
        assertThat(data.rejected()).extracting(RejectedRow::line).containsExactly(5L);
    }

    @Test
    void aFileWithoutFinalLineEnd() {
        InputData data = new TestInput(dir).smallTree()
                .text(TestInput.MEMBERS, "member_id,org_id\r\nDV001,CB1\r\nDV002,CB1").read();

        assertThat(data.lineOf("members.csv", "DV002")).isEqualTo(3);
        assertThat(data.rowsRead()).containsEntry("members.csv", 2L);
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnusableNamingTheLineWhereTheRecordStarts() {
        InputUnusableException e = new TestInput(dir).smallTree()
                .text(TestInput.MEMBERS, "member_id,full_name,org_id\nDV001,An,CB1\n\nDV002,\"Bình,CB1\nDV003,Chi,CB1\n")
                .refused();

        assertThat(e.messageKey()).isEqualTo("input.csv.unclosed_quote");
        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void rejectedRowsAreOrderedByFileThenLine() {
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, TestInput.ORG_HEADER, "TU,,SUPERIOR,", "CB9,,CELL,NOPE", "CBCS,,GRASSROOTS_CELL,TU")
                .file(TestInput.MEMBERS, "member_id,org_id,admitted_on", "DV1,CBCS,bad", "DV2,CB9,", "DV3,CBCS,bad")
                .read();

        assertThat(data.rejected()).extracting(RejectedRow::file, RejectedRow::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("members.csv", 2L),
                org.assertj.core.groups.Tuple.tuple("members.csv", 3L),
                org.assertj.core.groups.Tuple.tuple("members.csv", 4L),
                org.assertj.core.groups.Tuple.tuple("organizations.csv", 3L));
    }
}
