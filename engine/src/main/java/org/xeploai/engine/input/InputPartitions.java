package org.xeploai.engine.input;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.Text;
import org.xeploai.model.schema.InputSchemas;
import org.xeploai.model.schema.RowSchema;
import org.xeploai.model.schema.ValueType;
import org.xeploai.rules.PackDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * A committee's input split for a run whose memory does not grow with the number of members: the organizations, the
 * collectives and the targets are read whole (they number in the hundreds of thousands at most), while the rows of
 * {@code members.csv}, {@code decisions.csv} and {@code history.csv} are sent, as read, to temporary files, one per
 * <em>partition</em>. A partition holds whole approving authorities (the committee directly above grassroots
 * organizations, which sets their quota and that of their collectives), so each partition classifies on its own
 * exactly as the whole input would.
 * <p>
 * Every row keeps its line and cells, and each partition is read back through the same checks as a whole file
 * ({@link InputFolderReader}), so its rejected rows and messages are those of a whole read. Rows that must meet go
 * to the same partition ({@link FactRoutes}).
 * <p>
 * Where a member's own row and temporary-activity row lie under different authorities, the member's earlier years go
 * with the own row: the temporary-activity row is evaluated without them, but it is never classified and its reasons
 * say only why (C-TEMP), so no output differs (PartitionedRunTest). One message may: when both rows are refused, a
 * decision about the member cites the own row's line rather than the first.
 */
public final class InputPartitions implements PartitionedInput {
    private final PackDescriptor descriptor;
    private final OrganizationTree.Result organizations;
    private final InputData whole;
    private final List<List<Organization>> organizationsOf;
    private final PartitionPlan plan;
    private final List<SourceRow<LeadershipCollective>> collectives;
    private final boolean collectivesGiven;
    private final Spilled members;
    private final Spilled decisions;
    private final Spilled history;

    private InputPartitions(PackDescriptor descriptor, OrganizationTree.Result organizations, InputData whole,
                            List<List<Organization>> organizationsOf, PartitionPlan plan,
                            List<SourceRow<LeadershipCollective>> collectives, boolean collectivesGiven,
                            Spilled members, Spilled decisions, Spilled history) {
        this.descriptor = descriptor;
        this.organizations = organizations;
        this.whole = whole;
        this.organizationsOf = organizationsOf;
        this.plan = plan;
        this.collectives = collectives;
        this.collectivesGiven = collectivesGiven;
        this.members = members;
        this.decisions = decisions;
        this.history = history;
    }

