package org.xeploai.engine.partition;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A fact record (a member, a decision, an earlier year's level) as bytes in a temporary file and back, component by
 * component in declaration order: strings, numbers, booleans, dates, enums and nested records, any of them null.
 * Facts handed to a streamed run leave memory this way until their partition is classified.
 */
final class RecordCodec<R extends Record> {
    private final Class<R> type;
    private final Class<?>[] types;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;
    private final RecordCodec<?>[] nested;

    private RecordCodec(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        accessors = new MethodHandle[components.length];
        nested = new RecordCodec<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
                if (types[i].isRecord()) {
                    nested[i] = of(types[i].asSubclass(Record.class));
                }
            }
            constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot spill " + type.getName(), e);
        }
    }

    static <R extends Record> RecordCodec<R> of(Class<R> type) {
        return new RecordCodec<>(type);
    }

    void write(DataOutput out, R record) throws IOException {
        for (int i = 0; i < accessors.length; i++) {
            Object value;
            try {
                value = accessors[i].invoke(record);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + type.getSimpleName(), t);
            }
            writeValue(out, i, value);
        }
    }

    R read(DataInput in) throws IOException {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = readValue(in, i);
        }
        try {
            return type.cast(constructor.invokeWithArguments(values));
        } catch (Throwable t) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), t);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeValue(DataOutput out, int i, Object value) throws IOException {
        Class<?> t = types[i];
        if (t == boolean.class) {
            out.writeBoolean((Boolean) value);
            return;
        }
        if (t == int.class) {
            out.writeInt((Integer) value);
            return;
        }
        if (t == long.class) {
            out.writeLong((Long) value);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            SubjectResultCodec.string(out, s);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Integer n) {
            out.writeInt(n);
        } else if (value instanceof Long n) {
            out.writeLong(n);
        } else if (value instanceof BigDecimal d) {
            byte[] unscaled = d.unscaledValue().toByteArray();
            out.writeInt(d.scale());
            out.writeShort(unscaled.length);
            out.write(unscaled);
        } else if (value instanceof LocalDate d) {
            out.writeLong(d.toEpochDay());
        } else if (value instanceof Enum<?> e) {
            out.writeShort(e.ordinal());
        } else if (nested[i] != null) {
            ((RecordCodec) nested[i]).write(out, (Record) value);
        } else {
            throw new IllegalStateException("cannot spill a " + t.getName() + " of " + type.getSimpleName());
        }
    }

    private Object readValue(DataInput in, int i) throws IOException {
        Class<?> t = types[i];
        if (t == boolean.class) {
            return in.readBoolean();
        }
        if (t == int.class) {
            return in.readInt();
        }
        if (t == long.class) {
            return in.readLong();
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (t == String.class) {
            return SubjectResultCodec.string(in);
        } else if (t == Boolean.class) {
            return in.readBoolean();
        } else if (t == Integer.class) {
            return in.readInt();
        } else if (t == Long.class) {
            return in.readLong();
        } else if (t == BigDecimal.class) {
            int scale = in.readInt();
            byte[] unscaled = new byte[in.readShort()];
            in.readFully(unscaled);
            return new BigDecimal(new BigInteger(unscaled), scale);
        } else if (t == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (t.isEnum()) {
            return t.getEnumConstants()[in.readShort()];
        } else if (nested[i] != null) {
            return nested[i].read(in);
        }
        throw new IllegalStateException("cannot read back a " + t.getName() + " of " + type.getSimpleName());
    }
}
