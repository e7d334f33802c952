package org.xeploai.model.schema;

import org.xeploai.model.Text;

/**
 * One column of an input file: its canonical English name, its Vietnamese alias, the type of its values,
 * whether every row must fill it, and the default an empty cell takes (as documented to users).
 */
public record Column(String name, String alias, ValueType type, boolean required, String defaultText) {

    public static Column required(String name, String alias, ValueType type) {
        return new Column(name, alias, type, true, "");
    }

    public static Column optional(String name, String alias, ValueType type, String defaultText) {
        return new Column(name, alias, type, false, defaultText);
    }

    /** Whether a header cell names this column (case, diacritics, spaces, underscores and hyphens aside). */
    public boolean matches(String header) {
        String key = Text.key(header);
        return key.equals(Text.key(name)) || key.equals(Text.key(alias));
    }
}
