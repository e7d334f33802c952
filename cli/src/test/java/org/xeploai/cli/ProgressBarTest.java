package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar shows only on a terminal, and only once a run has lasted about two seconds. */
class ProgressBarTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintWriter(err, true), Messages.of(Lang.VI), terminal, 0, now::get);
    }

    @Test
    void noBarWhenStandardErrorIsNotATerminal() {
        ProgressBar bar = bar(false);
        now.set(ProgressBar.SHOW_AFTER_NANOS * 10);
        bar.progress(5, 10);
        bar.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void noBarForAShortRun() {
        ProgressBar bar = bar(true);
        now.set(ProgressBar.SHOW_AFTER_NANOS / 2);
        bar.progress(10, 10);
        bar.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongRunOnATerminalDrawsTheBarOnOneLineAndEndsIt() {
        ProgressBar bar = bar(true);
        now.set(ProgressBar.SHOW_AFTER_NANOS + 1);
        bar.progress(5, 10);
        now.addAndGet(ProgressBar.SHOW_AFTER_NANOS);
        bar.progress(10, 10);
        bar.finish();

        assertThat(err.toString()).startsWith("\r[###############...............] 5/10 tổ chức cơ sở đảng (50%)")
                .contains("\r[##############################] 10/10 tổ chức cơ sở đảng (100%)")
                .endsWith(System.lineSeparator());
    }

    @Test
    void whileALargeInputIsReadTheBarSaysHowManyRowsThenMakesWayForTheOrganizations() {
        ProgressBar bar = bar(true);
        now.set(ProgressBar.SHOW_AFTER_NANOS + 1);
        bar.reading(1_000_000);
        now.addAndGet(ProgressBar.SHOW_AFTER_NANOS);
        bar.progress(0, 10);
        bar.finish();

        assertThat(err.toString()).startsWith("\rĐang đọc dữ liệu vào: 1000000 dòng")
                .contains("\r[..............................] 0/10 tổ chức cơ sở đảng (0%)")
                .endsWith(System.lineSeparator());
    }
}
