package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.xeploai.engine.SummaryRow;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline committees quote, computed as summary.csv computes its percentages. */
class RunReportTest {

    @Test
    void fourteenFiftySixAndThreeAreReportedAsNinetySixPercentGoodOrAboveOfWhichTwentyPercentExcellent() {
        SummaryRow row = new SummaryRow("DBK", "GRASSROOTS_ORG", 73, 73, 0, 0, 14, 56, 3, 0);

        assertThat(new RunReport(Messages.of(Lang.VI)).headline("GRASSROOTS_ORG", row)).isEqualTo(
                "Tổ chức cơ sở đảng: 14 HTXSNV, 56 HTTNV, 3 HTNV, 0 KHTNV — 96% HTTNV trở lên, trong đó 20% HTXSNV");
        assertThat(new RunReport(Messages.of(Lang.EN)).headline("GRASSROOTS_ORG", row)).isEqualTo(
                "Grassroots party organizations: 14 HTXSNV, 56 HTTNV, 3 HTNV, 0 KHTNV — 96% HTTNV and above, of which 20% HTXSNV");
    }

    @Test
    void subjectsNotClassifiedOrPendingAreCountedBesideThePercentages() {
        SummaryRow row = new SummaryRow("DBK", "MEMBER", 10, 7, 2, 1, 0, 0, 7, 0);

        assertThat(new RunReport(Messages.of(Lang.VI)).headline("MEMBER", row)).isEqualTo(
                "Đảng viên: 0 HTXSNV, 0 HTTNV, 7 HTNV, 0 KHTNV — 0% HTTNV trở lên (2 không xếp loại, 1 chờ quyết định)");
    }

    @Test
    void onlyTheCountsThatAreNotZeroAreAdded() {
        SummaryRow row = new SummaryRow("DBK", "CELL", 5, 4, 1, 0, 1, 3, 0, 0);

        assertThat(new RunReport(Messages.of(Lang.EN)).headline("CELL", row)).isEqualTo(
                "Cells and partial committees: 1 HTXSNV, 3 HTTNV, 0 HTNV, 0 KHTNV — 100% HTTNV and above, of which 25% HTXSNV (1 not classified)");
    }

    @Test
    void aGroupWithNobodyClassifiedHasNoPercentage() {
        SummaryRow row = new SummaryRow("DBK", "COLLECTIVE", 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(new RunReport(Messages.of(Lang.EN)).headline("COLLECTIVE", row))
                .isEqualTo("Leadership collectives: 0 HTXSNV, 0 HTTNV, 0 HTNV, 0 KHTNV — none classified");
    }
}
