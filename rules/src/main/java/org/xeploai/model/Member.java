package org.xeploai.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A party member (đảng viên) as one row of {@code members.csv} describes them for the evaluation year.
 * Optional values are {@code null} when not given; booleans take their documented default.
 * Field names follow the contract's columns ({@code grade_tasks} is {@link #gradeTasks()}).
 */
public record Member(
        String memberId,
        String fullName,
        String orgId,
        MemberStatus status,
        LocalDate admittedOn,
        boolean civilServant,
        Level jobRating,
        Grade gradePoliticsEthics,
        Grade gradeDiscipline,
        Grade gradeTasks,
        TaskCounts tasks,
        BigDecimal score,
        BigDecimal scoreGeneral,
        BigDecimal scoreTasks,
        Discipline discipline,
        Integer violationYear,
        boolean disciplineSelfRemedied,
        boolean degradation,
        boolean outstanding,
        LeadershipRole leadershipRole,
        String leadsOrgId,
        BigDecimal sickLeaveMonths,
        boolean maternityLeave,
        boolean reviewed,
        boolean priorShortcomingsRemedied,
        BigDecimal lowConfidencePct,
        String quotaGroup,
        Level proposedLevel) implements Subject {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.MEMBER;
    }

    @Override
    public String subjectId() {
        return memberId;
    }

    public boolean disciplined() {
        return discipline != null;
    }

    /** Holds a seat in a leadership collective or heads an organization. */
    public boolean leader() {
        return leadershipRole != null;
    }

    public boolean head() {
        return leadershipRole == LeadershipRole.SECRETARY;
    }

    public static Builder builder(String memberId, String orgId) {
        return new Builder(memberId, orgId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(memberId, orgId);
        b.fullName = fullName;
        b.status = status;
        b.admittedOn = admittedOn;
        b.civilServant = civilServant;
        b.jobRating = jobRating;
        b.gradePoliticsEthics = gradePoliticsEthics;
        b.gradeDiscipline = gradeDiscipline;
        b.gradeTasks = gradeTasks;
        b.tasks = tasks;
        b.score = score;
        b.scoreGeneral = scoreGeneral;
        b.scoreTasks = scoreTasks;
        b.discipline = discipline;
        b.violationYear = violationYear;
        b.disciplineSelfRemedied = disciplineSelfRemedied;
        b.degradation = degradation;
        b.outstanding = outstanding;
        b.leadershipRole = leadershipRole;
        b.leadsOrgId = leadsOrgId;
        b.sickLeaveMonths = sickLeaveMonths;
        b.maternityLeave = maternityLeave;
        b.reviewed = reviewed;
        b.priorShortcomingsRemedied = priorShortcomingsRemedied;
        b.lowConfidencePct = lowConfidencePct;
        b.quotaGroup = quotaGroup;
        b.proposedLevel = proposedLevel;
        return b;
    }

    /** Builds a member with the contract's defaults for everything not set. */
    public static final class Builder {
        private String memberId;
        private String orgId;
        private String fullName;
        private MemberStatus status = MemberStatus.ACTIVE;
        private LocalDate admittedOn;
        private boolean civilServant;
        private Level jobRating;
        private Grade gradePoliticsEthics;
        private Grade gradeDiscipline;
        private Grade gradeTasks;
        private TaskCounts tasks;
        private BigDecimal score;
        private BigDecimal scoreGeneral;
        private BigDecimal scoreTasks;
        private Discipline discipline;
        private Integer violationYear;
        private boolean disciplineSelfRemedied;
        private boolean degradation;
        private boolean outstanding;
        private LeadershipRole leadershipRole;
        private String leadsOrgId;
        private BigDecimal sickLeaveMonths;
        private boolean maternityLeave;
        private boolean reviewed = true;
        private boolean priorShortcomingsRemedied = true;
        private BigDecimal lowConfidencePct;
        private String quotaGroup;
        private Level proposedLevel;

        private Builder(String memberId, String orgId) {
            this.memberId = memberId;
            this.orgId = orgId;
        }

        public Builder memberId(String v) { memberId = v; return this; }
        public Builder orgId(String v) { orgId = v; return this; }
        public Builder fullName(String v) { fullName = v; return this; }
        public Builder status(MemberStatus v) { status = v; return this; }
        public Builder admittedOn(LocalDate v) { admittedOn = v; return this; }
        public Builder civilServant(boolean v) { civilServant = v; return this; }
        public Builder jobRating(Level v) { jobRating = v; return this; }
        public Builder gradePoliticsEthics(Grade v) { gradePoliticsEthics = v; return this; }
        public Builder gradeDiscipline(Grade v) { gradeDiscipline = v; return this; }
        public Builder gradeTasks(Grade v) { gradeTasks = v; return this; }
        /** Sets all three criteria of the graded regulations at once. */
        public Builder grades(Grade politicsEthics, Grade discipline, Grade tasks) {
            gradePoliticsEthics = politicsEthics;
            gradeDiscipline = discipline;
            gradeTasks = tasks;
            return this;
        }
        public Builder tasks(TaskCounts v) { tasks = v; return this; }
        public Builder score(BigDecimal v) { score = v; return this; }
        public Builder scoreGeneral(BigDecimal v) { scoreGeneral = v; return this; }
        public Builder scoreTasks(BigDecimal v) { scoreTasks = v; return this; }
        public Builder discipline(Discipline v) { discipline = v; return this; }
        public Builder violationYear(Integer v) { violationYear = v; return this; }
        public Builder disciplineSelfRemedied(boolean v) { disciplineSelfRemedied = v; return this; }
        public Builder degradation(boolean v) { degradation = v; return this; }
        public Builder outstanding(boolean v) { outstanding = v; return this; }
        public Builder leadershipRole(LeadershipRole v) { leadershipRole = v; return this; }
        public Builder leadsOrgId(String v) { leadsOrgId = v; return this; }
        public Builder sickLeaveMonths(BigDecimal v) { sickLeaveMonths = v; return this; }
        public Builder maternityLeave(boolean v) { maternityLeave = v; return this; }
        public Builder reviewed(boolean v) { reviewed = v; return this; }
        public Builder priorShortcomingsRemedied(boolean v) { priorShortcomingsRemedied = v; return this; }
        public Builder lowConfidencePct(BigDecimal v) { lowConfidencePct = v; return this; }
        public Builder quotaGroup(String v) { quotaGroup = v; return this; }
        public Builder proposedLevel(Level v) { proposedLevel = v; return this; }

        public Member build() {
            return new Member(memberId, fullName, orgId, status, admittedOn, civilServant, jobRating,
                    gradePoliticsEthics, gradeDiscipline, gradeTasks, tasks, score, scoreGeneral, scoreTasks,
                    discipline, violationYear, disciplineSelfRemedied, degradation, outstanding, leadershipRole,
                    leadsOrgId, sickLeaveMonths, maternityLeave, reviewed, priorShortcomingsRemedied,
                    lowConfidencePct, quotaGroup, proposedLevel);
        }
    }
}
