package org.xeploai.model;

import java.util.Optional;

/**
 * The four quality levels (mức xếp loại chất lượng), best first.
 * {@code HTTNV trở lên} ("good or above") means HTXSNV or HTTNV.
 */
public enum Level {
    /** Hoàn thành xuất sắc nhiệm vụ: excellently completed tasks. */
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Excellently completed tasks", "EXCELLENT", "XUẤT SẮC"),
    /** Hoàn thành tốt nhiệm vụ: completed tasks well. */
    HTTNV("Hoàn thành tốt nhiệm vụ", "Completed tasks well", "GOOD", "TỐT"),
    /** Hoàn thành nhiệm vụ: completed tasks. */
    HTNV("Hoàn thành nhiệm vụ", "Completed tasks", "COMPLETED"),
    /** Không hoàn thành nhiệm vụ: did not complete tasks. */
    KHTNV("Không hoàn thành nhiệm vụ", "Did not complete tasks", "NOT_COMPLETED");

    private final String label;
    private final String englishLabel;
    private final String[] aliases;

    Level(String label, String englishLabel, String... aliases) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.aliases = aliases;
    }

    /** The Vietnamese label written beside the code in every output. */
    public String label() {
        return label;
    }

    public String englishLabel() {
        return englishLabel;
    }

    /** True when this level is the same as or better than {@code other}. */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    public boolean isGoodOrAbove() {
        return atLeast(HTTNV);
    }

    /** The next better level, or empty for HTXSNV. */
    public Optional<Level> above() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public static Level worse(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Reads a level written in any accepted form: the code, the Vietnamese label,
     * the English alias or the short Vietnamese word, in any case, with or without diacritics.
     */
    public static Optional<Level> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(Text.key(text)));
    }

    private static final java.util.Map<String, Level> BY_KEY = new java.util.HashMap<>();

    static {
        for (Level level : values()) {
            BY_KEY.put(Text.key(level.name()), level);
            BY_KEY.put(Text.key(level.label), level);
            for (String alias : level.aliases) {
                BY_KEY.put(Text.key(alias), level);
            }
        }
    }
}
