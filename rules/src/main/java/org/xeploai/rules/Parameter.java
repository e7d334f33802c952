package org.xeploai.rules;

/**
 * One row of a pack's {@code parameters.csv}: a threshold, share or switch an inspection board may change.
 *
 * @param allowed   the values it may take: {@code min..max} for numbers, {@code A|B|C} for switches, empty for any
 * @param reference the legal source of its default value
 * @param line      its line in the file, for messages
 */
public record Parameter(String name, String value, String allowed, String description, String reference, int line) {
}
