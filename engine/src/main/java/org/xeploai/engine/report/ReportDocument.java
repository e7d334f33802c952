package org.xeploai.engine.report;

import java.util.List;

/**
 * A report as a list of blocks in the user's language, so that {@code report.html} and {@code report.pdf} show the
 * same content: each renderer only lays the blocks out.
 */
public record ReportDocument(String language, String title, String subtitle, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** One part of the report. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table, Chart {
    }

    /** A section title: level 1 for a numbered section, 2 within it. */
    public record Heading(int level, String text) implements Block {
    }

    /** A sentence or two; {@code strong} for a headline a committee would read out. */
    public record Paragraph(String text, boolean strong) implements Block {
    }

    /** Label and value pairs (the run's header). */
    public record Facts(List<List<String>> rows) implements Block {
        public Facts {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table.
     *
     * @param numeric per column, whether it holds figures (right-aligned)
     * @param widths  per column, its relative width
     * @param strongRows indexes of rows to set in bold (totals)
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric,
                        List<Integer> widths, List<Integer> strongRows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            numeric = List.copyOf(numeric);
            widths = List.copyOf(widths);
            strongRows = List.copyOf(strongRows);
        }
    }

    /** A horizontal bar chart: one bar per category, the value written after the bar. */
    public record Chart(String title, List<Bar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }

        public long max() {
            return bars.stream().mapToLong(Bar::value).max().orElse(0);
        }
    }

    /** @param color an RGB colour as {@code #rrggbb} */
    public record Bar(String label, long value, String valueText, String color) {
    }
}
