package org.xeploai.model;

import java.math.BigDecimal;

/**
 * The final levels of what stands directly under an organization, counted once they are decided:
 * its members for a cell or grassroots cell, its partial committees and cells for a committee.
 * Only classified subordinates count in the shares (rule C-DENOM of the domain specification).
 *
 * @param orgId        the organization these results belong to
 * @param kind         {@code MEMBER} when the subordinates are members, {@code ORGANIZATION} otherwise
 * @param total        subordinates in the input, classified or not
 * @param classified   subordinates with a final level
 * @param atLeastHtnv  classified subordinates rated HTNV or better
 * @param goodOrAbove  classified subordinates rated HTTNV or better
 * @param disciplined  subordinates disciplined in the year (members: any discipline; organizations: the organization or its collective)
 */
public record SubordinateResults(String orgId, SubjectType kind, int total, int classified, int atLeastHtnv,
                                 int goodOrAbove, int disciplined) {

    /** Every classified subordinate is HTNV or better (vacuously true when none is classified). */
    public boolean allAtLeastHtnv() {
        return atLeastHtnv == classified;
    }

    /** HTTNV-or-better subordinates are at least {@code share} (0–1) of the classified ones; exact arithmetic. */
    public boolean goodOrAboveAtLeast(BigDecimal share) {
        return BigDecimal.valueOf(goodOrAbove).compareTo(share.multiply(BigDecimal.valueOf(classified))) >= 0;
    }

    /** Disciplined subordinates are more than {@code share} (0–1) of all of them; exact arithmetic. */
    public boolean disciplinedMoreThan(BigDecimal share) {
        return BigDecimal.valueOf(disciplined).compareTo(share.multiply(BigDecimal.valueOf(total))) > 0;
    }
}
