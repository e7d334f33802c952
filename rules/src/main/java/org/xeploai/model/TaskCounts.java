package org.xeploai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The year's assigned tasks of a member: {@code total = onTime + late + notDone}; a late task is done;
 * {@code exceeded <= onTime + late}.
 */
public record TaskCounts(int total, int onTime, int exceeded, int late, int notDone) {

    public TaskCounts {
        if (total < 0 || onTime < 0 || exceeded < 0 || late < 0 || notDone < 0) {
            throw new IllegalArgumentException("task counts must not be negative");
        }
        if (total != onTime + late + notDone) {
            throw new IllegalArgumentException("tasks_total must equal tasks_on_time + tasks_late + tasks_not_done");
        }
        if (exceeded > onTime + late) {
            throw new IllegalArgumentException("tasks_exceeded must not exceed the tasks done (on time + late)");
        }
    }

    public int done() {
        return total - notDone;
    }

    /** Every task done, none late ("100% on time with quality"). */
    public boolean allOnTime() {
        return notDone == 0 && late == 0;
    }

    public boolean allDone() {
        return notDone == 0;
    }

    /** Done ÷ total, exact; 1 when no task was assigned. */
    public BigDecimal doneShare() {
        return total == 0 ? BigDecimal.ONE : share(done());
    }

    public BigDecimal exceededShare() {
        return share(exceeded);
    }

    public BigDecimal lateShare() {
        return share(late);
    }

    public BigDecimal notDoneShare() {
        return share(notDone);
    }

    private BigDecimal share(int count) {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
    }
}
