package org.xeploai.model;

import java.util.Optional;

/** The grade of one criterion (cấp độ tiêu chí) in the regulations that grade criteria, best first. */
public enum Grade {
    /** Xuất sắc: excellent. */
    XS("Xuất sắc", "EXCELLENT"),
    /** Tốt: good. */
    T("Tốt", "GOOD"),
    /** Trung bình: average. */
    TB("Trung bình", "AVERAGE"),
    /** Kém: poor. */
    K("Kém", "POOR");

    private final String label;
    private final String alias;

    Grade(String label, String alias) {
        this.label = label;
        this.alias = alias;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Grade> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(Text.key(text)));
    }

    private static final java.util.Map<String, Grade> BY_KEY = new java.util.HashMap<>();

    static {
        for (Grade grade : values()) {
            BY_KEY.put(Text.key(grade.name()), grade);
            BY_KEY.put(Text.key(grade.label), grade);
            BY_KEY.put(Text.key(grade.alias), grade);
        }
    }
}
