package org.xeploai.engine.input;

import org.xeploai.model.schema.RowSchema;
import org.xeploai.model.schema.ValueProblem;
import org.xeploai.rules.PackDescriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one input file through its {@link RowSchema}: the header mapped to canonical columns, then every row parsed
 * by the schema's one parser per value. A row with any bad value is refused as a whole, one rejected row per bad
 * cell, and the reading goes on.
 */
final class SchemaFileReader {

    private SchemaFileReader() {
    }

    static <T> FileRows<T> read(Path path, RowSchema<T> schema, PackDescriptor descriptor) {
        return read(CsvTableReader.open(path, schema.file()), schema, descriptor);
    }

    /** Reads the records of {@code source} (closed when done) through {@code schema}. */
    static <T> FileRows<T> read(TableReader source, RowSchema<T> schema, PackDescriptor descriptor) {
        String file = schema.file();
        List<SourceRow<T>> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<InputWarning> warnings = new ArrayList<>();
        try (TableReader reader = source) {
            HeaderMapping header = HeaderMapping.of(reader.header(), schema, descriptor);
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                Map<String, String> cells = header.cells(row);
                int extra = header.extraCells(row);
                if (extra > 0) {
                    String firstExtra = row.cells().subList(header.width(), row.cells().size()).stream()
                            .filter(c -> !c.isBlank()).findFirst().orElse("");
                    rejected.add(reader.tooManyCells(file, row.line(), firstExtra, header.width() + extra,
                            header.width()));
                    rows.add(new SourceRow<>(row.line(), null, cells));
                    continue;
                }
                RowSchema.Parsed<T> parsed = schema.parse(cells, reader.decimalComma());
                if (parsed.ok()) {
                    rows.add(new SourceRow<>(row.line(), parsed.value(), Map.of()));
                } else {
                    for (ValueProblem p : parsed.problems()) {
                        rejected.add(new RejectedRow(file, row.line(), p.column(), p.value(), p.messageKey(), p.args()));
                    }
                    rows.add(new SourceRow<>(row.line(), null, cells));
                }
            }
            header.unknownColumnsWarning().ifPresent(warnings::add);
            return new FileRows<>(file, rows, rejected, reader.rowsRead(), warnings);
        }
    }
}
