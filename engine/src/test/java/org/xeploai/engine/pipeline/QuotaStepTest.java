package org.xeploai.engine.pipeline;

import org.junit.jupiter.api.Test;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.FindingKind;
import org.xeploai.rules.LevelClause;
import org.xeploai.rules.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Q-1 and Q-2 (HD21 Mục II.B tiết 2.3 điểm a; domain specification §5) and the contract's "The quota step". */
class QuotaStepTest {
    private static final LevelClause Q1 = new LevelClause("Q-1", "HD21 Mục II.B tiết 2.3 điểm a");
    private static final QuotaPolicy ENFORCE_GOOD_OR_ABOVE =
            new QuotaPolicy(Q1, new BigDecimal("0.20"), null, true, RoundingMode.FLOOR, true, false);

    private final Map<String, Decision> decisions = new HashMap<>();
    private long decisionLine = 2;

    @Test
    void fourteenExcellentAmongSeventyGoodOrAboveAreExactlyTwentyPercentAndAllKeepIt() {
        List<Outcome> group = group(14, 56, 0);

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(count(group, Level.HTXSNV)).isEqualTo(14);
        assertThat(group).noneMatch(o -> o.quotaDemoted);
    }

    @Test
    void onTheHttnvOnlyBaseFourteenCandidatesBesideFiftySixGoodAreCutToEleven() {
        QuotaPolicy goodOnly = new QuotaPolicy(Q1, new BigDecimal("0.20"), null, false, RoundingMode.FLOOR, true, false);

        assertThat(goodOnly.maximum(14, 56, false)).isEqualTo(11);
        assertThat(ENFORCE_GOOD_OR_ABOVE.maximum(14, 56, false)).isEqualTo(14);
    }

    @Test
    void roundingIsAPackParameter() {
        assertThat(ENFORCE_GOOD_OR_ABOVE.maximum(3, 9, false)).isEqualTo(2);
        assertThat(new QuotaPolicy(Q1, new BigDecimal("0.20"), null, true, RoundingMode.HALF_UP, true, false)
                .maximum(3, 9, false)).isEqualTo(2);
        assertThat(new QuotaPolicy(Q1, new BigDecimal("0.20"), null, true, RoundingMode.CEILING, true, false)
                .maximum(3, 9, false)).isEqualTo(3);
    }

    @Test
    void candidatesBeyondTheQuotaInTheAuthoritysOrderBecomeHttnvAndAreMarkedDemoted() {
        List<Outcome> group = group(4, 6, 0); // base 10, N = 2
        rank(group.get(0), 3);
        rank(group.get(1), 1);
        rank(group.get(2), 2);
        rank(group.get(3), 4);

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(group.get(1).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(2).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(0).level).isEqualTo(Level.HTTNV);
        assertThat(group.get(0).quotaDemoted).isTrue();
        assertThat(group.get(3).quotaDemoted).isTrue();
        assertThat(group.get(0).findings).anyMatch(f -> f.ruleId().equals("Q-1") && f.kind() == FindingKind.CAP
                && f.detail().contains("N=2"));
    }

    @Test
    void candidatesThatCannotBeToldApartAtTheBoundaryAreLeftToTheAuthority() {
        List<Outcome> group = group(3, 7, 0); // base 10, N = 2, no ranks

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(group.subList(0, 3)).allMatch(o -> o.status == ClassificationStatus.PENDING && !o.quotaDemoted
                && o.level == null);
    }

    @Test
    void rankedCandidatesKeepThePlacesAndTheUnrankedTieBeyondThemIsDemoted() {
        List<Outcome> group = group(4, 6, 0); // N = 2
        rank(group.get(2), 1);
        rank(group.get(3), 2);

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(group.get(2).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(3).level).isEqualTo(Level.HTXSNV);
        assertThat(group.subList(0, 2)).allMatch(o -> o.quotaDemoted && o.level == Level.HTTNV);
    }

    @Test
    void aCandidateTheAuthorityNamesHtxsnvKeepsItFirst() {
        List<Outcome> group = group(3, 7, 0); // N = 2
        decide(group.get(2), Level.HTXSNV);
        rank(group.get(0), 1);

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(group.get(2).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(0).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(1).quotaDemoted).isTrue();
    }

