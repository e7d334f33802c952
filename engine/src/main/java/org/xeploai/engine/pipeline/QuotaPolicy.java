package org.xeploai.engine.pipeline;

import org.xeploai.rules.LevelClause;
import org.xeploai.rules.Parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many HTXSNV a quota group may keep (domain specification §5, Q-STEP2): the share of the base, rounded as the
 * pack says, and whether places beyond it are taken away (ENFORCE) or only flagged (WARN).
 *
 * @param exceptionalShare the larger share an authority may allow (QĐ366 Art. 11.1.5), or null where there is none
 * @param rankByScore      where the regulation scores, candidates are told apart by score, then by tasks exceeded
 */
record QuotaPolicy(LevelClause clause, BigDecimal share, BigDecimal exceptionalShare, boolean goodOrAboveBase,
                   RoundingMode rounding, boolean enforce, boolean rankByScore) {

    /** No switch: the quota is enforced, "may not exceed" (members: Q-1; collectives: Q-2). */
    static final String ENFORCED = "";
    /**
     * Generation 1 organizations: the pack may only warn (domain specification §9, question 3). A pack without the
     * parameter enforces.
     */
    static final String ORGANIZATIONS = "quota.enforce_org_gen1";

    /** @param enforceParameter the switch between ENFORCE and WARN; absent from the pack: ENFORCE */
    static QuotaPolicy of(LevelClause clause, Parameters p, String enforceParameter) {
        BigDecimal exceptional = p.has("quota.exceptional_share") && !p.text("quota.exceptional_share").isBlank()
                && !p.is("quota.exceptional_share", "NONE") ? p.decimal("quota.exceptional_share") : null;
        return new QuotaPolicy(clause, p.decimal("quota.share"), exceptional, p.is("quota.base", "GOOD_OR_ABOVE"),
                switch (p.text("quota.rounding").toUpperCase(java.util.Locale.ROOT)) {
                    case "HALF_UP" -> RoundingMode.HALF_UP;
                    case "CEIL" -> RoundingMode.CEILING;
                    default -> RoundingMode.FLOOR;
                },
                !p.has(enforceParameter) || p.is(enforceParameter, "ENFORCE"),
                p.has("quota.rank_by_score") && p.is("quota.rank_by_score", "true"));
    }

    /**
     * The most HTXSNV allowed among {@code candidates} HTXSNV and {@code good} HTTNV. On the HTTNV-only base the cap
     * X ≤ share × G, with G counting the demoted, is X ≤ share × (C + G) ÷ (1 + share).
     */
    int maximum(int candidates, int good, boolean exceptional) {
        BigDecimal s = exceptional && exceptionalShare != null ? exceptionalShare : share;
        BigDecimal base = BigDecimal.valueOf((long) candidates + good);
        BigDecimal exact = goodOrAboveBase ? s.multiply(base)
                : s.multiply(base).divide(BigDecimal.ONE.add(s), 20, RoundingMode.HALF_EVEN);
        return exact.setScale(0, rounding).intValueExact();
    }
}
