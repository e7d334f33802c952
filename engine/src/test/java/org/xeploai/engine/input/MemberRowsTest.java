package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Contract, members.csv: TEMPORARY is "a second row for a member in temporary activity at this cell: it may repeat
 * the member_id of the member's row at the official cell ...; any other repeated member_id is rejected". Members
 * belong to a CELL or a GRASSROOTS_CELL.
 */
class MemberRowsTest {
    @TempDir
    Path dir;

    private InputData read(String... members) {
        return new TestInput(dir).smallTree().file(TestInput.MEMBERS, members).read();
    }

    @Test
    void aTemporaryRowMayRepeatTheIdBesideTheOfficialRowInEitherOrder() {
        InputData data = read(TestInput.MEMBER_HEADER,
                "DV001,An,CBCS,TEMPORARY",
                "DV001,An,CB1,ACTIVE",
                "DV002,Bình,CB1,");

        assertThat(data.rejected()).isEmpty();
        assertThat(data.members()).extracting(Member::memberId, Member::orgId, Member::status).containsExactly(
                tuple("DV001", "CBCS", MemberStatus.TEMPORARY),
                tuple("DV001", "CB1", MemberStatus.ACTIVE),
                tuple("DV002", "CB1", MemberStatus.ACTIVE));
        assertThat(data.lines()).containsEntry("members.csv:DV001#TEMPORARY", 2L).containsEntry("members.csv:DV001", 3L);
    }

    @Test
    void aTemporaryRowAloneIsAccepted() {
        InputData data = read(TestInput.MEMBER_HEADER, "DV009,Chi,CBCS,sinh hoạt tạm thời");

        assertThat(data.rejected()).isEmpty();
        assertThat(data.members()).extracting(Member::status).containsExactly(MemberStatus.TEMPORARY);
    }

    @Test
    void anyOtherRepeatRejectsTheLaterRowNamingTheFirstLine() {
        InputData data = read(TestInput.MEMBER_HEADER,
                "DV001,An,CB1,",
                "DV001,An,CB1,EXEMPT",
                "DV002,Bình,CB1,TEMPORARY",
                "DV002,Bình,CBCS,TEMPORARY",
                "DV003,Chi,CB1,",
                "DV003,Chi,CBCS,TEMPORARY",
                "DV003,Chi,CBCS,TEMPORARY");

        assertThat(data.members()).extracting(Member::memberId, Member::status).containsExactly(
                tuple("DV001", MemberStatus.ACTIVE),
                tuple("DV002", MemberStatus.TEMPORARY),
                tuple("DV003", MemberStatus.ACTIVE),
                tuple("DV003", MemberStatus.TEMPORARY));
        assertThat(data.rejected()).containsExactly(
                new RejectedRow("members.csv", 3, "member_id", "DV001", "input.member.duplicate", List.of("DV001", 2L)),
                new RejectedRow("members.csv", 5, "member_id", "DV002", "input.member.temporary_duplicate",
                        List.of("DV002", 4L)),
                new RejectedRow("members.csv", 8, "member_id", "DV003", "input.member.temporary_duplicate",
                        List.of("DV003", 7L)));
    }

    @Test
    void aRepeatOfARowRefusedForItsValuesIsStillARepeat() {
        InputData data = read("member_id,org_id,admitted_on", "DV001,CB1,32/01/2000", "DV001,CB1,");

        assertThat(data.members()).isEmpty();
        assertThat(data.rejected()).extracting(RejectedRow::line, RejectedRow::messageKey)
                .containsExactly(tuple(2L, "value.date.impossible"), tuple(3L, "input.member.duplicate"));
    }

    @Test
    void leadsOrgIdMustNameAnAcceptedOrganization() {
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, TestInput.ORG_HEADER,
                        "TU,,SUPERIOR,",
                        "DB1,,GRASSROOTS_COMMITTEE,TU",
                        "CB1,,CELL,DB1",
                        "BAD,,CELL,TU")
                .file(TestInput.MEMBERS, "member_id,org_id,leadership_role,leads_org_id",
                        "DV001,CB1,SECRETARY,DB1",
                        "DV002,CB1,bí thư,CB1",
                        "DV003,CB1,MEMBER,BAD",
                        "DV004,CB1,MEMBER,GONE")
                .read();

        assertThat(data.members()).extracting(Member::memberId).containsExactly("DV001", "DV002");
        assertThat(data.rejected()).filteredOn(r -> r.file().equals("members.csv")).containsExactly(
                new RejectedRow("members.csv", 4, "leads_org_id", "BAD", "input.member.leads_refused",
                        List.of("DV003", "BAD", "BAD", 5L)),
                new RejectedRow("members.csv", 5, "leads_org_id", "GONE", "input.member.leads_unknown",
                        List.of("DV004", "GONE")));
    }
}
