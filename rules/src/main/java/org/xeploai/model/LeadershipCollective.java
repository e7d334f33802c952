package org.xeploai.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A leadership collective (tập thể lãnh đạo, tập thể cấp ủy): the committee of a party organization, classified on
 * its own. From a row of {@code collectives.csv}, or, without that file, derived from the organization it leads
 * (its criteria, discipline and disunity) for every organization with members holding a {@code leadership_role}.
 * The results of the unit it leads (targets, programme, force majeure) come from that organization's row.
 *
 * @param orgId the organization whose committee this is
 */
public record LeadershipCollective(
        String collectiveId,
        String orgId,
        OrgType orgType,
        LocalDate foundedOn,
        Grade gradePoliticalTask,
        Grade gradePartyBuilding,
        boolean disunity,
        Discipline collectiveDiscipline,
        boolean selfRemedied,
        BigDecimal score,
        BigDecimal scoreGeneral,
        BigDecimal scoreTasks,
        BigDecimal targetsMetPct,
        boolean keyTargetsMissed,
        boolean forceMajeure,
        BigDecimal programmeDonePct,
        boolean basicTargetsMissed,
        boolean priorShortcomingsRemedied,
        boolean outstanding,
        String quotaGroup,
        Level proposedLevel) implements Subject {

    /** The id of a collective derived from its organization: "TT" for tập thể (collective). */
    public static final String DERIVED_ID_PREFIX = "TT-";

    public LeadershipCollective {
        Objects.requireNonNull(collectiveId, "collectiveId");
        Objects.requireNonNull(orgId, "orgId");
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.COLLECTIVE;
    }

    @Override
    public String subjectId() {
        return collectiveId;
    }

    public boolean disciplined() {
        return collectiveDiscipline != null;
    }
}
