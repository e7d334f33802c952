package org.xeploai.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.generate.InputGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's pieces work on a tiny input; no time is asserted (the real run is bench/run). */
class BenchmarkSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void theReferencePointsAndTheEngineChildRunOnATinyInput() throws Exception {
        Path in = tmp.resolve("in");
        new InputGenerator(500, 1, 2022).writeTo(in);

        assertThat(Benchmark.LowerBound.copy(in, tmp.resolve("a"))).isPositive();
        assertThat(Files.readAllBytes(tmp.resolve("a/members.csv"))).isEqualTo(Files.readAllBytes(in.resolve("members.csv")));
        assertThat(HandClassifier.run(in, tmp.resolve("b"), 2022)).isPositive();
        assertThat(Files.readAllLines(tmp.resolve("b/members.csv"))).hasSizeGreaterThan(500);
        String inMemory = Benchmark.Children.engine(in, 2022, tmp.resolve("e"), null, 0);
        assertThat(inMemory).contains("classify=").contains("rows=").contains("partition_size=0 partitions=1");
        String partitioned = Benchmark.Children.engine(in, 2022, tmp.resolve("p"), null, 1);
        assertThat(partitioned).contains("partition_size=1 partitions=");
        assertThat(Files.readAllBytes(tmp.resolve("p/members.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("e/members.csv")));
    }

    @Test
    void theDocKeepsItsTextOutsideTheMarkers() throws IOException {
        Path doc = tmp.resolve("b.md");
        Files.writeString(doc, "# B\n\nintro\n\n" + Benchmark.START + "\nold\n" + Benchmark.END + "\n\nafter\n");
        Benchmark.writeDoc(doc, "new figures");
        assertThat(Files.readString(doc)).contains("intro", "new figures", "after").doesNotContain("old");
    }

    @Test
    void aPackWith500GeneratedRulesBuilds() throws IOException {
        Path dir = tmp.resolve("p");
        Benchmark.Generated500.write(dir, 20);
        assertThat(Benchmark.Children.pack(dir.toString())).contains("first=");
    }
}
