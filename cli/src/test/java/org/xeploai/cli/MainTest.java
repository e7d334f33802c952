package org.xeploai.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The process entry: XEPLOAI_TODAY sets the clock for end-to-end checks. */
class MainTest {

    @Test
    void xeploaiTodaySetsTheCurrentYear() {
        assertThat(LocalDate.now(Main.clock("2020-05-01"))).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(Main.clock(null).getZone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void aYearAfterXeploaiTodayHasNoPack() {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"classify", "--year", "2021", "--input", "in", "--output", "out"},
                "2020-05-01", new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(err.toString()).contains("2021");
    }

    @Test
    void anXeploaiTodayThatIsNotADateIsAUsageError() {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"packs", "list", "--lang", "en"}, "31/12/2022",
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("XEPLOAI_TODAY=31/12/2022").contains("yyyy-mm-dd");
    }
}
