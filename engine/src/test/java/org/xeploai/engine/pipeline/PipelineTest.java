package org.xeploai.engine.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.Grade;
import org.xeploai.model.LeadershipRole;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xeploai.model.Grade.T;
import static org.xeploai.model.Grade.XS;

/**
 * The bottom-up order of the regulations under pack qd132-hd21: members, then their quota, then the cells that count
 * their final levels, then the grassroots organization; the head's cap after the organization is decided.
 */
class PipelineTest {
    private static RulePack pack;

    @BeforeAll
    static void loadPack() {
        pack = RulePackRegistry.packaged().get("qd132-hd21");
    }

    private final List<Organization> organizations = new ArrayList<>(List.of(
            Organization.builder("S", OrgType.SUPERIOR, null).name("Đảng bộ Các cơ quan tỉnh").build(),
            org("G1", OrgType.GRASSROOTS_COMMITTEE, "S", XS, XS, true),
            org("C1", OrgType.CELL, "G1", XS, XS, true),
            org("C2", OrgType.CELL, "G1", T, T, false),
            org("G2", OrgType.GRASSROOTS_CELL, "S", T, T, false)));
    private final List<Member> members = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    @Test
    void aCellCountsItsMembersFinalLevelsSoOneMemberKhtnvKeepsItBelowHttnv() {
        members.addAll(good("C1", 5));
        members.addAll(good("C2", 4));
        members.add(Member.builder("KO", "C2").grades(T, T, T).degradation(true).build());

        ClassificationResult result = run();

        assertThat(level(result.members(), "KO")).isEqualTo(Level.KHTNV);
        SubjectResult c2 = find(result.organizations(), "C2");
        assertThat(c2.level()).isEqualTo(Level.HTNV);
        assertThat(c2.findings()).anyMatch(f -> f.ruleId().equals("R1-ORG-T/subordinates"));
        // the grassroots committee counts its cells: one of two at HTNV is under 80% HTTNV+, so not HTXSNV
        assertThat(find(result.organizations(), "G1").level()).isEqualTo(Level.HTTNV);
    }

    @Test
    void membersHtxsnvAreLimitedWithinEachGrassrootsOrganizationInTheAuthoritysOrder() {
        members.addAll(excellent("G2", 3));
        members.addAll(good("G2", 7));
        decisions.add(new Decision(SubjectType.MEMBER, "G2-XS2", Level.HTXSNV, null, "BTV", 1, false, false, 2));
        decisions.add(new Decision(SubjectType.MEMBER, "G2-XS0", Level.HTXSNV, null, "BTV", 2, false, false, 3));

        ClassificationResult result = run();

        assertThat(level(result.members(), "G2-XS2")).isEqualTo(Level.HTXSNV);
        assertThat(level(result.members(), "G2-XS0")).isEqualTo(Level.HTXSNV);
        SubjectResult demoted = find(result.members(), "G2-XS1");
        assertThat(demoted.level()).isEqualTo(Level.HTTNV);
        assertThat(demoted.computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(demoted.quotaDemoted()).isTrue();
        assertThat(demoted.findings()).anyMatch(f -> f.ruleId().equals("Q-1")
                && f.reference().startsWith("Hướng dẫn 21-HD/BTCTW"));
    }

    @Test
    void theHeadOfACellIsNotRankedAboveTheCellHeHeads() {
        members.addAll(good("C2", 4));
        members.add(Member.builder("BT", "C2").grades(XS, XS, XS).outstanding(true)
                .leadershipRole(LeadershipRole.SECRETARY).leadsOrgId("C2").build());

        ClassificationResult result = run();

        SubjectResult head = find(result.members(), "BT");
        assertThat(head.computedLevel()).isEqualTo(Level.HTXSNV);
        assertThat(find(result.organizations(), "C2").level()).isEqualTo(Level.HTTNV);
        assertThat(head.level()).isEqualTo(Level.HTTNV);
        assertThat(head.findings()).anyMatch(f -> f.ruleId().equals("C-HEAD"));
    }

    @Test
    void everyRowIsAccountedForAndTheSummaryCountsEachScope() {
        members.addAll(good("C1", 4));
        members.addAll(excellent("C1", 1));
        members.add(Member.builder("EX", "C2").status(MemberStatus.EXEMPT).build());
        members.add(Member.builder("PD", "C2").grades(T, T, T).reviewed(false).build());

        ClassificationResult result = run();

        RowAccounting m = result.accounting().get(0);
        assertThat(m.file()).isEqualTo("members.csv");
        assertThat(m.balanced()).isTrue();
        assertThat(m.classified()).isEqualTo(5);
        assertThat(m.notClassified()).isEqualTo(1);
        assertThat(m.pending()).isEqualTo(1);
        SummaryRow superiorMembers = summary(result, "S", "MEMBER");
        assertThat(superiorMembers.total()).isEqualTo(7);
        assertThat(superiorMembers.classified()).isEqualTo(5);
        assertThat(superiorMembers.htxsnv()).isEqualTo(1);
        assertThat(superiorMembers.httnv()).isEqualTo(4);
        assertThat(superiorMembers.pctExcellentOfGoodOrAbove()).get().satisfies(p -> assertThat(p.intValue()).isEqualTo(20));
        SummaryRow grassroots = summary(result, "S", "GRASSROOTS_ORG");
        assertThat(grassroots.total()).isEqualTo(2);
        assertThat(summary(result, "G2", "MEMBER").total()).isZero();
    }

    @Test
    void theOutcomeDoesNotDependOnTheNumberOfThreads() {
        members.addAll(excellent("C1", 3));
        members.addAll(good("C1", 3));
        members.addAll(excellent("G2", 4));
        members.addAll(good("G2", 4));
        InputData input = input();

        ClassificationResult one = new Pipeline(pack, 2022, 1).run(input, ProgressListener.NONE);
        ClassificationResult two = new Pipeline(pack, 2022, 2).run(input, ProgressListener.NONE);

        assertThat(two).isEqualTo(one);
    }

    private ClassificationResult run() {
        return new Pipeline(pack, 2022).run(input(), ProgressListener.NONE);
    }

    private InputData input() {
        return new InputData(organizations, members, decisions, java.util.Optional.empty(), List.of(), List.of(),
                Map.of("members.csv", (long) members.size(), "organizations.csv", (long) organizations.size(),
                        "decisions.csv", (long) decisions.size()), Map.of(), List.of());
    }

    private static Organization org(String id, OrgType type, String parent, Grade task, Grade building, boolean outstanding) {
        return Organization.builder(id, type, parent).name(id).grades(task, building).outstanding(outstanding).build();
    }

    private static List<Member> good(String cell, int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Member.builder(cell + "-T" + i, cell).grades(T, T, T).build());
        }
        return out;
    }

    private static List<Member> excellent(String cell, int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Member.builder(cell + "-XS" + i, cell).grades(XS, XS, XS).outstanding(true).build());
        }
        return out;
    }

    private static SubjectResult find(List<SubjectResult> results, String id) {
        return results.stream().filter(r -> r.subjectId().equals(id)).findFirst().orElseThrow();
    }

    private static Level level(List<SubjectResult> results, String id) {
        SubjectResult r = find(results, id);
        assertThat(r.status()).isEqualTo(ClassificationStatus.CLASSIFIED);
        return r.level();
    }

    private static SummaryRow summary(ClassificationResult result, String scope, String subject) {
        return result.summary().stream().filter(r -> r.scopeOrgId().equals(scope) && r.subject().equals(subject))
                .findFirst().orElseThrow();
    }
}
