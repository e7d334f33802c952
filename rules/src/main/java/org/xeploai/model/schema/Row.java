package org.xeploai.model.schema;

import java.util.Map;

/** The parsed cells of one input row, by canonical column name; a cell not given is absent. */
public final class Row {
    private final Map<String, Object> values;
    private final Map<String, String> raw;

    Row(Map<String, Object> values, Map<String, String> raw) {
        this.values = values;
        this.raw = raw;
    }

    @SuppressWarnings("unchecked")
    public <V> V get(String column) {
        return (V) values.get(column);
    }

    public <V> V getOrDefault(String column, V defaultValue) {
        V v = get(column);
        return v == null ? defaultValue : v;
    }

    public boolean flag(String column, boolean defaultValue) {
        Boolean v = get(column);
        return v == null ? defaultValue : v;
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** The text as found in the file, for messages. */
    public String raw(String column) {
        return raw.getOrDefault(column, "");
    }

    /** Refuses the row for a reason that involves this column (a check across cells). */
    public RowRejected reject(String column, String messageKey, Object... args) {
        return new RowRejected(new ValueProblem(column, raw(column), messageKey, args));
    }

    /** Thrown by a schema's factory when cells contradict each other. */
    public static final class RowRejected extends RuntimeException {
        private final transient ValueProblem problem;

        public RowRejected(ValueProblem problem) {
            super(problem.messageKey(), null, false, false);
            this.problem = problem;
        }

        public ValueProblem problem() {
            return problem;
        }
    }
}
