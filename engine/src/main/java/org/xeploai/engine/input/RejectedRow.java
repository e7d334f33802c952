package org.xeploai.engine.input;

import java.util.List;

/**
 * An input row refused, as {@code rejected.csv} lists it: the file, the physical line where the record starts
 * (header = line 1), the canonical column, the text found, and why, as a message key with arguments.
 */
public record RejectedRow(String file, long line, String column, String value, String messageKey, List<Object> args) {

    public RejectedRow {
        args = List.copyOf(args);
    }
}
