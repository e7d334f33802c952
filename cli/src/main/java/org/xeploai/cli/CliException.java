package org.xeploai.cli;

import java.util.List;

/**
 * A failure a command detects itself, with the exit code it ends the run with and a message key of the cli bundles.
 * Thrown by commands, reported by {@link ErrorReporter} like the engine's own exceptions.
 */
public class CliException extends RuntimeException {
    private final ExitCode exitCode;
    private final String messageKey;
    private final transient List<Object> args;

    public CliException(ExitCode exitCode, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.exitCode = exitCode;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** A usage error (exit 2). */
    public static CliException usage(String messageKey, Object... args) {
        return new CliException(ExitCode.USAGE, messageKey, args);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
