package org.xeploai.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A file of the output folder made from other files of the same output once they are written (the workbook from
 * the CSV files): their content is then computed once, a pass over a run's results is made once, and the derived
 * file cannot say anything they do not. {@link OutputFolder} writes it after every {@link OutputFile}, which it reads
 * from the folder they were written in, and replaces it together with them.
 */
interface DerivedFile {

    /** The file's name in the output folder, without any folder part. */
    String name();

    /** Writes the whole content to {@code out}, reading the files it is made from in {@code written}; flushes. */
    void writeTo(OutputStream out, Path written) throws IOException;
}
