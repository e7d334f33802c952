package org.xeploai.engine.report;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence of a report or of an output cell, kept as a message key of the {@code report} bundle with its arguments
 * so that it is written in the user's language ({@link ReportText#note}). Numbers stay numbers until then, so that
 * Vietnamese text gets its decimal comma.
 */
public record Note(String key, List<Object> args) {

    public Note {
        args = List.copyOf(args);
    }

    public static Note of(String key, Object... args) {
        return new Note(key, Arrays.asList(args));
    }
}
