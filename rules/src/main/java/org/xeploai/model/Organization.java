package org.xeploai.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A party organization (tổ chức đảng) as one row of {@code organizations.csv} describes it for the evaluation year.
 * Optional values are {@code null} when not given.
 */
public record Organization(
        String orgId,
        String name,
        OrgType type,
        String parentId,
        LocalDate foundedOn,
        Grade gradePoliticalTask,
        Grade gradePartyBuilding,
        BigDecimal targetsMetPct,
        boolean keyTargetsMissed,
        Boolean linkedBodiesGood,
        Level linkedBodiesLevel,
        boolean forceMajeure,
        boolean selfRemedied,
        Discipline collectiveDiscipline,
        boolean corruptionHandled,
        boolean disunity,
        BigDecimal score,
        BigDecimal scoreGeneral,
        BigDecimal scoreTasks,
        BigDecimal programmeDonePct,
        boolean basicTargetsMissed,
        boolean priorShortcomingsRemedied,
        boolean outstanding,
        String quotaGroup,
        Level proposedLevel) implements Subject {

    public Organization {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.ORGANIZATION;
    }

    @Override
    public String subjectId() {
        return orgId;
    }

    public boolean grassroots() {
        return type.isGrassroots();
    }

    public boolean disciplined() {
        return collectiveDiscipline != null;
    }

    /**
     * Whether the government body and mass organizations this organization leads were rated at least {@code level}.
     * {@code linked_bodies_level} wins when given; otherwise {@code linked_bodies_good}: empty means there are none,
     * so the condition holds; {@code false} means below HTTNV, taken as HTNV.
     */
    public boolean linkedBodiesAtLeast(Level level) {
        if (linkedBodiesLevel != null) {
            return linkedBodiesLevel.atLeast(level);
        }
        if (linkedBodiesGood == null || linkedBodiesGood) {
            return true;
        }
        return Level.HTNV.atLeast(level);
    }

    public static Builder builder(String orgId, OrgType type, String parentId) {
        return new Builder(orgId, type, parentId);
    }

    /** Builds an organization with the contract's defaults for everything not set. */
    public static final class Builder {
        private String orgId;
        private String name;
        private OrgType type;
        private String parentId;
        private LocalDate foundedOn;
        private Grade gradePoliticalTask;
        private Grade gradePartyBuilding;
        private BigDecimal targetsMetPct;
        private boolean keyTargetsMissed;
        private Boolean linkedBodiesGood;
        private Level linkedBodiesLevel;
        private boolean forceMajeure;
        private boolean selfRemedied;
        private Discipline collectiveDiscipline;
        private boolean corruptionHandled;
        private boolean disunity;
        private BigDecimal score;
        private BigDecimal scoreGeneral;
        private BigDecimal scoreTasks;
        private BigDecimal programmeDonePct;
        private boolean basicTargetsMissed;
        private boolean priorShortcomingsRemedied = true;
        private boolean outstanding;
        private String quotaGroup;
        private Level proposedLevel;

        private Builder(String orgId, OrgType type, String parentId) {
            this.orgId = orgId;
            this.type = type;
            this.parentId = parentId;
        }

        public Builder orgId(String v) { orgId = v; return this; }
        public Builder type(OrgType v) { type = v; return this; }
        public Builder parentId(String v) { parentId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder foundedOn(LocalDate v) { foundedOn = v; return this; }
        public Builder gradePoliticalTask(Grade v) { gradePoliticalTask = v; return this; }
        public Builder gradePartyBuilding(Grade v) { gradePartyBuilding = v; return this; }
        /** Sets both graded criteria of an organization at once. */
        public Builder grades(Grade politicalTask, Grade partyBuilding) {
            gradePoliticalTask = politicalTask;
            gradePartyBuilding = partyBuilding;
            return this;
        }
        public Builder targetsMetPct(BigDecimal v) { targetsMetPct = v; return this; }
        public Builder keyTargetsMissed(boolean v) { keyTargetsMissed = v; return this; }
        public Builder linkedBodiesGood(Boolean v) { linkedBodiesGood = v; return this; }
        public Builder linkedBodiesLevel(Level v) { linkedBodiesLevel = v; return this; }
        public Builder forceMajeure(boolean v) { forceMajeure = v; return this; }
        public Builder selfRemedied(boolean v) { selfRemedied = v; return this; }
        public Builder collectiveDiscipline(Discipline v) { collectiveDiscipline = v; return this; }
        public Builder corruptionHandled(boolean v) { corruptionHandled = v; return this; }
        public Builder disunity(boolean v) { disunity = v; return this; }
        public Builder score(BigDecimal v) { score = v; return this; }
        public Builder scoreGeneral(BigDecimal v) { scoreGeneral = v; return this; }
        public Builder scoreTasks(BigDecimal v) { scoreTasks = v; return this; }
        public Builder programmeDonePct(BigDecimal v) { programmeDonePct = v; return this; }
        public Builder basicTargetsMissed(boolean v) { basicTargetsMissed = v; return this; }
        public Builder priorShortcomingsRemedied(boolean v) { priorShortcomingsRemedied = v; return this; }
        public Builder outstanding(boolean v) { outstanding = v; return this; }
        public Builder quotaGroup(String v) { quotaGroup = v; return this; }
        public Builder proposedLevel(Level v) { proposedLevel = v; return this; }

        public Organization build() {
            return new Organization(orgId, name, type, parentId, foundedOn, gradePoliticalTask, gradePartyBuilding,
                    targetsMetPct, keyTargetsMissed, linkedBodiesGood, linkedBodiesLevel, forceMajeure, selfRemedied,
                    collectiveDiscipline, corruptionHandled, disunity, score, scoreGeneral, scoreTasks,
                    programmeDonePct, basicTargetsMissed, priorShortcomingsRemedied, outstanding, quotaGroup,
                    proposedLevel);
        }
    }
}
