package org.xeploai.engine.report;

import org.xeploai.model.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run of consecutive evaluation years with final level HTXSNV ending with the evaluation year (A-STREAK): the
 * year of the run counts with its final level, earlier years with {@code history.csv}. A year without a level
 * there (not classified, not yet a member, not recorded) breaks the run, as does any other level
 * (regulations §9 question 13). Years count across regimes, and a member's across organizations: history is keyed
 * by the subject's id only.
 *
 * @param length    consecutive HTXSNV years ending with {@code lastYear}; 0 when the evaluation year is not HTXSNV
 * @param brokenAt  the year before the run: the first year, going back, that is not HTXSNV
 * @param brokenBy  that year's level in the history; null when the history has none for it
 */
public record Streak(int length, int lastYear, int brokenAt, Level brokenBy) {
    /** Years running that the awards ask for. */
    public static final int AWARD_YEARS = 5;

    /**
     * @param current  the final level of the evaluation year; null when not classified
     * @param history  earlier years' final levels of the same subject, by year
     */
    public static Streak of(int year, Level current, Map<Integer, Level> history) {
        if (current != Level.HTXSNV) {
            return new Streak(0, year, year, current);
        }
        int y = year - 1;
        while (history.get(y) == Level.HTXSNV) {
            y--;
        }
        return new Streak(year - y, year, y, history.get(y));
    }

    public int firstYear() {
        return lastYear - length + 1;
    }

    /** Whether the run reaches the five years an award asks for. */
    public boolean fiveYears() {
        return length >= AWARD_YEARS;
    }

    /** The years of the run taken from the history (all but the evaluation year), oldest first. */
    public List<Integer> historyYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear(); y < lastYear; y++) {
            years.add(y);
        }
        return years;
    }
}
