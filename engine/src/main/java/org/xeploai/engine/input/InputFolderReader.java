package org.xeploai.engine.input;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.RowSchema;
import org.xeploai.rules.PackDescriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a committee's input folder (contract, "Input files"): {@code organizations.csv} and {@code members.csv},
 * both required, and {@code decisions.csv}, {@code collectives.csv}, {@code history.csv} and {@code targets.csv} if present. A file that cannot be used at all (missing, empty,
 * unreadable, not UTF-8, a column missing) throws {@link InputUnusableException} (exit 3); a row that cannot be used
 * is refused with its file, line, column and reason, and the reading goes on. No row is ever half-used.
 * <p>
 * A folder holding none of these CSV files but exactly one {@code .xlsx} workbook is read from the workbook instead,
 * one sheet per file, named as the file with or without {@code .csv}, whatever the case ({@code members},
 * {@code Members.csv}). Each sheet's first row is the header; {@code line} in {@code rejected.csv} is then the sheet's
 * row number (header = 1) and {@code file} still names the contract's file ({@code members.csv}); cells are read as
 * {@link XlsxSheetReader} says. A required sheet missing, or a workbook that is not a valid XLSX file, stops the run
 * (exit 3) naming the workbook; beside CSV files, a workbook is ignored with a warning.
 */
public final class InputFolderReader {
    public static final String ORGANIZATIONS = OrganizationTree.FILE;
    public static final String MEMBERS = MemberRows.FILE;
    public static final String DECISIONS = DecisionSchema.FILE;
    public static final String HISTORY = HistorySchema.FILE;
    public static final String COLLECTIVES = CollectiveRows.FILE;
    public static final String TARGETS = TargetSchema.FILE;
    static final List<String> FILES = List.of(ORGANIZATIONS, MEMBERS, DECISIONS, HISTORY, COLLECTIVES, TARGETS);

    private InputFolderReader() {
    }

    /**
     * @param descriptor the pack in force: the columns it requires per file must be in the headers
     *                   ({@code null}: only the columns the schemas require)
     */
    public static InputData read(Path inputDir, PackDescriptor descriptor) {
        try (InputFolder folder = InputFolder.open(inputDir, FILES)) {
            return read(folder, descriptor);
        }
    }

