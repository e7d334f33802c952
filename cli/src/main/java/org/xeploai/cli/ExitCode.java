package org.xeploai.cli;

/**
 * The exit codes of every {@code xeploai} command, defined here and nowhere else (the contract's list, plus 5).
 * Their descriptions in the usage help come from {@code cli.exit.<NAME>} in the cli bundles.
 */
public enum ExitCode {
    /** Success; rows may still have been rejected (see {@code rejected.csv}). */
    OK(0),
    /** A fault of xeploai itself: a one-line message, the stack trace only with {@code --debug}. */
    INTERNAL_ERROR(1),
    /** A wrong command line: unknown option, missing value, {@code --output} equal to {@code --input}. */
    USAGE(2),
    /** The input cannot be used: a file or required column missing, a file unreadable. */
    INPUT_UNUSABLE(3),
    /** The rule pack is invalid, or no pack covers the evaluation year. */
    RULE_PACK(4),
    /** The output folder could not be written. */
    OUTPUT_NOT_WRITTEN(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The key of this code's description in the cli bundles. */
    public String messageKey() {
        return "cli.exit." + name();
    }
}
