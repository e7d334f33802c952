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
        if (text == null) {
            return Optional.empty();
        }
        String key = Text.key(text);
        for (Grade grade : values()) {
            if (key.equals(Text.key(grade.name())) || key.equals(Text.key(grade.label)) || key.equals(Text.key(grade.alias))) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
