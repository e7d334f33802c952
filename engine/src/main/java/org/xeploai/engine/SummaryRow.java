package org.xeploai.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One row of {@code summary.csv}: the counts of one subject type within one scope (a grassroots organization or a
 * superior committee) and the three shares committees publish.
 *
 * @param subject MEMBER, CELL (partial committees included), GRASSROOTS_ORG or COLLECTIVE
 */
public record SummaryRow(String scopeOrgId, String subject, int total, int classified, int notClassified, int pending,
                         int htxsnv, int httnv, int htnv, int khtnv) {

    public int goodOrAbove() {
        return htxsnv + httnv;
    }

    /** (HTXSNV + HTTNV) ÷ classified × 100; empty over an empty base. */
    public Optional<BigDecimal> pctGoodOrAbove() {
        return pct(goodOrAbove(), classified);
    }

    /** HTXSNV ÷ classified × 100. */
    public Optional<BigDecimal> pctExcellent() {
        return pct(htxsnv, classified);
    }

    /** HTXSNV ÷ (HTXSNV + HTTNV) × 100: the base of the quota, and the "trong đó" share reports quote. */
    public Optional<BigDecimal> pctExcellentOfGoodOrAbove() {
        return pct(htxsnv, goodOrAbove());
    }

    private static Optional<BigDecimal> pct(int part, int base) {
        if (base == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 10, RoundingMode.HALF_UP));
    }
}