    @Test
    void aDecisionAlwaysAppliesAndOneBeyondTheQuotaCarriesAWarningNamingTheClause() {
        List<Outcome> group = group(0, 5, 0); // N = 1
        decide(group.get(0), Level.HTXSNV);
        decide(group.get(1), Level.HTXSNV);

        new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(group);

        assertThat(group.get(0).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(1).level).isEqualTo(Level.HTXSNV);
        assertThat(group.get(0).findings).anyMatch(f -> f.kind() == FindingKind.WARNING && f.ruleId().equals("Q-1"));
        assertThat(group.get(0).findings).anyMatch(f -> f.ruleId().equals(QuotaStep.DECISION_RULE)
                && f.detail().contains("computed_level=HTTNV"));
    }

    @Test
    void underWarnLevelsStayAndEveryCandidateOfAGroupOverItsQuotaIsFlagged() {
        QuotaPolicy warn = new QuotaPolicy(Q1, new BigDecimal("0.20"), null, true, RoundingMode.FLOOR, false, false);
        List<Outcome> group = group(3, 7, 0);

        new QuotaStep(warn, decisions).apply(group);

        assertThat(count(group, Level.HTXSNV)).isEqualTo(3);
        assertThat(group.subList(0, 3)).allMatch(o -> o.findings.stream().anyMatch(f -> f.kind() == FindingKind.WARNING));
    }

    @Test
    void aDecisionAboutASubjectNotClassifiedIsRefused() {
        Outcome exempt = new Outcome(member("DV9"), "G1", new Verdict(SubjectType.MEMBER, "DV9",
                ClassificationStatus.NOT_CLASSIFIED, null, List.of()));
        decide(exempt, Level.HTTNV);

        List<RejectedRow> refused = new QuotaStep(ENFORCE_GOOD_OR_ABOVE, decisions).apply(List.of(exempt));

        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("decisions.csv");
            assertThat(r.messageKey()).isEqualTo("decision.not_classified");
        });
        assertThat(exempt.status).isEqualTo(ClassificationStatus.NOT_CLASSIFIED);
    }

    @Test
    void theExceptionalShareAppliesOnlyWithTheAuthoritysLeave() {
        QuotaPolicy gen3 = new QuotaPolicy(Q1, new BigDecimal("0.20"), new BigDecimal("0.25"), true, RoundingMode.FLOOR,
                true, true);
        assertThat(gen3.maximum(5, 15, false)).isEqualTo(4);
        assertThat(gen3.maximum(5, 15, true)).isEqualTo(5);
    }

    private List<Outcome> group(int excellent, int good, int average) {
        List<Outcome> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < excellent; i++) {
            out.add(outcome("DV" + n++, Level.HTXSNV));
        }
        for (int i = 0; i < good; i++) {
            out.add(outcome("DV" + n++, Level.HTTNV));
        }
        for (int i = 0; i < average; i++) {
            out.add(outcome("DV" + n++, Level.HTNV));
        }
        return out;
    }

    private static Outcome outcome(String id, Level level) {
        return new Outcome(member(id), "G1", new Verdict(SubjectType.MEMBER, id, ClassificationStatus.CLASSIFIED, level,
                List.of()));
    }

    private static Member member(String id) {
        return Member.builder(id, "C1").build();
    }

    private void rank(Outcome o, int rank) {
        decisions.put(o.subject.subjectId(), new Decision(SubjectType.MEMBER, o.subject.subjectId(), Level.HTXSNV, null,
                "BTV", rank, false, false, decisionLine++));
    }

    private void decide(Outcome o, Level level) {
        decisions.put(o.subject.subjectId(), new Decision(SubjectType.MEMBER, o.subject.subjectId(), level, "xét lại",
                "BTV", null, false, false, decisionLine++));
    }

    private static long count(List<Outcome> group, Level level) {
        return group.stream().filter(o -> o.classifiedAs(level)).count();
    }
}
