package org.xeploai.engine.pipeline;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a fact's value by the input column it came from ({@code grade_tasks} is {@code Member.gradeTasks()};
 * the five {@code tasks_*} columns are {@code tasks()}), to check that a subject to be classified has every
 * column its pack needs. Each column's accessor is looked up once per record class: reflection on record components
 * is slow, and every subject of a run is checked.
 */
final class RecordColumns {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private RecordColumns() {
    }

    /** The columns among {@code columns} whose value is not given in {@code fact}. */
    static List<String> missing(Record fact, List<String> columns) {
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (value(fact, c) == null) {
                missing.add(c);
            }
        }
        return missing;
    }

    static Object value(Record fact, String column) {
        Method accessor = ACCESSORS.get(fact.getClass()).computeIfAbsent(column, c -> accessor(fact.getClass(), c));
        try {
            return accessor.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column + " of " + fact.getClass().getSimpleName(), e);
        }
    }

    private static Method accessor(Class<?> type, String column) {
        String component = column.startsWith("tasks_") ? "tasks" : camel(column);
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(component)) {
                return rc.getAccessor();
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no column " + column);
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
