package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.model.Organization;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract, "The organization tree": SUPERIOR rows may nest; under a SUPERIOR stand GRASSROOTS_COMMITTEE and
 * GRASSROOTS_CELL; under a GRASSROOTS_COMMITTEE stand PARTIAL_COMMITTEE and CELL; under a PARTIAL_COMMITTEE stand
 * CELL. Any other parent, an unknown parent or a cycle rejects the row, and rows that depend on a rejected row are
 * rejected in turn, each naming the cause.
 */
class OrganizationTreeTest {
    @TempDir
    Path dir;

    private InputData read(String... organizations) {
        return new TestInput(dir).file(TestInput.ORGS, organizations)
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER).read();
    }

    private static RejectedRow org(long line, String column, String value, String key, Object... args) {
        return new RejectedRow("organizations.csv", line, column, value, key, List.of(args));
    }

    @Test
    void theWholeLawfulTreeIsAccepted() {
        InputData data = read(TestInput.ORG_HEADER,
                "TW,Trung ương,SUPERIOR,",
                "TU,Tỉnh ủy,SUPERIOR,TW",
                "DB1,Đảng bộ cơ sở,GRASSROOTS_COMMITTEE,TU",
                "BP1,Đảng bộ bộ phận,PARTIAL_COMMITTEE,DB1",
                "CB1,Chi bộ,CELL,BP1",
                "CB2,Chi bộ,CELL,DB1",
                "CBCS,Chi bộ cơ sở,GRASSROOTS_CELL,TU");

        assertThat(data.rejected()).isEmpty();
        assertThat(data.organizations()).extracting(Organization::orgId)
                .containsExactly("TW", "TU", "DB1", "BP1", "CB1", "CB2", "CBCS");
    }

    @Test
    void aChildMayComeBeforeItsParent() {
        InputData data = read(TestInput.ORG_HEADER,
                "CB1,Chi bộ,CELL,BP1",
                "BP1,Đảng bộ bộ phận,PARTIAL_COMMITTEE,DB1",
                "DB1,Đảng bộ cơ sở,GRASSROOTS_COMMITTEE,TU",
                "TU,Tỉnh ủy,SUPERIOR,");

        assertThat(data.rejected()).isEmpty();
        assertThat(data.organizations()).extracting(Organization::orgId).containsExactly("CB1", "BP1", "DB1", "TU");
    }

    @Test
    void aCycleOfThreeOrganizationsIsRejectedWithEachOfThemAndWhatHangsFromIt() {
        InputData data = read(TestInput.ORG_HEADER,
                "A,,SUPERIOR,B",
                "B,,SUPERIOR,C",
                "C,,SUPERIOR,A",
                "DB1,,GRASSROOTS_COMMITTEE,B",
                "TU,,SUPERIOR,");

        assertThat(data.organizations()).extracting(Organization::orgId).containsExactly("TU");
        assertThat(data.rejected()).containsExactly(
                org(2, "parent_id", "B", "input.org.cycle", "A", "A → B → C → A"),
                org(3, "parent_id", "C", "input.org.cycle", "B", "A → B → C → A"),
                org(4, "parent_id", "A", "input.org.cycle", "C", "A → B → C → A"),
                org(5, "parent_id", "B", "input.org.parent_refused", "DB1", "B", "B", 3L));
    }

    @Test
    void anOrganizationUnderItself() {
        InputData data = read(TestInput.ORG_HEADER, "A,,SUPERIOR,A");

        assertThat(data.rejected()).containsExactly(org(2, "parent_id", "A", "input.org.cycle", "A", "A → A"));
    }

    @Test
    void aParentOfTheWrongTypeAnUnknownParentAndAnEmptyParent() {
        InputData data = read(TestInput.ORG_HEADER,
                "TU,,SUPERIOR,",
                "CB1,,CELL,TU",
                "CB2,,CELL,NOWHERE",
                "DB1,,GRASSROOTS_COMMITTEE,");

        assertThat(data.organizations()).extracting(Organization::orgId).containsExactly("TU");
        assertThat(data.rejected()).containsExactly(
                org(3, "parent_id", "TU", "input.org.parent_type", "CB1", "CELL", "TU", "SUPERIOR",
                        "GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE"),
                org(4, "parent_id", "NOWHERE", "input.org.parent_unknown", "CB2", "NOWHERE"),
                org(5, "parent_id", "", "input.org.parent_empty", "DB1", "GRASSROOTS_COMMITTEE"));
    }

    @Test
    void aRepeatedIdRejectsTheLaterRowNamingTheFirstLine() {
        InputData data = read(TestInput.ORG_HEADER, "TU,Tỉnh ủy,SUPERIOR,", "TU,Tỉnh ủy (2),SUPERIOR,");

        assertThat(data.organizations()).extracting(Organization::name).containsExactly("Tỉnh ủy");
        assertThat(data.rejected()).containsExactly(org(3, "org_id", "TU", "input.org.duplicate", "TU", 2L));
    }

    @Test
    void descendantsOfARejectedRowNameTheRejectedAncestorAndItsLine() {
        InputData data = read("org_id,type,parent_id,founded_on",
                "CB1,CELL,BP1,",
                "TU,SUPERIOR,,",
                "DB1,GRASSROOTS_COMMITTEE,TU,31/13/2000",
                "BP1,PARTIAL_COMMITTEE,DB1,");

        assertThat(data.organizations()).extracting(Organization::orgId).containsExactly("TU");
        assertThat(data.rejected()).containsExactly(
                org(2, "parent_id", "BP1", "input.org.parent_refused", "CB1", "BP1", "DB1", 4L),
                org(4, "founded_on", "31/13/2000", "value.date.impossible"),
                org(5, "parent_id", "DB1", "input.org.parent_refused", "BP1", "DB1", "DB1", 4L));
    }

    @Test
    void aMemberOfARejectedCellIsRejectedNamingTheCause() {
        InputData data = new TestInput(dir)
                .file(TestInput.ORGS, TestInput.ORG_HEADER,
                        "TU,,SUPERIOR,",
                        "DB1,,GRASSROOTS_COMMITTEE,NOWHERE",
                        "CB1,,CELL,DB1")
                .file(TestInput.MEMBERS, TestInput.MEMBER_HEADER, "DV001,An,CB1,", "DV002,Bình,DB1,")
                .read();

        assertThat(data.members()).isEmpty();
        assertThat(data.rejected()).filteredOn(r -> r.file().equals("members.csv")).containsExactly(
                new RejectedRow("members.csv", 2, "org_id", "CB1", "input.member.org_refused",
                        List.of("DV001", "CB1", "DB1", 3L)),
                new RejectedRow("members.csv", 3, "org_id", "DB1", "input.member.org_refused",
                        List.of("DV002", "DB1", "DB1", 3L)));
    }
}
