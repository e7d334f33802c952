package org.xeploai.engine.report;

/**
 * A subject the committee may ask about although it gets no award: selected "tiêu biểu" but not HTXSNV in the end,
 * or HTXSNV the four years before but not this year (A-1: only final HTXSNV subjects are proposed).
 */
public record AwardNotice(String subjectType, String subjectId, String name, Note note) {
}
