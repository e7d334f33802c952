package org.xeploai.engine.pipeline;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;

import java.util.ArrayList;
import java.util.List;

/**
 * The leadership collectives of a run: those of {@code collectives.csv}, completed with the results of the unit
 * each leads; or, without the file, one for every organization that has members holding a {@code leadership_role}
 * (contract, "collectives.csv"), from the organization's own row.
 */
final class Collectives {
    private Collectives() {
    }

    static List<LeadershipCollective> derive(List<Organization> organizations, Context context) {
        List<LeadershipCollective> out = new ArrayList<>();
        for (Organization o : organizations) {
            if (o.type() != OrgType.SUPERIOR && context.collectiveMembers(o.orgId()) != null) {
                out.add(new LeadershipCollective(LeadershipCollective.DERIVED_ID_PREFIX + o.orgId(), o.orgId(), o.type(), o.foundedOn(),
                        o.gradePoliticalTask(), o.gradePartyBuilding(), o.disunity(), o.collectiveDiscipline(),
                        o.selfRemedied(), o.score(), o.scoreGeneral(), o.scoreTasks(), o.targetsMetPct(),
                        o.keyTargetsMissed(), o.forceMajeure(), o.programmeDonePct(), o.basicTargetsMissed(),
                        o.priorShortcomingsRemedied(), o.outstanding(), o.quotaGroup(), null));
            }
        }
        return out;
    }

    /**
     * A collective of the file with what only its organization's row says: type, founding date, the unit's results,
     * and the outstanding achievement the organization's row records (the contract's collectives.csv has no column
     * for it).
     */
    static LeadershipCollective complete(LeadershipCollective c, Organization unit) {
        return new LeadershipCollective(c.collectiveId(), c.orgId(), c.orgType() != null ? c.orgType() : unit.type(),
                c.foundedOn() != null ? c.foundedOn() : unit.foundedOn(), c.gradePoliticalTask(),
                c.gradePartyBuilding(), c.disunity(), c.collectiveDiscipline(), c.selfRemedied(), c.score(),
                c.scoreGeneral(), c.scoreTasks(), c.targetsMetPct() != null ? c.targetsMetPct() : unit.targetsMetPct(),
                c.keyTargetsMissed() || unit.keyTargetsMissed(), c.forceMajeure() || unit.forceMajeure(),
                c.programmeDonePct() != null ? c.programmeDonePct() : unit.programmeDonePct(),
                c.basicTargetsMissed() || unit.basicTargetsMissed(), c.priorShortcomingsRemedied(),
                c.outstanding() || unit.outstanding(),
                c.quotaGroup(), c.proposedLevel());
    }
}
