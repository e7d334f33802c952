package org.xeploai.engine.pipeline;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.report.ReportBuilder;
import org.xeploai.engine.report.ReportParts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts together the runs of a partitioned classification, where each partition (a set of whole approving
 * authorities, with the superiors above them) is classified on its own by {@link Pipeline#classify}: the quota
 * groups of grassroots organizations and of their collectives are per authority, so each partition decides its
 * subjects as the whole input would. What a run computes across grassroots organizations (the summary, the row accounting, the
 * rejected rows, the report) is kept partition by partition in counts and rows that do not grow with the members
 * ({@link SummaryCounts}, {@link ReportParts}), and built once over the whole tree, so that {@link #finish} returns
 * what one run over the whole input returns.
 * <p>
 * Each row of decisions, history and collectives must be in exactly one partition's slice (the one that classifies
 * its subject; rows about no subject classified anywhere, e.g. a superior committee or an unknown collective, in
 * one chosen partition), else its rejection would be missing or repeated.
 */
public final class PartitionMerge {
    private final int year;
    private final PackInfo pack;
    private final InputData whole;
    private final SummaryCounts counts = new SummaryCounts();
    private final List<RejectedRow> rejected;
    private final ReportParts report;

    /**
     * @param whole every organization (superior committees included), the targets, the rows read per file, the
     *              warnings and the rows refused outside the partitions; its members, decisions, history and
     *              collectives are not read
     */
    public PartitionMerge(int year, PackInfo pack, InputData whole) {
        this.year = year;
        this.pack = pack;
        this.whole = whole;
        this.rejected = new ArrayList<>(whole.rejected());
        this.report = ReportParts.of(year, whole, List.of(), List.of(), List.of());
    }

    /** One partition's run, in partition order: counted and set aside, its results not kept. */
    public void add(InputData slice, ClassificationResult partial) {
        counts.add(SummaryCounts.of(partial.members(), partial.organizations(), partial.collectives()));
        rejected.addAll(partial.rejected());
        report.add(ReportParts.of(year, slice, partial.members(), partial.organizations(), partial.collectives()));
    }

    /**
     * The whole run's result around the results the caller kept, in the whole's order (they are handed on, not
     * read here).
     */
    public ClassificationResult finish(List<SubjectResult> members, List<SubjectResult> organizations,
                                       List<SubjectResult> collectives) {
        rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));
        List<SummaryRow> summary = new SummaryBuilder(new OrgTree(whole.organizations(), List.of())).build(counts);
        return new ClassificationResult(year, pack, members, organizations, collectives, summary, rejected,
                Accounting.of(whole, counts, rejected), whole.warnings(), ReportBuilder.build(whole, report, summary));
    }
}
