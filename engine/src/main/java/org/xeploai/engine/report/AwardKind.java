package org.xeploai.engine.report;

/**
 * What {@code awards.csv} proposes (regulations §7, HD06 item 19 and the guides before it with the same tiers).
 * The code is what the {@code award} column holds.
 */
public enum AwardKind {
    /** A member rated HTXSNV in the year: giấy khen of the grassroots committee or grassroots cell. */
    HTXSNV_YEAR,
    /** A member rated HTXSNV five years running (A-STREAK): giấy khen of the standing committee above the
     *  grassroots organization, or bằng khen of the provincial standing committee. */
    HTXSNV_5_YEARS,
    /** A subject the authority selected "HTXSNV tiêu biểu" in {@code decisions.csv} (A-TIEUBIEU). */
    HTXSNV_TIEU_BIEU,
    /** An organization "HTXSNV tiêu biểu" this year and HTXSNV the four years before (A-STREAK). */
    HTXSNV_TIEU_BIEU_5_YEARS,
    /** An HTXSNV organization or collective not selected: listed, ranked, for the authority's choice. */
    CANDIDATE
}
