package org.xeploai.engine.input;

import java.util.List;

/** One record of a CSV file: the physical line where it starts (header = line 1) and its cells as written. */
record CsvRow(long line, List<String> cells) {

    /** A record of nothing but empty cells (a blank line, or a row of delimiters that Excel leaves behind). */
    boolean blank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
