package org.xeploai.webui.whatif;

import org.xeploai.engine.diff.PackDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * What the what-if page draws for one subject kind: the from × to table over the states either side uses, and a bar
 * chart of the four levels, A beside B, as inline SVG (geometry computed here, the template only places it).
 */
public record DiffView(String subject, int changed, int totalA, int totalB, List<String> states, List<Row> rows,
                       Chart chart) {
    static final List<String> LEVELS = PackDiff.STATES.subList(0, 4);
    static final int LABEL_WIDTH = 64;
    static final int BAR_AREA = 260;
    static final int BAR_HEIGHT = 13;
    static final int ROW = 2 * BAR_HEIGHT + 10;

    /** One row of the table: subjects in {@code from} under A, by their state under B (same order as states). */
    public record Row(String from, List<Cell> cells, int total) {
    }

    public record Cell(String to, int count, boolean diagonal) {
    }

    public record Chart(List<Bar> bars, int width, int height) {
    }

    /** One bar: {@code side} is A or B. */
    public record Bar(String level, String side, int count, int y, int length, int textX, int textY, boolean first) {
        public int labelX() {
            return LABEL_WIDTH - 6;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public int labelY() {
            return y + BAR_HEIGHT + 3;
        }
    }

    public static List<DiffView> of(PackDiff diff) {
        List<DiffView> views = new ArrayList<>();
        for (PackDiff.SubjectMoves s : diff.subjects()) {
            if (s.countsA().isEmpty() && s.countsB().isEmpty()) {
                continue;
            }
            List<String> states = PackDiff.STATES.stream()
                    .filter(st -> s.countA(st) > 0 || s.countB(st) > 0 || LEVELS.contains(st)).toList();
            List<Row> rows = new ArrayList<>();
            for (String from : states) {
                List<Cell> cells = new ArrayList<>();
                int total = 0;
                for (String to : states) {
                    int n = s.moved(from, to);
                    total += n;
                    cells.add(new Cell(to, n, from.equals(to)));
                }
                rows.add(new Row(from, cells, total));
            }
            int totalA = s.countsA().values().stream().mapToInt(Integer::intValue).sum();
            int totalB = s.countsB().values().stream().mapToInt(Integer::intValue).sum();
            views.add(new DiffView(s.subject(), s.changed(), totalA, totalB, states, rows, chart(s)));
        }
        return views;
    }

    static Chart chart(PackDiff.SubjectMoves s) {
        int max = 0;
        for (String level : LEVELS) {
            max = Math.max(max, Math.max(s.countA(level), s.countB(level)));
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            String level = LEVELS.get(i);
            int y = 4 + i * ROW;
            for (int side = 0; side < 2; side++) {
                int count = side == 0 ? s.countA(level) : s.countB(level);
                int length = max == 0 ? 0 : (int) Math.round((double) count * BAR_AREA / max);
                if (count > 0 && length == 0) {
                    length = 1;
                }
                int barY = y + side * BAR_HEIGHT;
                bars.add(new Bar(level, side == 0 ? "A" : "B", count, barY, length, LABEL_WIDTH + length + 6,
                        barY + BAR_HEIGHT - 3, side == 0));
            }
        }
        return new Chart(bars, LABEL_WIDTH + BAR_AREA + 70, 8 + LEVELS.size() * ROW);
    }
}
