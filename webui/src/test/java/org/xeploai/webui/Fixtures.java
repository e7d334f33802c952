package org.xeploai.webui;

import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SummaryRow;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.results.SubjectRow;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunFile;
import org.xeploai.webui.run.RunInput;
import org.xeploai.webui.run.RunState;
import org.xeploai.webui.system.LocalizedText;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small values for slice tests, shaped like the bundled example's. */
public final class Fixtures {
    public static final String RUN_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    public static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Run run(RunState state) {
        return new Run(RUN_ID, "operator", AT, state == RunState.RUNNING ? null : AT.plusSeconds(12), 2022, "vi",
                state, "qd132-hd21", "1.0.0", "56f366ceb7a435aca48878b9e6cf635101253ec9679aeed966fbf0621d0f58b1",
                List.of("README.md"), state == RunState.FAILED
                ? new LocalizedText("Gói quy tắc không dùng được (1 lỗi).", "The rule pack cannot be used (1 problems).")
                : null, false);
    }

    public static List<RunInput> inputs() {
        return List.of(new RunInput("members.csv", "members.csv", 210_441, "ca457dada5a01151a46115a3aea5a58e93b50932c612fff7577a33143db92ceb", 2004),
                new RunInput("organizations.csv", "Organizations.CSV", 27_768, "ed8b8b57b492eeead64e622462b0941a8e5f7c17ed4dfbc8914b7355f41a94e3", 216));
    }

    public static List<RunFile> files() {
        return List.of(new RunFile("members.csv", 1_042_533, "cb41914a863485d7cb41914a863485d7cb41914a863485d7cb41914a863485d7"),
                new RunFile("summary.csv", 5_716, "77cd67264c7b3acd77cd67264c7b3acd77cd67264c7b3acd77cd67264c7b3acd"));
    }

    public static List<RowAccounting> accounting() {
        return List.of(new RowAccounting("members.csv", 2004, 1954, 42, 5, 0, 3),
                new RowAccounting("organizations.csv", 216, 214, 1, 0, 1, 0));
    }

    public static SummaryRow grassroots() {
        return new SummaryRow("DBCCQ", "GRASSROOTS_ORG", 73, 73, 0, 0, 14, 56, 3, 0);
    }

    public static SummaryRow members() {
        return new SummaryRow("DBCCQ", "MEMBER", 2001, 1954, 42, 5, 258, 1367, 324, 5);
    }

    public static List<Summaries.ScopeFigures> headline() {
        return List.of(new Summaries.ScopeFigures("DBCCQ", "Đảng bộ Các cơ quan tỉnh", true,
                List.of(figures(grassroots()), figures(members()))));
    }

    public static Summaries.SubjectFigures figures(SummaryRow row) {
        return new Summaries.SubjectFigures(row, Summaries.whole(row.pctGoodOrAbove()),
                Summaries.whole(row.pctExcellent()), Summaries.whole(row.pctExcellentOfGoodOrAbove()),
                org.xeploai.webui.results.BarChart.of(row));
    }

    public static SubjectRow member(String id, Level level, boolean demoted) {
        return new SubjectRow(SubjectType.MEMBER, 1, id, "Trần Thị Oanh", "SKHDT-CB01", null, "SKHDT",
                ClassificationStatus.CLASSIFIED, Level.HTXSNV, Level.HTXSNV, level, demoted, null);
    }

    public static <T> ResultPage<T> page(List<T> items) {
        return new ResultPage<>(items, 0, 50, items.size());
    }
}