    private static InputData read(InputFolder folder, PackDescriptor descriptor) {
        InputFolder.Table organizationsTable = folder.requiredTable(ORGANIZATIONS);
        InputFolder.Table membersTable = folder.requiredTable(MEMBERS);
        Optional<InputFolder.Table> decisionsTable = folder.optionalTable(DECISIONS);
        Optional<InputFolder.Table> historyTable = folder.optionalTable(HISTORY);
        Optional<InputFolder.Table> collectivesTable = folder.optionalTable(COLLECTIVES);
        Optional<InputFolder.Table> targetsTable = folder.optionalTable(TARGETS);

        FileRows<Organization> organizationRows = read(organizationsTable, InputSchemas.ORGANIZATIONS, descriptor);
        FileRows<Member> memberRows = read(membersTable, InputSchemas.MEMBERS, descriptor);
        Optional<FileRows<Decision>> decisionRows = decisionsTable.map(t -> read(t, DecisionSchema.DECISIONS, descriptor));
        Optional<FileRows<LeadershipCollective>> collectiveRows = collectivesTable.map(t -> read(t, InputSchemas.COLLECTIVES, descriptor));
        Optional<FileRows<PastLevel>> historyRows = historyTable.map(t -> read(t, HistorySchema.HISTORY, descriptor));
        Optional<FileRows<Target>> targetRows = targetsTable.map(t -> read(t, TargetSchema.TARGETS, descriptor));

        OrganizationTree.Result organizations = OrganizationTree.check(organizationRows);
        MemberRows.Result members = MemberRows.check(memberRows, organizations);
        DecisionRows.Result decisions = decisionRows
                .map(rows -> DecisionRows.check(rows, members, organizations))
                .orElse(new DecisionRows.Result(List.of(), List.of()));
        CollectiveRows.Result collectives = collectiveRows.map(rows -> CollectiveRows.check(rows, organizations))
                .orElse(new CollectiveRows.Result(List.of(), List.of()));
        HistoryRows.Result history = historyRows.map(HistoryRows::check)
                .orElse(new HistoryRows.Result(List.of(), List.of()));
        TargetRows.Result targets = targetRows.map(rows -> TargetRows.check(rows, organizations))
                .orElse(new TargetRows.Result(List.of(), List.of()));

        List<RejectedRow> rejected = new ArrayList<>();
        rejected.addAll(organizationRows.rejected());
        rejected.addAll(organizations.rejected());
        rejected.addAll(memberRows.rejected());
        rejected.addAll(members.rejected());
        decisionRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(decisions.rejected());
        collectiveRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(collectives.rejected());
        historyRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(history.rejected());
        targetRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(targets.rejected());
        rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));

        Map<String, Long> rowsRead = new LinkedHashMap<>();
        rowsRead.put(ORGANIZATIONS, organizationRows.rowsRead());
        rowsRead.put(MEMBERS, memberRows.rowsRead());
        decisionRows.ifPresent(rows -> rowsRead.put(DECISIONS, rows.rowsRead()));
        collectiveRows.ifPresent(rows -> rowsRead.put(COLLECTIVES, rows.rowsRead()));
        historyRows.ifPresent(rows -> rowsRead.put(HISTORY, rows.rowsRead()));
        targetRows.ifPresent(rows -> rowsRead.put(TARGETS, rows.rowsRead()));

        Map<String, Long> lines = new LinkedHashMap<>();
        organizations.accepted().forEach(r -> lines.put(ORGANIZATIONS + ":" + r.value().orgId(), r.line()));
        putLines(lines, members, decisions, collectives.accepted(), history);
        targets.accepted().forEach(t -> lines.put(TARGETS + ":" + t.targetId(), t.line()));

        List<InputWarning> warnings = new ArrayList<>(folder.warnings());
        warnings.addAll(organizationRows.warnings());
        warnings.addAll(memberRows.warnings());
        decisionRows.ifPresent(rows -> warnings.addAll(rows.warnings()));
        collectiveRows.ifPresent(rows -> warnings.addAll(rows.warnings()));
        historyRows.ifPresent(rows -> warnings.addAll(rows.warnings()));
        targetRows.ifPresent(rows -> warnings.addAll(rows.warnings()));

        return new InputData(
                organizations.accepted().stream().map(SourceRow::value).toList(),
                members.accepted().stream().map(SourceRow::value).toList(),
                decisions.accepted(), collectiveRows.filter(rows -> rows.rowsRead() > 0).isPresent()
                        ? Optional.of(collectives.accepted().stream().map(SourceRow::value).toList()) : Optional.empty(),
                history.accepted().stream().map(SourceRow::value).toList(),
                rejected, rowsRead, lines, warnings, targets.accepted());
    }

    /** The lines of the accepted rows, by file and subject, for messages about them later in the run. */
    static void putLines(Map<String, Long> lines, MemberRows.Result members, DecisionRows.Result decisions,
                         List<SourceRow<LeadershipCollective>> collectives, HistoryRows.Result history) {
        members.accepted().forEach(r -> lines.put(MEMBERS + ":" + MemberRows.key(r.value().memberId(),
                r.value().status() == MemberStatus.TEMPORARY), r.line()));
        decisions.accepted().forEach(d -> lines.put(DECISIONS + ":" + DecisionRows.key(d.subjectType(), d.subjectId()), d.line()));
        collectives.forEach(r -> lines.put(COLLECTIVES + ":" + r.value().collectiveId(), r.line()));
        history.accepted().forEach(r -> lines.put(HISTORY + ":" + HistoryRows.key(r.value()), r.line()));
    }

    static <T> FileRows<T> read(InputFolder.Table table, RowSchema<T> schema, PackDescriptor descriptor) {
        return SchemaFileReader.read(table.open(schema.file()), schema, descriptor);
    }
}
