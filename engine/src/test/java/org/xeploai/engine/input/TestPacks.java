package org.xeploai.engine.input;

import org.xeploai.rules.PackDescriptor;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Pack descriptors for reading tests, built without compiling a pack: only the columns matter to the readers.
 * Built through the record's components so that components the readers do not use may come and go.
 */
public final class TestPacks {

    private TestPacks() {
    }

    /** The columns {@code qd132-hd21} lists in its pack.yaml. */
    public static PackDescriptor qd132() {
        return descriptor("qd132-hd21",
                Map.of("members.csv", List.of("member_id", "org_id"),
                        "organizations.csv", List.of("org_id", "type")),
                Map.of("members.csv", List.of("grade_politics_ethics", "grade_discipline", "grade_tasks"),
                        "organizations.csv", List.of("grade_political_task", "grade_party_building")));
    }

    public static PackDescriptor descriptor(String name, Map<String, List<String>> required,
                                     Map<String, List<String>> forClassification) {
        RecordComponent[] components = PackDescriptor.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = switch (components[i].getName()) {
                case "name" -> name;
                case "requiredColumns" -> required;
                case "classificationColumns" -> forClassification;
                default -> types[i] == Map.class ? Map.of() : types[i] == List.class ? List.of()
                        : types[i] == String.class ? "" : null;
            };
        }
        try {
            Constructor<PackDescriptor> constructor = PackDescriptor.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
