package org.xeploai.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.reliability.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the bad-input corpus classified one organization at a time ({@code --partition-size 1}, the way a
 * national run reads its input) says and writes exactly what the in-memory run says and writes: the same exit code,
 * the same terminal output, the same files byte for byte. Partitioning is a matter of memory, never of results.
 */
class PartitionedCorpusCliTest {
    private static final List<String> FILES = List.of("members.csv", "organizations.csv", "collectives.csv",
            "summary.csv", "rejected.csv", "run.csv", "targets.csv", "awards.csv", "year_over_year.csv",
            "not_classified.csv", "report.html");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCaseGivesTheSameOutcomeInPartitionsAsInMemory() {
        return Corpus.cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.what(), () -> check(c)));
    }

    private void check(Corpus.Case c) throws IOException {
        Path input = c.prepare(tmp.resolve(c.name()).resolve("in"));
        Path whole = tmp.resolve(c.name()).resolve("whole");
        Path parts = tmp.resolve(c.name()).resolve("parts");
        String year = Integer.toString(Corpus.YEAR);

        CliRun inMemory = CliRun.run("classify", "--year", year, "--input", input.toString(), "--output", whole.toString(),
                "--partition-size", "0");
        CliRun partitioned = CliRun.run("classify", "--year", year, "--input", input.toString(), "--output",
                parts.toString(), "--partition-size", "1");

        assertThat(partitioned.exitCode()).as(partitioned.err()).isEqualTo(inMemory.exitCode());
        assertThat(partitioned.err()).isEqualTo(inMemory.err());
        assertThat(partitioned.out().replace(parts.toString(), whole.toString())).isEqualTo(inMemory.out());
        for (String file : FILES) {
            Path expected = whole.resolve(file);
            if (Files.exists(expected)) {
                assertThat(Files.readString(parts.resolve(file))).as(file).isEqualTo(Files.readString(expected));
            } else {
                assertThat(parts.resolve(file)).doesNotExist();
            }
        }
    }
}
