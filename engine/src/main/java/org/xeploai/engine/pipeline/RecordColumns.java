package org.xeploai.engine.pipeline;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a fact's value by the input column it came from ({@code grade_tasks} is {@code Member.gradeTasks()};
 * the five {@code tasks_*} columns are {@code tasks()}), to check that a subject to be classified has every
 * column its pack needs. The accessors are looked up once per record class: reflection on record components is slow.
 */
final class RecordColumns {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                byName.put(rc.getName(), rc.getAccessor());
            }
            return byName;
        }
    };

    private RecordColumns() {
    }

    /** The columns among {@code columns} whose value is not given in {@code fact}. */
    static List<String> missing(Record fact, List<String> columns) {
        return columns.stream().filter(c -> value(fact, c) == null).toList();
    }

    static Object value(Record fact, String column) {
        String component = column.startsWith("tasks_") ? "tasks" : camel(column);
        Method accessor = ACCESSORS.get(fact.getClass()).get(component);
        if (accessor == null) {
            throw new IllegalArgumentException(fact.getClass().getSimpleName() + " has no column " + column);
        }
        try {
            return accessor.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column + " of " + fact.getClass().getSimpleName(), e);
        }
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
