package org.xeploai.model;

/** The kinds of party organization in the tree a committee hands in. */
public enum OrgType {
    /** The committee running the classification (cấp ủy cấp trên); never classified itself. */
    SUPERIOR,
    /** Đảng bộ cơ sở: grassroots party committee. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở: grassroots party cell. */
    GRASSROOTS_CELL,
    /** Đảng bộ bộ phận: partial committee between a grassroots committee and its cells. */
    PARTIAL_COMMITTEE,
    /** Chi bộ trực thuộc: party cell under a grassroots or partial committee. */
    CELL;

    /** A tổ chức cơ sở đảng (TCCSĐ): grassroots committee or grassroots cell. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    /** Cells and partial committees, reported together as {@code CELL} in the summary. */
    public boolean isCellLike() {
        return this == CELL || this == PARTIAL_COMMITTEE;
    }

    /** Members are active in cells and grassroots cells only. */
    public boolean holdsMembers() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    /** Whether an organization of this type may stand directly under {@code parent}. */
    public boolean mayStandUnder(OrgType parent) {
        return switch (this) {
            case SUPERIOR -> parent == SUPERIOR;
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> parent == SUPERIOR;
            case PARTIAL_COMMITTEE -> parent == GRASSROOTS_COMMITTEE;
            case CELL -> parent == GRASSROOTS_COMMITTEE || parent == PARTIAL_COMMITTEE;
        };
    }
}
