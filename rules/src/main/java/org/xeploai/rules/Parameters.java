package org.xeploai.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A pack's parameters as they reach the rules: one fact per session, read in constraints as
 * {@code $p.decimal("org.xs.subordinates_good_share")} or {@code $p.is("quota.base", "GOOD_OR_ABOVE")}.
 */
public final class Parameters {
    private final Map<String, Parameter> byName;

    public Parameters(Map<String, Parameter> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public Map<String, Parameter> all() {
        return byName;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public String text(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new NoSuchElementException("unknown parameter: " + name);
        }
        return p.value();
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(text(name));
    }

    public int integer(String name) {
        return Integer.parseInt(text(name));
    }

    public boolean is(String name, String value) {
        return text(name).equalsIgnoreCase(value);
    }

    /** A copy with some values replaced, for cases and what-if runs; unknown names are refused. */
    public Parameters with(Map<String, String> overrides) {
        Map<String, Parameter> copy = new LinkedHashMap<>(byName);
        overrides.forEach((name, value) -> {
            Parameter p = copy.get(name);
            if (p == null) {
                throw new NoSuchElementException("unknown parameter: " + name);
            }
            copy.put(name, new Parameter(name, value, p.allowed(), p.description(), p.reference(), p.line()));
        });
        return new Parameters(copy);
    }

    @Override
    public String toString() {
        return "Parameters" + byName.keySet();
    }
}
