package org.xeploai.engine.input;

import java.util.List;

/**
 * An input read partition by partition ({@link PartitionPlan}): what is read whole, then each partition as input of
 * its own. From files ({@link InputPartitions}) or from facts an integrator streams.
 */
public interface PartitionedInput extends AutoCloseable {

    /** Every organization, the collectives and targets, and what was counted or refused while reading whole. */
    InputData whole();

    int size();

    /** Partition {@code p} as input of its own; each is read once, possibly on another thread than the caller's. */
    InputData partition(int p);

    /**
     * The order of each of the partition's members in the whole input (a line, a position in a stream), in the order
     * of {@code slice.members()}: results are merged across partitions by it.
     */
    List<Long> memberOrder(int p, InputData slice);

    /** Deletes what is left of the temporary files. */
    @Override
    void close();
}
