package org.xeploai.engine.reliability;

import org.junit.jupiter.api.DynamicTest;

import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Property checks with plain JUnit: a property runs over a bounded number of trials, each drawing its arguments from
 * its own seed, derived from a fixed master seed (override with {@code -Dxeploai.trials.seed=N}), so that every
 * run is repeatable and a failing trial is named by the seed that reproduces it.
 */
final class Trials {
    private static final long MASTER_SEED = Long.getLong("xeploai.trials.seed", 20221231L);

    private Trials() {
    }

    static Stream<DynamicTest> run(int trials, String property, Consumer<Random> check) {
        Random master = new Random(MASTER_SEED ^ property.hashCode());
        return IntStream.range(0, trials).mapToObj(i -> {
            long seed = master.nextLong();
            return DynamicTest.dynamicTest(property + " #" + i + " (seed " + seed + ")",
                    () -> check.accept(new Random(seed)));
        });
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
