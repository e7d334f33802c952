package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.model.schema.InputSchemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The physical line of a refused row, found by its id as rejected.csv counts lines (header = line 1). */
class RowLinesTest {
    @TempDir
    Path tmp;

    @Test
    void linesCountPhysicalLinesPastBlankLinesAndCellsSpanningLines() throws IOException {
        Path file = tmp.resolve("members.csv");
        Files.writeString(file, "\uFEFFMã đảng viên,ho_ten,ma_to_chuc\r\nDV1,\"An\r\nBình\",C1\r\n\r\nDV2,Cường,C1\r\nDV2,Cường,C2\r\n",
                StandardCharsets.UTF_8);

        assertThat(RowLines.of(file, InputSchemas.MEMBERS, "member_id", "DV1")).containsExactly(2L);
        assertThat(RowLines.of(file, InputSchemas.MEMBERS, "member_id", "DV2")).containsExactly(5L, 6L);
        assertThat(RowLines.of(file, InputSchemas.MEMBERS, "member_id", "DV9")).isEmpty();
    }

    @Test
    void aSemicolonFileWithASepLineIsRead() throws IOException {
        Path file = tmp.resolve("organizations.csv");
        Files.writeString(file, "sep=;\norg_id;name;type\nA;x, y;CELL\nB;z;CELL\n", StandardCharsets.UTF_8);

        assertThat(RowLines.of(file, InputSchemas.ORGANIZATIONS, "org_id", "B")).containsExactly(4L);
    }

    @Test
    void aMissingFileHasNoLine() {
        assertThat(RowLines.of(tmp.resolve("none.csv"), InputSchemas.MEMBERS, "member_id", "DV1")).isEmpty();
    }
}
