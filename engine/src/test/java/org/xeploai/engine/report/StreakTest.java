package org.xeploai.engine.report;

import org.junit.jupiter.api.Test;
import org.xeploai.model.Level;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xeploai.model.Level.HTTNV;
import static org.xeploai.model.Level.HTXSNV;

/** Regulations §7 A-STREAK and §9 question 13: five consecutive years HTXSNV; a year without a level breaks the run. */
class StreakTest {

    @Test
    void fiveYearsHtxsnvRunningFromHistoryAndTheYearOfTheRun() {
        Streak s = Streak.of(2022, HTXSNV, Map.of(2018, HTXSNV, 2019, HTXSNV, 2020, HTXSNV, 2021, HTXSNV));
        assertThat(s.fiveYears()).isTrue();
        assertThat(s.length()).isEqualTo(5);
        assertThat(s.firstYear()).isEqualTo(2018);
        assertThat(s.historyYears()).containsExactly(2018, 2019, 2020, 2021);
        assertThat(s.brokenAt()).isEqualTo(2017);
        assertThat(s.brokenBy()).isNull();
    }

    @Test
    void aGapOfAnotherLevelBreaksTheRun() {
        Streak s = Streak.of(2022, HTXSNV, Map.of(2017, HTXSNV, 2018, HTXSNV, 2019, HTXSNV, 2020, HTTNV, 2021, HTXSNV));
        assertThat(s.fiveYears()).isFalse();
        assertThat(s.length()).isEqualTo(2);
        assertThat(s.brokenAt()).isEqualTo(2020);
        assertThat(s.brokenBy()).isEqualTo(HTTNV);
    }

    @Test
    void aMissingYearBreaksTheRunEvenWhenTheYearsAroundItAreHtxsnv() {
        Streak s = Streak.of(2022, HTXSNV, Map.of(2017, HTXSNV, 2018, HTXSNV, 2020, HTXSNV, 2021, HTXSNV));
        assertThat(s.fiveYears()).isFalse();
        assertThat(s.length()).isEqualTo(3);
        assertThat(s.brokenAt()).isEqualTo(2019);
        assertThat(s.brokenBy()).isNull();
    }

    @Test
    void theYearOfTheRunMustBeHtxsnvItself() {
        Map<Integer, Level> history = Map.of(2018, HTXSNV, 2019, HTXSNV, 2020, HTXSNV, 2021, HTXSNV);
        assertThat(Streak.of(2022, HTTNV, history).length()).isZero();
        assertThat(Streak.of(2022, null, history).length()).as("not classified this year").isZero();
    }

    @Test
    void yearsCountAcrossRegimes() {
        // 2018 (HD16) to 2022 (HD21) and on into 2023 (QĐ124): one run (REG-3)
        Streak s = Streak.of(2023, HTXSNV, Map.of(2018, HTXSNV, 2019, HTXSNV, 2020, HTXSNV, 2021, HTXSNV, 2022, HTXSNV));
        assertThat(s.length()).isEqualTo(6);
        assertThat(s.fiveYears()).isTrue();
    }
}
