package org.xeploai.model;

import java.time.LocalDate;

/**
 * The evaluation year being judged and the reference date for "under six months" rules
 * (default 31 December of the year: open question 12 of the domain specification).
 */
public record EvaluationPeriod(int year, LocalDate referenceDate) {

    public static EvaluationPeriod of(int year) {
        return new EvaluationPeriod(year, LocalDate.of(year, 12, 31));
    }

    /** True when {@code date} falls less than {@code months} months before the reference date. */
    public boolean withinMonthsBefore(LocalDate date, int months) {
        return date != null && date.isAfter(referenceDate.minusMonths(months));
    }
}
