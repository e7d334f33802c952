package org.xeploai.engine;

/**
 * Where every data row of one input file went:
 * {@code rowsIn = classified + notClassified + pending + accepted + rejected}. Rows of subjects count as classified,
 * not classified or pending; rows that are not subjects (superior committees, decisions, temporary-activity rows of
 * members) count as {@code accepted}.
 */
public record RowAccounting(String file, long rowsIn, long classified, long notClassified, long pending,
                            long accepted, long rejected) {

    /** The contract's invariant: every input row is accounted for. */
    public boolean balanced() {
        return rowsIn == classified + notClassified + pending + accepted + rejected;
    }
}
