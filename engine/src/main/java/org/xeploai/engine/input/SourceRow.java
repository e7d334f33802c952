package org.xeploai.engine.input;

import org.xeploai.model.Text;

import java.util.Map;

/**
 * One data row of an input file after its values were parsed: the fact, or {@code null} when a value refused the
 * row (the reasons are already among the file's rejected rows). A refused row keeps its cells, so that the checks
 * across rows can still see its id (a child of a refused organization is refused in turn).
 */
record SourceRow<T>(long line, T value, Map<String, String> cells) {

    boolean parsed() {
        return value != null;
    }

    /** The cell of a refused row, NFC and stripped; empty when absent. */
    String raw(String column) {
        String text = cells.get(column);
        return text == null ? "" : Text.nfc(text.strip());
    }
}