    /**
     * Reads the input folder once, sending member, decision and history rows to temporary files in {@code spillDir}
     * (created if needed; the files are deleted as each partition is read, and by {@link #close()}).
     *
     * @param organizationsPerPartition approving authorities are grouped, in input order, until a partition holds at
     *                                  least this many organizations (grassroots organizations and those below them)
     * @param reading                   told from time to time how many rows of the spilled files are read so far
     */
    public static InputPartitions split(Path inputDir, PackDescriptor descriptor, int organizationsPerPartition,
                                        Path spillDir, LongConsumer reading) {
        try {
            Files.createDirectories(spillDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputFolder folder = InputFolder.open(inputDir, InputFolderReader.FILES)) {
            InputFolder.Table organizationsTable = folder.requiredTable(InputFolderReader.ORGANIZATIONS);
            InputFolder.Table membersTable = folder.requiredTable(InputFolderReader.MEMBERS);
            FileRows<Organization> organizationRows = InputFolderReader.read(organizationsTable, InputSchemas.ORGANIZATIONS, descriptor);
            OrganizationTree.Result organizations = OrganizationTree.check(organizationRows);
            List<Organization> accepted = organizations.accepted().stream().map(SourceRow::value).toList();
            PartitionPlan plan = PartitionPlan.of(accepted, organizationsPerPartition);

            List<InputWarning> warnings = new ArrayList<>(folder.warnings());
            warnings.addAll(organizationRows.warnings());
            Map<String, Long> rowsRead = new LinkedHashMap<>();
            rowsRead.put(InputFolderReader.ORGANIZATIONS, organizationRows.rowsRead());

            Map<String, String> organizationOfCollective = new HashMap<>();
            FactRoutes routes = new FactRoutes(plan, organizationOfCollective);
            Spilled members = Spilled.of(membersTable.open(InputFolderReader.MEMBERS), InputSchemas.MEMBERS,
                    descriptor, plan.size(), spillDir,
                    cells -> routes.member(raw(cells, "member_id"), temporary(raw(cells, "status")), raw(cells, "org_id")),
                    0, reading);
            members.account(rowsRead, warnings);

            Optional<InputFolder.Table> decisionsTable = folder.optionalTable(InputFolderReader.DECISIONS);
            Optional<InputFolder.Table> historyTable = folder.optionalTable(InputFolderReader.HISTORY);
            Optional<InputFolder.Table> collectivesTable = folder.optionalTable(InputFolderReader.COLLECTIVES);
            Optional<InputFolder.Table> targetsTable = folder.optionalTable(InputFolderReader.TARGETS);

            // collectives.csv is read before decisions.csv, whose rows about a collective follow its organization: when
            // both files are unusable, this names the collectives' problem where a whole read names the decisions'
            Optional<FileRows<LeadershipCollective>> collectiveRows = collectivesTable
                    .map(t -> InputFolderReader.read(t, InputSchemas.COLLECTIVES, descriptor));
            CollectiveRows.Result collectives = collectiveRows.map(rows -> CollectiveRows.check(rows, organizations))
                    .orElse(new CollectiveRows.Result(List.of(), List.of()));
            collectives.accepted().forEach(r -> organizationOfCollective.put(r.value().collectiveId(), r.value().orgId()));
            Function<Map<String, String>, Integer> bySubject = cells -> routes.subject(
                    DecisionSchema.subjectType(raw(cells, "subject_type")).orElse(null), raw(cells, "subject_id"));
            Spilled decisions = decisionsTable.map(t -> Spilled.of(t.open(InputFolderReader.DECISIONS),
                    DecisionSchema.DECISIONS, descriptor, plan.size(), spillDir, bySubject, members.rowsRead, reading))
                    .orElse(null);
            long spilledBefore = members.rowsRead + (decisions == null ? 0 : decisions.rowsRead);
            if (decisions != null) {
                decisions.account(rowsRead, warnings);
            }
            collectiveRows.ifPresent(rows -> {
                rowsRead.put(InputFolderReader.COLLECTIVES, rows.rowsRead());
                warnings.addAll(rows.warnings());
            });
            Spilled history = historyTable.map(t -> Spilled.of(t.open(InputFolderReader.HISTORY),
                    HistorySchema.HISTORY, descriptor, plan.size(), spillDir, bySubject, spilledBefore, reading))
                    .orElse(null);
            if (history != null) {
                history.account(rowsRead, warnings);
            }
            Optional<FileRows<Target>> targetRows = targetsTable.map(t -> InputFolderReader.read(t, TargetSchema.TARGETS, descriptor));
            TargetRows.Result targets = targetRows.map(rows -> TargetRows.check(rows, organizations))
                    .orElse(new TargetRows.Result(List.of(), List.of()));
            targetRows.ifPresent(rows -> {
                rowsRead.put(InputFolderReader.TARGETS, rows.rowsRead());
                warnings.addAll(rows.warnings());
            });

            List<RejectedRow> rejected = new ArrayList<>();
            rejected.addAll(organizationRows.rejected());
            rejected.addAll(organizations.rejected());
            collectiveRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
            rejected.addAll(collectives.rejected());
            targetRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
            rejected.addAll(targets.rejected());
            rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));
            Map<String, Long> lines = new LinkedHashMap<>();
            organizations.accepted().forEach(r -> lines.put(InputFolderReader.ORGANIZATIONS + ":" + r.value().orgId(), r.line()));
            targets.accepted().forEach(t -> lines.put(InputFolderReader.TARGETS + ":" + t.targetId(), t.line()));
            boolean collectivesGiven = collectiveRows.filter(rows -> rows.rowsRead() > 0).isPresent();
            InputData whole = new InputData(accepted, List.of(),
                    List.of(), collectivesGiven ? Optional.of(collectives.accepted().stream().map(SourceRow::value).toList())
                    : Optional.empty(), List.of(), rejected, rowsRead, lines, warnings, targets.accepted());
            return new InputPartitions(descriptor, organizations, whole, plan.organizationsOf(), plan,
                    collectives.accepted(), collectivesGiven, members, decisions, history);
        }
    }

    /**
     * The organizations (every one), the collectives, the targets, the row counts, warnings and rejected rows of
     * everything read whole; no members, decisions or history (those are in the partitions).
     */
    @Override
    public InputData whole() {
        return whole;
    }

    @Override
    public int size() {
        return organizationsOf.size();
    }

    /**
     * Partition {@code p} as input of its own: its grassroots organizations, those below them and their superiors up
     * to the root, their members, collectives, decisions and history, and the rows refused among them. Its spilled
     * rows are read once: each partition can be read only once.
     */
    @Override
    public InputData partition(int p) {
        List<Organization> own = organizationsOf.get(p);
        FileRows<Member> memberRows = members.read(p, InputSchemas.MEMBERS, descriptor);
        MemberRows.Result memberCheck = MemberRows.check(memberRows, organizations);
        Optional<FileRows<Decision>> decisionRows = Optional.ofNullable(decisions)
                .map(d -> d.read(p, DecisionSchema.DECISIONS, descriptor));
        DecisionRows.Result decisionCheck = decisionRows.map(rows -> DecisionRows.check(rows, memberCheck, organizations))
                .orElse(new DecisionRows.Result(List.of(), List.of()));
        Optional<FileRows<PastLevel>> historyRows = Optional.ofNullable(history)
                .map(h -> h.read(p, HistorySchema.HISTORY, descriptor));
        HistoryRows.Result historyCheck = historyRows.map(HistoryRows::check).orElse(new HistoryRows.Result(List.of(), List.of()));
        List<SourceRow<LeadershipCollective>> ownCollectives = collectives.stream()
                .filter(r -> plan.partitionOf(r.value().orgId()) == p).toList();

        List<RejectedRow> rejected = new ArrayList<>();
        rejected.addAll(memberRows.rejected());
        rejected.addAll(memberCheck.rejected());
        decisionRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(decisionCheck.rejected());
        historyRows.ifPresent(rows -> rejected.addAll(rows.rejected()));
        rejected.addAll(historyCheck.rejected());
        rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));

        Map<String, Long> lines = new HashMap<>();
        own.forEach(o -> lines.put(InputFolderReader.ORGANIZATIONS + ":" + o.orgId(), whole.lineOf(InputFolderReader.ORGANIZATIONS, o.orgId())));
        InputFolderReader.putLines(lines, memberCheck, decisionCheck, ownCollectives, historyCheck);
        Map<String, Long> rowsRead = new LinkedHashMap<>();
        rowsRead.put(InputFolderReader.MEMBERS, memberRows.rowsRead());
        decisionRows.ifPresent(rows -> rowsRead.put(InputFolderReader.DECISIONS, rows.rowsRead()));
        historyRows.ifPresent(rows -> rowsRead.put(InputFolderReader.HISTORY, rows.rowsRead()));
        return new InputData(own, memberCheck.accepted().stream().map(SourceRow::value).toList(), decisionCheck.accepted(),
                collectivesGiven ? Optional.of(ownCollectives.stream().map(SourceRow::value).toList()) : Optional.empty(),
                historyCheck.accepted().stream().map(SourceRow::value).toList(), rejected, rowsRead, lines, List.of());
    }

    /** Members are ordered by their line in {@code members.csv}. */
    @Override
    public List<Long> memberOrder(int p, InputData slice) {
        return slice.members().stream().map(slice::lineOf).toList();
    }

    /** Deletes the temporary files of partitions not read. */
    @Override
    public void close() {
        for (Spilled s : new Spilled[]{members, decisions, history}) {
            if (s != null) {
                s.delete();
            }
        }
    }

    private static String raw(Map<String, String> cells, String column) {
        String text = cells.get(column);
        return text == null ? "" : Text.nfc(text.strip());
    }

    private static boolean temporary(String status) {
        try {
            return ValueType.MEMBER_STATUS.parse(status, false) == MemberStatus.TEMPORARY;
        } catch (ValueType.InvalidValue e) {
            return false;
        }
    }

    /** One input file's rows, as sent to the partitions, with what reading it taught about the file as a whole. */
    private static final class Spilled {
        /** How often {@code reading} is told: every 65,536 rows (a mask). */
        private static final long READING_EVERY = (1 << 16) - 1;
        private final TableReader original;
        private final String file;
        private final List<RowSpill> spills;
        private final long rowsRead;
        private final Optional<InputWarning> unknownColumns;

        private Spilled(TableReader original, String file, List<RowSpill> spills, long rowsRead,
                        Optional<InputWarning> unknownColumns) {
            this.original = original;
            this.file = file;
            this.spills = spills;
            this.rowsRead = rowsRead;
            this.unknownColumns = unknownColumns;
        }

        /** @param before the rows of the files spilled earlier, counted in what {@code reading} is told */
        static Spilled of(TableReader reader, RowSchema<?> schema, PackDescriptor descriptor, int partitions,
                          Path spillDir, Function<Map<String, String>, Integer> route, long before,
                          LongConsumer reading) {
            List<RowSpill> spills = new ArrayList<>();
            try (TableReader source = reader) {
                HeaderMapping header = HeaderMapping.of(source.header(), schema, descriptor);
                for (int p = 0; p < partitions; p++) {
                    spills.add(new RowSpill(spillDir.resolve(schema.file() + "." + p)));
                }
                for (CsvRow row = source.next(); row != null; row = source.next()) {
                    spills.get(route.apply(header.cells(row))).write(row);
                    if ((source.rowsRead() & READING_EVERY) == 0) {
                        reading.accept(before + source.rowsRead());
                    }
                }
                reading.accept(before + source.rowsRead());
                spills.forEach(RowSpill::close);
                return new Spilled(source, schema.file(), spills, source.rowsRead(), header.unknownColumnsWarning());
            } catch (RuntimeException e) {
                spills.forEach(RowSpill::delete);
                throw e;
            }
        }

        void account(Map<String, Long> rowsRead, List<InputWarning> warnings) {
            rowsRead.put(file, this.rowsRead);
            unknownColumns.ifPresent(warnings::add);
        }

        <T> FileRows<T> read(int p, RowSchema<T> schema, PackDescriptor descriptor) {
            FileRows<T> rows = SchemaFileReader.read(spills.get(p).reader(original), schema, descriptor);
            // the file's warning about unknown columns was counted once, over all its rows
            return new FileRows<>(rows.file(), rows.rows(), rows.rejected(), rows.rowsRead(), List.of());
        }

        void delete() {
            spills.forEach(RowSpill::delete);
        }
    }
}
