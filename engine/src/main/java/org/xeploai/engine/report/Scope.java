package org.xeploai.engine.report;

/**
 * A superior committee of the run (cấp ủy cấp trên): a scope of {@code summary.csv} over which the report is
 * written.
 *
 * @param top whether no other superior committee of the run stands above it
 */
public record Scope(String orgId, String name, String parentId, boolean top) {

    /** The name, or the id where the input gives none. */
    public String displayName() {
        return name == null || name.isBlank() ? orgId : name;
    }
}
