package org.xeploai.engine.report;

/**
 * Who gives an award (HD06 item 19): a committee named by the organization it leads.
 *
 * @param orgId   the organization whose committee (or standing committee) it is; null for the provincial standing
 *                committee, which a run does not hold
 * @param orgName its name as the input gives it
 */
public record Authority(Kind kind, String orgId, String orgName) {

    public enum Kind {
        /** The committee of a grassroots organization (đảng ủy cơ sở) or the grassroots cell (chi bộ cơ sở). */
        COMMITTEE,
        /** The standing committee (ban thường vụ) of a superior committee. */
        STANDING_COMMITTEE,
        /** The provincial standing committee (ban thường vụ tỉnh ủy, thành ủy). */
        PROVINCIAL_STANDING_COMMITTEE
    }
}
