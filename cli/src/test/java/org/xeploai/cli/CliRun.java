package org.xeploai.cli;

import org.xeploai.engine.Xeploai;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One in-process run of the command line, with standard output and error captured. */
record CliRun(int exitCode, String out, String err) {

    /** 15 June 2023: 2018–2022 have a packaged pack, 2024 is in the future. */
    static final Clock JUNE_2023 = clockAt(LocalDate.of(2023, 6, 15));

    /** One engine per clock for the whole test run, so that the packaged pack is compiled once. */
    private static final Xeploai XEPLOAI_2023 = Xeploai.create(JUNE_2023);

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    static CliRun run(String... args) {
        return run(XEPLOAI_2023, args);
    }

    static CliRun run(Xeploai xeploai, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = XeploaiCommand.commandLine(new CliContext(xeploai, false));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
