package org.xeploai.webui.results;

import org.junit.jupiter.api.Test;
import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.webui.run.RunNotFoundException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small values behind the lists and charts: list names, filters, pages, bars, shares. */
class ResultModelTest {

    @Test
    void aListIsNamedInThePluralTheSingularOrByItsType() {
        assertThat(SubjectKind.parse("members")).isEqualTo(SubjectKind.MEMBERS);
        assertThat(SubjectKind.parse("member")).isEqualTo(SubjectKind.MEMBERS);
        assertThat(SubjectKind.parse("ORGANIZATION")).isEqualTo(SubjectKind.ORGANIZATIONS);
        assertThat(SubjectKind.parse("collective")).isEqualTo(SubjectKind.COLLECTIVES);
        assertThat(SubjectKind.of(SubjectType.COLLECTIVE)).isEqualTo(SubjectKind.COLLECTIVES);
        assertThatThrownBy(() -> SubjectKind.parse("users")).isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void filtersReadLevelsInAnyAcceptedFormAndIgnoreWhatTheyDoNotKnow() {
        assertThat(SubjectFilter.of("xuất sắc", " ", null, "pending", "Grassroots", " DV1 "))
                .isEqualTo(new SubjectFilter(Level.HTXSNV, null, false, ClassificationStatus.PENDING, "grassroots", "DV1"));
        assertThat(SubjectFilter.of("nonsense", null, true, "nonsense", null, null))
                .isEqualTo(new SubjectFilter(null, null, true, null, null, null));
    }

    @Test
    void aPageKnowsItsNeighbours() {
        ResultPage<String> page = new ResultPage<>(java.util.List.of("a", "b"), 1, 2, 5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.first()).isEqualTo(3);
        assertThat(page.last()).isEqualTo(4);
        assertThat(new ResultPage<>(java.util.List.of(), 0, 50, 0).totalPages()).isEqualTo(1);
    }

    @Test
    void barsAreScaledToTheLargestCountAndASmallGroupStillShows() {
        BarChart chart = BarChart.of(new SummaryRow("DBCCQ", "MEMBER", 2001, 1954, 42, 5, 258, 1367, 324, 5));
        assertThat(chart.bars()).extracting(BarChart.Bar::level).containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
        assertThat(chart.bars().get(1).length()).isEqualTo(BarChart.BAR_AREA);
        assertThat(chart.bars().get(0).length()).isEqualTo(Math.round(258f * BarChart.BAR_AREA / 1367));
        assertThat(chart.bars().get(3).length()).isEqualTo(1);
        assertThat(chart.bars().get(3).textX()).isGreaterThan(chart.bars().get(3).barX());
        BarChart empty = BarChart.of(new SummaryRow("X", "COLLECTIVE", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(empty.bars()).allMatch(b -> b.length() == 0);
    }

    @Test
    void sharesAreRoundedHalfUpAsInSummaryCsv() {
        SummaryRow grassroots = new SummaryRow("DBCCQ", "GRASSROOTS_ORG", 73, 73, 0, 0, 14, 56, 3, 0);
        assertThat(Summaries.whole(grassroots.pctGoodOrAbove())).isEqualTo(96);
        assertThat(Summaries.whole(grassroots.pctExcellent())).isEqualTo(19);
        assertThat(Summaries.whole(grassroots.pctExcellentOfGoodOrAbove())).isEqualTo(20);
        assertThat(Summaries.whole(Optional.of(new java.math.BigDecimal("19.5")))).isEqualTo(20);
        assertThat(Summaries.whole(Optional.empty())).isNull();
    }
}
