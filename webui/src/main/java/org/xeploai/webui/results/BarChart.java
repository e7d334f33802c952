package org.xeploai.webui.results;

import org.xeploai.engine.SummaryRow;

import java.util.List;

/**
 * A horizontal bar chart of one summary row's four levels, drawn as inline SVG by the template (no script, no
 * outside address). Geometry is computed here so that the template only places what it is given.
 *
 * @param width  the SVG's width in user units
 * @param height the SVG's height in user units
 */
public record BarChart(List<Bar> bars, int width, int height) {
    static final int LABEL_WIDTH = 64;
    static final int BAR_AREA = 260;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;

    /**
     * One bar.
     *
     * @param level   HTXSNV, HTTNV, HTNV or KHTNV (also the CSS class that colours it)
     * @param y       top of the bar
     * @param length  the bar's length; at least 1 when the count is not zero, so that a small group still shows
     * @param textX   where the count is written, just after the bar
     */
    public record Bar(String level, int count, int y, int length, int textX, int textY) {
        public int labelX() {
            return LABEL_WIDTH - 6;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }

    public static BarChart of(SummaryRow row) {
        int[] counts = {row.htxsnv(), row.httnv(), row.htnv(), row.khtnv()};
        String[] levels = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            int length = max == 0 ? 0 : (int) Math.round((double) counts[i] * BAR_AREA / max);
            if (counts[i] > 0 && length == 0) {
                length = 1;
            }
            int y = 4 + i * ROW;
            bars.add(new Bar(levels[i], counts[i], y, length, LABEL_WIDTH + length + 6, y + BAR_HEIGHT - 4));
        }
        return new BarChart(bars, LABEL_WIDTH + BAR_AREA + 60, 8 + counts.length * ROW);
    }
}
