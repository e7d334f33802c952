package org.xeploai.cli;

import org.xeploai.engine.Xeploai;
import org.xeploai.i18n.Messages;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The JVM entry point the launcher {@code ./xeploai} runs. Reads what only a process has: the environment variable
 * {@code XEPLOAI_TODAY} (yyyy-mm-dd, for end-to-end checks that need a fixed "today"), whether standard error is a
 * terminal ({@code -Dxeploai.stderr.tty=true|false}, set by the launcher), and writes UTF-8 so that Vietnamese
 * survives a C locale.
 */
public final class Main {
    static final String TODAY_VARIABLE = "XEPLOAI_TODAY";
    static final String STDERR_TTY_PROPERTY = "xeploai.stderr.tty";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.getenv(TODAY_VARIABLE), out, err));
    }

    static int run(String[] args, String today, PrintWriter out, PrintWriter err) {
        Clock clock;
        try {
            clock = clock(today);
        } catch (DateTimeParseException e) {
            Messages messages = Messages.of(CommonOptions.langOf(args));
            err.println(messages.get("cli.error.usage", messages.get("cli.error.today", TODAY_VARIABLE, today)));
            err.flush();
            return ExitCode.USAGE.code();
        }
        CliContext context = new CliContext(Xeploai.create(clock), stderrIsTerminal());
        CommandLine commandLine = XeploaiCommand.commandLine(context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The system clock, or midnight of {@code today} (yyyy-mm-dd) in the system's time zone. */
    static Clock clock(String today) {
        if (today == null || today.isBlank()) {
            return Clock.systemDefaultZone();
        }
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDate.parse(today.strip()).atStartOfDay(zone).toInstant(), zone);
    }

    /** What the launcher found with {@code [ -t 2 ]}; without it, whether the JVM has a console at all. */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TTY_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}
