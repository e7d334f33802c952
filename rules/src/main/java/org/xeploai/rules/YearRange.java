package org.xeploai.rules;

/** The evaluation years a pack covers, both ends included; {@code to} is empty for a regulation still in force. */
public record YearRange(int from, Integer to) {

    public boolean contains(int year) {
        return year >= from && (to == null || year <= to);
    }

    public boolean overlaps(YearRange other) {
        int end = to == null ? Integer.MAX_VALUE : to;
        int otherEnd = other.to == null ? Integer.MAX_VALUE : other.to;
        return from <= otherEnd && other.from <= end;
    }

    /** Parses "2018-2022" or "2025-" (open-ended). */
    public static YearRange parse(String text) {
        String[] parts = text.strip().split("\\s*-\\s*", -1);
        int from = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return new YearRange(from, from);
        }
        return new YearRange(from, parts[1].isEmpty() ? null : Integer.valueOf(parts[1]));
    }

    @Override
    public String toString() {
        return to == null ? from + "–" : from == to ? Integer.toString(from) : from + "–" + to;
    }
}
