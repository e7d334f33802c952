package org.xeploai.rules;

/** A packaged pack as {@code packs list} shows it. */
public record PackSummary(String name, String version, YearRange years, String title, String legalBasis) {

    @Override
    public String toString() {
        return name + " (" + years + ")";
    }
}
