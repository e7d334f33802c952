package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Contract, targets.csv: target_id, scope_org_id, description, metric (SHARE_GOOD_OR_ABOVE, SHARE_EXCELLENT, COUNT),
 * subject, planned, actual (COUNT only), base (CLASSIFIED default, GOOD_OR_ABOVE). A bad row is refused with its
 * file, line and column and a message in both languages; every row is accounted for.
 */
class TargetsFileTest {
    static final String HEADER = "target_id,scope_org_id,description,metric,subject,planned,actual,base";

    @TempDir
    Path dir;

    private TestInput input(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return new TestInput(dir).smallTree().file(TestInput.MEMBERS, TestInput.MEMBER_HEADER, "DV001,,CB1,")
                .file("targets.csv", lines);
    }

    @Test
    void everyColumnIsReadAndLinesKept() {
        InputData data = input(
                "T01,TU,Kết nạp đảng viên mới,COUNT,,90,93,",
                "T02,TU,\"Từ 90% tổ chức cơ sở đảng HTTNV trở lên\",SHARE_GOOD_OR_ABOVE,GRASSROOTS_ORG,90,,",
                "T03,,Ít nhất 15% đảng viên HTXSNV,SHARE_EXCELLENT,đảng viên,15,,GOOD_OR_ABOVE",
                "T04,DB1,Chi bộ HTTNV trở lên,share_good_or_above,CELL,80.5,,")
                .read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.targets()).extracting(Target::targetId, Target::scopeOrgId, Target::metric, Target::subject,
                        Target::planned, Target::actual, Target::base, Target::line)
                .containsExactly(
                        tuple("T01", "TU", Target.Metric.COUNT, null, new BigDecimal("90"), new BigDecimal("93"), Target.Base.CLASSIFIED, 2L),
                        tuple("T02", "TU", Target.Metric.SHARE_GOOD_OR_ABOVE, "GRASSROOTS_ORG", new BigDecimal("90"), null, Target.Base.CLASSIFIED, 3L),
                        tuple("T03", null, Target.Metric.SHARE_EXCELLENT, "MEMBER", new BigDecimal("15"), null, Target.Base.GOOD_OR_ABOVE, 4L),
                        tuple("T04", "DB1", Target.Metric.SHARE_GOOD_OR_ABOVE, "CELL", new BigDecimal("80.5"), null, Target.Base.CLASSIFIED, 5L));
        assertThat(data.rowsRead()).containsEntry("targets.csv", 4L);
        assertThat(data.lineOf("targets.csv", "T03")).isEqualTo(4L);
    }

    @Test
    void vietnameseHeadersAndDecimalComma() {
        InputData data = new TestInput(dir).smallTree().file(TestInput.MEMBERS, TestInput.MEMBER_HEADER)
                .file("targets.csv", "Mã chỉ tiêu;Mã tổ chức;Nội dung;Loại chỉ tiêu;Đối tượng;Kế hoạch;Thực hiện;Cơ sở tính",
                        "T1;TU;Đảng viên HTXSNV;SHARE_EXCELLENT;MEMBER;15,5;;httnv tro len")
                .read();

        assertThat(data.rejected()).isEmpty();
        assertThat(data.targets()).singleElement().satisfies(t -> {
            assertThat(t.planned()).isEqualByComparingTo("15.5");
            assertThat(t.base()).isEqualTo(Target.Base.GOOD_OR_ABOVE);
        });
    }

    @Test
    void badRowsAreRefusedWithFileLineAndColumn() {
        InputData data = input(
                "T01,TU,ok,COUNT,,90,93,",
                "T02,TU,no such metric,PERCENT,MEMBER,90,,",
                "T03,TU,share over 100,SHARE_GOOD_OR_ABOVE,MEMBER,120,,",
                "T04,TU,count without actual,COUNT,,90,,",
                "T05,TU,share without subject,SHARE_EXCELLENT,,20,,",
                "T06,TU,unknown subject,SHARE_EXCELLENT,BRANCH,20,,",
                "T07,TU,bad base,SHARE_EXCELLENT,MEMBER,20,,ALL",
                "T01,TU,repeated id,COUNT,,1,1,",
                "T09,XX,unknown scope,COUNT,,1,1,",
                "T10,CB1,cell scope cannot measure,SHARE_GOOD_OR_ABOVE,MEMBER,80,,",
                "T11,DB1,grassroots scope cannot measure its own kind,SHARE_GOOD_OR_ABOVE,GRASSROOTS_ORG,80,,",
                "T12,TU,not a number,COUNT,,nhiều,3,",
                "T13,TU,negative,COUNT,,-1,3,")
                .read();

        assertThat(data.targets()).extracting(Target::targetId).containsExactly("T01");
        assertThat(data.rejected()).extracting(RejectedRow::file, RejectedRow::line, RejectedRow::column, RejectedRow::messageKey)
                .containsExactly(
                        tuple("targets.csv", 3L, "metric", "input.target.metric"),
                        tuple("targets.csv", 4L, "planned", "input.target.planned_share"),
                        tuple("targets.csv", 5L, "actual", "input.target.actual_required"),
                        tuple("targets.csv", 6L, "subject", "input.target.subject_required"),
                        tuple("targets.csv", 7L, "subject", "input.target.subject"),
                        tuple("targets.csv", 8L, "base", "input.target.base"),
                        tuple("targets.csv", 9L, "target_id", "input.target.duplicate"),
                        tuple("targets.csv", 10L, "scope_org_id", "input.target.scope_unknown"),
                        tuple("targets.csv", 11L, "scope_org_id", "input.target.scope_subject"),
                        tuple("targets.csv", 12L, "scope_org_id", "input.target.scope_subject"),
                        tuple("targets.csv", 13L, "planned", "value.decimal"),
                        tuple("targets.csv", 14L, "planned", "input.target.planned_count"));
        assertThat(data.rowsRead().get("targets.csv")).isEqualTo(13L);
        assertThat(data.targets().size() + data.rejectedRows("targets.csv")).isEqualTo(13L);
    }

    @Test
    void everyRefusalReadsInBothLanguagesWithItsArguments() {
        InputData data = input("T01,XX,x,COUNT,,1,1,", "T01,TU,x,COUNT,,1,1,", "T02,TU,x,SHARE_EXCELLENT,,2,,",
                "T03,CB1,x,SHARE_GOOD_OR_ABOVE,MEMBER,80,,").read();
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            for (RejectedRow r : data.rejected()) {
                assertThat(messages.has(r.messageKey())).as(lang + " " + r.messageKey()).isTrue();
                assertThat(messages.get(r.messageKey(), r.args())).as(lang + " " + r.messageKey())
                        .doesNotContain("{0}", "{1}", "{2}");
            }
        }
        assertThat(Messages.of(Lang.VI).get("input.target.duplicate", List.of("T01", 2L))).contains("T01", "dòng 2");
        assertThat(Messages.of(Lang.EN).get("input.target.scope_unknown", List.of("XX"))).contains("There is no organization XX");
    }

    @Test
    void withoutTheFileThereAreNoTargets() {
        InputData data = new TestInput(dir).smallTree().file(TestInput.MEMBERS, TestInput.MEMBER_HEADER).read();
        assertThat(data.targets()).isEmpty();
        assertThat(data.rowsRead()).doesNotContainKey("targets.csv");
    }
}
