package org.xeploai.engine.output;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.rules.ClassificationStatus;

import java.util.List;

/**
 * The CSV files of a run, with the contract's columns in the contract's order and this project's extra columns
 * after them. Nothing here depends on the time of the run: the same result gives the same bytes.
 */
final class ResultFiles {
    static final List<String> MEMBERS = List.of("member_id", "full_name", "org_id", "status", "proposed_level",
            "computed_level", "level", "level_label", "quota_demoted", "reasons", "warnings",
            "grassroots_id", "decided_level", "decided_by");
    static final List<String> ORGANIZATIONS = List.of("org_id", "name", "type", "status", "computed_level", "level",
            "level_label", "quota_demoted", "reasons", "warnings",
            "parent_id", "grassroots_id", "proposed_level", "decided_level", "decided_by");
    static final List<String> COLLECTIVES = List.of("collective_id", "org_id", "status", "computed_level", "level",
            "level_label", "reasons",
            "warnings", "quota_demoted", "grassroots_id", "proposed_level", "decided_level", "decided_by");
    static final List<String> SUMMARY = List.of("scope_org_id", "subject", "total", "classified", "not_classified",
            "pending", "htxsnv", "httnv", "htnv", "khtnv",
            "pct_good_or_above", "pct_excellent", "pct_excellent_of_good_or_above");
    static final List<String> REJECTED = List.of("file", "line", "column", "value", "message");
    static final List<String> RUN = List.of("key", "value");

    private ResultFiles() {
    }

    static List<OutputFile> all(ClassificationResult result, Messages messages) {
        return List.of(members(result, messages), organizations(result, messages), collectives(result, messages), summary(result),
                rejected(result, messages), run(result, messages));
    }

    static CsvFile members(ClassificationResult result, Messages messages) {
        return new CsvFile("members.csv", MEMBERS, out -> {
            for (SubjectResult m : result.members()) {
                Level level = finalLevel(m);
                out.row(m.subjectId(), m.name(), m.orgId(), m.status(), OutputFormat.level(m.proposedLevel()),
                        OutputFormat.level(m.computedLevel()), OutputFormat.level(level), OutputFormat.label(level),
                        quotaDemoted(m), OutputFormat.findings(m.reasons(), messages), OutputFormat.findings(m.warnings(), messages),
                        m.grassrootsId(), decidedLevel(m.decision()), decidedBy(m.decision()));
            }
        });
    }

    /** Every organization but the superior committees, which are never classified. */
    static CsvFile organizations(ClassificationResult result, Messages messages) {
        return new CsvFile("organizations.csv", ORGANIZATIONS, out -> {
            for (SubjectResult o : result.organizations()) {
                if (o.orgType() == OrgType.SUPERIOR) {
                    continue;
                }
                Level level = finalLevel(o);
                out.row(o.subjectId(), o.name(), o.orgType(), o.status(), OutputFormat.level(o.computedLevel()),
                        OutputFormat.level(level), OutputFormat.label(level), quotaDemoted(o),
                        OutputFormat.findings(o.reasons(), messages), OutputFormat.findings(o.warnings(), messages),
                        o.orgId(), o.grassrootsId(), OutputFormat.level(o.proposedLevel()),
                        decidedLevel(o.decision()), decidedBy(o.decision()));
            }
        });
    }

    /** Written even when there are no collectives, so that a reader always finds the file. */
    static CsvFile collectives(ClassificationResult result, Messages messages) {
        return new CsvFile("collectives.csv", COLLECTIVES, out -> {
            for (SubjectResult c : result.collectives()) {
                Level level = finalLevel(c);
                out.row(c.subjectId(), c.orgId(), c.status(), OutputFormat.level(c.computedLevel()),
                        OutputFormat.level(level), OutputFormat.label(level), OutputFormat.findings(c.reasons(), messages),
                        OutputFormat.findings(c.warnings(), messages), quotaDemoted(c), c.grassrootsId(),
                        OutputFormat.level(c.proposedLevel()), decidedLevel(c.decision()), decidedBy(c.decision()));
            }
        });
    }

    static CsvFile summary(ClassificationResult result) {
        return new CsvFile("summary.csv", SUMMARY, out -> {
            for (SummaryRow s : result.summary()) {
                out.row(s.scopeOrgId(), s.subject(), s.total(), s.classified(), s.notClassified(), s.pending(),
                        s.htxsnv(), s.httnv(), s.htnv(), s.khtnv(),
                        OutputFormat.percent(s.pctGoodOrAbove()), OutputFormat.percent(s.pctExcellent()),
                        OutputFormat.percent(s.pctExcellentOfGoodOrAbove()));
            }
        });
    }

    static CsvFile rejected(ClassificationResult result, Messages messages) {
        return new CsvFile("rejected.csv", REJECTED, out -> {
            for (RejectedRow r : result.rejected()) {
                out.row(r.file(), r.line() > 0 ? r.line() : null, r.column(), r.value(),
                        messages.get(r.messageKey(), r.args()));
            }
        });
    }

    /**
     * What the run was made with and where every input row went, as {@code key,value} rows. The time of the run is
     * left out on purpose: the same input gives byte-identical output.
     */
    static CsvFile run(ClassificationResult result, Messages messages) {
        return new CsvFile("run.csv", RUN, out -> {
            out.row("year", result.year());
            out.row("pack_name", result.pack() == null ? null : result.pack().name());
            out.row("pack_version", result.pack() == null ? null : result.pack().version());
            out.row("pack_hash", result.pack() == null ? null : result.pack().hash());
            for (RowAccounting a : result.accounting()) {
                out.row(a.file() + ".rows_in", a.rowsIn());
                out.row(a.file() + ".classified", a.classified());
                out.row(a.file() + ".not_classified", a.notClassified());
                out.row(a.file() + ".pending", a.pending());
                out.row(a.file() + ".accepted", a.accepted());
                out.row(a.file() + ".rejected", a.rejected());
            }
            for (InputWarning w : result.warnings()) {
                out.row(w.file() + ".warning", messages.get(w.messageKey(), w.args() == null ? List.of() : w.args()));
            }
        });
    }

    /** The final level is shown only for a classified subject. */
    private static Level finalLevel(SubjectResult subject) {
        return subject.status() == ClassificationStatus.CLASSIFIED ? subject.level() : null;
    }

    /** Empty unless classified: a pending or unclassified subject went through no quota ("none demoted"). */
    private static Boolean quotaDemoted(SubjectResult subject) {
        return subject.status() == ClassificationStatus.CLASSIFIED ? subject.quotaDemoted() : null;
    }

    private static String decidedLevel(Decision decision) {
        return decision == null ? null : OutputFormat.level(decision.level());
    }

    private static String decidedBy(Decision decision) {
        return decision == null ? null : decision.decidedBy();
    }
}
