package org.xeploai.engine.input;

import java.util.Arrays;

/**
 * Which partition the first row of a member id was sent to, for millions of ids in little memory: each id is kept as a 128-bit
 * fingerprint (two independent 64-bit hashes) in open-addressing arrays, about 20 bytes per id instead of the ~100
 * a {@code HashMap<String, Integer>} takes. Two different ids share a fingerprint with a probability near
 * n²/2¹²⁹ (10⁻²⁶ for the country's 5.7 million members), so the map is treated as exact.
 * Each key remembers the partition its first row went to.
 */
final class IdRoutes {
    private static final int EMPTY = -1;

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int[] value = filled(1 << 10);
    private int size;

    /** The partition recorded for {@code id}, or -1. */
    int get(String id) {
        int slot = find(hashHigh(id), hashLow(id));
        return value[slot];
    }

    /** Records that the first row of {@code id} went to {@code partition}; later rows do not change it. */
    void putIfAbsent(String id, int partition) {
        long h = hashHigh(id);
        long l = hashLow(id);
        int slot = find(h, l);
        if (value[slot] == EMPTY) {
            high[slot] = h;
            low[slot] = l;
            value[slot] = partition;
            if (++size * 4L > value.length * 3L) {
                grow();
            }
        }
    }

    private int find(long h, long l) {
        int mask = value.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (value[slot] != EMPTY && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldValue = value;
        high = new long[oldValue.length * 2];
        low = new long[oldValue.length * 2];
        value = filled(oldValue.length * 2);
        for (int i = 0; i < oldValue.length; i++) {
            if (oldValue[i] != EMPTY) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                value[slot] = oldValue[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, EMPTY);
        return a;
    }

    private static long hashHigh(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = mix(h ^ s.charAt(i)) * 0xBF58476D1CE4E5B9L;
        }
        return mix(h ^ s.length());
    }

    private static long hashLow(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(h + s.length());
    }

    /** The finalizer of SplitMix64: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
