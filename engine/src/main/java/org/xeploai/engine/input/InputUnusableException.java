package org.xeploai.engine.input;

import java.util.List;

/**
 * A file or column that makes the run impossible (exit code 3): a missing or unreadable file, a required column
 * missing, a file in a legacy encoding. Carries where (file, line, column where known) and a message key.
 */
public class InputUnusableException extends RuntimeException {
    private final String file;
    private final long line;
    private final String column;
    private final String messageKey;
    private final transient List<Object> args;

    public InputUnusableException(String file, long line, String column, String messageKey, Object... args) {
        super(file + (line > 0 ? ":" + line : "") + (column == null ? "" : " [" + column + "]") + ": " + messageKey);
        this.file = file;
        this.line = line;
        this.column = column;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
