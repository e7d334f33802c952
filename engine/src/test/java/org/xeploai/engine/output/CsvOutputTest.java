package org.xeploai.engine.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvOutputTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1)          | '=SUM(A1)
            +1+cmd            | '+1+cmd
            -2+3              | '-2+3
            @SUM(A1)          | '@SUM(A1)
            -3                | -3
            -2.5              | -2.5
            +4                | +4
            -                 | '-
            Nguyễn Văn A      | Nguyễn Văn A
            a=b               | a=b
            """)
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsAQuote(String text, String written) {
        assertThat(CsvOutput.cell(text)).isEqualTo(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreDefusedToo() {
        assertThat(CsvOutput.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvOutput.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersWeWriteOurselvesAreNeverQuotedBooleansAreTrueFalseAndNullIsEmpty() {
        assertThat(CsvOutput.cell(-7)).isEqualTo("-7");
        assertThat(CsvOutput.cell(-7L)).isEqualTo("-7");
        assertThat(CsvOutput.cell(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(CsvOutput.cell(true)).isEqualTo("true");
        assertThat(CsvOutput.cell(false)).isEqualTo("false");
        assertThat(CsvOutput.cell(null)).isEmpty();
    }

    @Test
    void aFileIsBomHeaderAndCrlfRowsWithFieldsQuotedOnlyWhereNeeded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOutput out = CsvOutput.start(bytes, List.of("a", "b", "c"));
        out.row("x, y", "dòng 1\ndòng 2", "say \"hi\"");
        out.row(null, 1, "=A1");
        out.finish();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFa,b,c\r\n\"x, y\",\"dòng 1\ndòng 2\",\"say \"\"hi\"\"\"\r\n\"\",1,'=A1\r\n");
    }
}
