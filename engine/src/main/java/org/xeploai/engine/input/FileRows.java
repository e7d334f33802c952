package org.xeploai.engine.input;

import java.util.List;

/**
 * What one file gave: its rows in file order, the rows it refused for their values, how many data rows it had,
 * and the warnings about it.
 */
record FileRows<T>(String file, List<SourceRow<T>> rows, List<RejectedRow> rejected, long rowsRead,
                   List<InputWarning> warnings) {
}
