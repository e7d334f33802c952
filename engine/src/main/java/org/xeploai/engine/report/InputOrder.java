package org.xeploai.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Rows made part by part (a report's awards, its notices), each part already in the order the whole run gives,
 * merged into that order: by the rows' own order, then by the line of their subject in the input, which decides
 * where the whole run, reading its input in order, leaves rows equal. Parts of one run are merged, not sorted again,
 * so rows of a single part keep exactly the order it gave.
 */
final class InputOrder<T> {
    /** A row and the line of its subject in the input file that lists it. */
    record Placed<T>(T row, long line) {
    }

    private final Comparator<Placed<T>> order;
    private final List<List<Placed<T>>> parts = new ArrayList<>();

    InputOrder(Comparator<T> rowOrder) {
        this.order = Comparator.comparing((Placed<T> p) -> p.row(), rowOrder).thenComparingLong(Placed::line);
    }

    void addPart(List<Placed<T>> part) {
        parts.add(part);
    }

    void addParts(InputOrder<T> other) {
        parts.addAll(other.parts);
    }

    /** Every part's rows merged; of two equal rows, the earlier part's first. */
    List<T> rows() {
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> {
            int byRow = order.compare(parts.get(a[0]).get(a[1]), parts.get(b[0]).get(b[1]));
            return byRow != 0 ? byRow : Integer.compare(a[0], b[0]);
        });
        for (int p = 0; p < parts.size(); p++) {
            if (!parts.get(p).isEmpty()) {
                heads.add(new int[]{p, 0});
            }
        }
        List<T> out = new ArrayList<>();
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            List<Placed<T>> part = parts.get(head[0]);
            out.add(part.get(head[1]).row());
            if (head[1] + 1 < part.size()) {
                heads.add(new int[]{head[0], head[1] + 1});
            }
        }
        return out;
    }
}
