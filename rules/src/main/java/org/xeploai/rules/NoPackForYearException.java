package org.xeploai.rules;

import java.util.List;

/** No regulation covers the evaluation year asked for (exit code 4); says which years are covered. */
public class NoPackForYearException extends RuntimeException {
    private final int year;
    private final transient List<PackSummary> covered;

    public NoPackForYearException(int year, List<PackSummary> covered) {
        super("no rule pack covers evaluation year " + year + "; covered: " + covered);
        this.year = year;
        this.covered = List.copyOf(covered);
    }

    public int year() {
        return year;
    }

    public List<PackSummary> covered() {
        return covered;
    }
}
