package org.xeploai.model.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of one input file and how a row of it becomes a fact. Every reader (CSV, XLSX, a rule pack's cases)
 * goes through {@link #parse}, so that each value has one parser and each check one message.
 */
public final class RowSchema<T> {
    private final String file;
    private final List<Column> columns;
    private final Function<Row, T> factory;

    public RowSchema(String file, List<Column> columns, Function<Row, T> factory) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.factory = factory;
    }

    /** The file name as the contract gives it, e.g. {@code members.csv}. */
    public String file() {
        return file;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> columnForHeader(String header) {
        return columns.stream().filter(c -> c.matches(header)).findFirst();
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Parses one row given as cell texts by canonical column name.
     *
     * @param decimalComma whether a comma is the decimal separator (semicolon-delimited files)
     */
    public Parsed<T> parse(Map<String, String> cells, boolean decimalComma) {
        List<ValueProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (Column column : columns) {
            String text = cells.get(column.name());
            if (text != null) {
                raw.put(column.name(), text);
            }
            try {
                Object value = column.type().parse(text, decimalComma);
                if (value != null) {
                    values.put(column.name(), value);
                } else if (column.required()) {
                    problems.add(new ValueProblem(column.name(), "", "value.required"));
                }
            } catch (ValueType.InvalidValue e) {
                problems.add(new ValueProblem(column.name(), text, e.messageKey()));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed<>(null, problems);
        }
        try {
            return new Parsed<>(factory.apply(new Row(values, raw)), List.of());
        } catch (Row.RowRejected e) {
            return new Parsed<>(null, List.of(e.problem()));
        }
    }

    /** A fact, or the problems that refused its row. */
    public record Parsed<T>(T value, List<ValueProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
