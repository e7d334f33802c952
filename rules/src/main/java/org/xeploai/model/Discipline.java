package org.xeploai.model;

import java.util.Optional;

/**
 * A party discipline (hình thức kỷ luật, Quy định 69-QĐ/TW), mildest first.
 * Members: KHIEN_TRACH, CANH_CAO, CACH_CHUC, KHAI_TRU; organizations and collectives: KHIEN_TRACH, CANH_CAO, GIAI_TAN.
 */
public enum Discipline {
    /** Khiển trách: reprimand. */
    KHIEN_TRACH("Khiển trách"),
    /** Cảnh cáo: warning. */
    CANH_CAO("Cảnh cáo"),
    /** Cách chức: dismissal from post. */
    CACH_CHUC("Cách chức"),
    /** Khai trừ: expulsion. */
    KHAI_TRU("Khai trừ"),
    /** Giải tán: dissolution (organizations only). */
    GIAI_TAN("Giải tán");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this form is as severe as {@code other} or more (warning or above, for example). */
    public boolean atLeast(Discipline other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<Discipline> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(Text.key(text)));
    }

    private static final java.util.Map<String, Discipline> BY_KEY = new java.util.HashMap<>();

    static {
        for (Discipline d : values()) {
            BY_KEY.put(Text.key(d.name()), d);
            BY_KEY.put(Text.key(d.label), d);
        }
    }
}
