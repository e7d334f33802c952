package org.xeploai.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A CSV output file: its name, its header and the code that writes its rows through the one {@link CsvOutput}. */
record CsvFile(String name, List<String> header, Rows rows) implements OutputFile {

    @FunctionalInterface
    interface Rows {
        void writeTo(CsvOutput out) throws IOException;
    }

    CsvFile {
        header = List.copyOf(header);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        CsvOutput csv = CsvOutput.start(out, header);
        rows.writeTo(csv);
        csv.finish();
    }
}
