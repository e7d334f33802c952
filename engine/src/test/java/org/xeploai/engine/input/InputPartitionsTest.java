package org.xeploai.engine.input;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.model.Member;
import org.xeploai.model.Organization;
import org.xeploai.rules.PackDescriptor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting the input by approving authority loses no row, refuses the rows a whole read refuses with the same
 * messages and lines, and keeps each grassroots organization whole with its members, decisions and history.
 */
class InputPartitionsTest {
    @TempDir
    static Path temp;
    private static PackDescriptor descriptor;
    private static Path input;
    private static InputData whole;

    @BeforeAll
    static void generate() {
        descriptor = TestPacks.qd132();
        input = temp.resolve("in");
        // districts are assigned round robin: the authorities' rows interleave in every file
        new InputGenerator(24_000, 7, 2022).writeTo(input);
        whole = InputFolderReader.read(input, descriptor);
    }

    private static List<InputData> split(int organizationsPerPartition, Path spill) {
        try (InputPartitions parts = InputPartitions.split(input, descriptor, organizationsPerPartition, spill, rows -> { })) {
            List<InputData> out = new ArrayList<>();
            out.add(parts.whole());
            for (int p = 0; p < parts.size(); p++) {
                out.add(parts.partition(p));
            }
            return out;
        }
    }

    @Test
    void everyRowLandsInExactlyOnePartitionAndIsReadAsAWholeReadReadsIt() {
        List<InputData> read = split(1, temp.resolve("spill-a"));
        InputData head = read.get(0);
        List<InputData> partitions = read.subList(1, read.size());
        assertThat(partitions).as("one partition per district").hasSize(3);

        assertThat(sortedById(partitions.stream().flatMap(p -> p.members().stream()).toList()))
                .isEqualTo(sortedById(whole.members()));
        assertThat(partitions.stream().mapToInt(p -> p.decisions().size()).sum()).isEqualTo(whole.decisions().size());
        assertThat(partitions.stream().flatMap(p -> p.decisions().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(whole.decisions());
        assertThat(partitions.stream().flatMap(p -> p.history().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(whole.history());
        assertThat(head.organizations()).isEqualTo(whole.organizations());
        assertThat(head.targets()).isEqualTo(whole.targets());
        assertThat(head.rowsRead()).isEqualTo(whole.rowsRead());
        assertThat(head.warnings()).isEqualTo(whole.warnings());

        List<RejectedRow> rejected = new ArrayList<>(head.rejected());
        partitions.forEach(p -> rejected.addAll(p.rejected()));
        rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));
        assertThat(rejected).isNotEmpty().isEqualTo(whole.rejected());
    }

    @Test
    void aPartitionHoldsWholeAuthoritiesWithTheirSuperiorsAndItsMembersInFileOrder() {
        List<InputData> partitions = split(1, temp.resolve("spill-b"));
        Map<String, Integer> authorityPartition = new HashMap<>();
        for (int p = 1; p < partitions.size(); p++) {
            InputData slice = partitions.get(p);
            Map<String, Organization> byId = new HashMap<>();
            slice.organizations().forEach(o -> byId.put(o.orgId(), o));
            for (Organization o : slice.organizations()) {
                if (o.grassroots()) {
                    Integer before = authorityPartition.putIfAbsent(o.parentId(), p);
                    assertThat(before).as("authority %s in one partition", o.parentId()).isIn(null, p);
                }
                if (o.parentId() != null) {
                    assertThat(byId).as("the parent of %s is in its partition", o.orgId()).containsKey(o.parentId());
                }
            }
            List<Long> lines = slice.members().stream().map(slice::lineOf).toList();
            assertThat(lines).isSorted().doesNotContain(0L);
            for (Member m : slice.members()) {
                assertThat(byId).containsKey(m.orgId());
            }
        }
    }

    @Test
    void oneLargePartitionReadsLikeTheWholeFolder() {
        List<InputData> read = split(Integer.MAX_VALUE, temp.resolve("spill-c"));
        assertThat(read).hasSize(2);
        InputData only = read.get(1);
        assertThat(only.members()).isEqualTo(whole.members());
        assertThat(only.decisions()).isEqualTo(whole.decisions());
        assertThat(only.history()).isEqualTo(whole.history());
        assertThat(only.organizations()).isEqualTo(whole.organizations());
        assertThat(only.collectives()).isEqualTo(whole.collectives());
    }

    @Test
    void theSplitSaysHowManyRowsItHasReadUpToEveryRowOfTheFilesItSpills() {
        List<Long> told = new ArrayList<>();
        try (InputPartitions parts = InputPartitions.split(input, descriptor, 1, temp.resolve("spill-e"), told::add)) {
            long spilled = whole.rowsRead().get("members.csv") + whole.rowsRead().get("decisions.csv")
                    + whole.rowsRead().get("history.csv");
            assertThat(told).isSorted().last().isEqualTo(spilled);
            assertThat(parts.size()).isEqualTo(3);
        }
    }

    @Test
    void theTemporaryFilesAreGoneOnceTheSplitIsClosed() throws IOException {
        Path spill = temp.resolve("spill-d");
        split(1, spill);
        try (Stream<Path> left = Files.list(spill)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    private static List<String> sortedById(List<Member> members) {
        return members.stream().map(m -> m.memberId() + "@" + m.orgId() + ":" + m.status()).sorted().toList();
    }
}
