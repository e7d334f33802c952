package org.xeploai.engine.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file of the output folder, written into a temporary folder first (see {@link ResultWriter}). Other outputs
 * (a report, say) join the same all-or-nothing replacement by implementing this.
 */
public interface OutputFile {

    /** The file's name in the output folder, without any folder part. */
    String name();

    /** Writes the whole content to {@code out}; flushes but does not close it. */
    void writeTo(OutputStream out) throws IOException;
}
