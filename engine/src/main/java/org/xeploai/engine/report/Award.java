package org.xeploai.engine.report;

import java.util.List;

/**
 * An award proposed to the authority that gives it (A-1: a proposal, never automatic), or a candidate listed for
 * the authority's choice: one row of {@code awards.csv}.
 *
 * @param subjectType  {@code MEMBER}, {@code GRASSROOTS_ORG}, {@code CELL} (partial committees included) or
 *                     {@code COLLECTIVE}
 * @param orgId        for a member, the cell; for an organization, its parent; for a collective, the organization
 *                     it leads
 * @param orgName      the grassroots organization's name (for a grassroots organization, its superior committee's)
 * @param fromYear     first year of the streak the award rests on (the evaluation year for an award of the year)
 * @param rank         for a candidate, its place among the candidates of the same authority and subject type
 * @param basis        rule ids and the guide the award rests on
 */
public record Award(String subjectType, String subjectId, String name, String orgId, String grassrootsId,
                    String orgName, AwardKind kind, int fromYear, int toYear, Authority authority, Integer rank,
                    String basis, List<Note> notes) {

    public Award {
        notes = List.copyOf(notes);
    }

    /** "2022", or "2018-2022" for a streak. */
    public String years() {
        return fromYear == toYear ? Integer.toString(toYear) : fromYear + "-" + toYear;
    }
}
