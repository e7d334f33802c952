package org.xeploai.engine.generate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.input.InputData;
import org.xeploai.rules.RulePack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The synthetic input generator: reproducible, readable by the engine, bad rows exactly where it put them. */
class InputGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FILES = List.of("organizations.csv", "members.csv", "decisions.csv",
            "history.csv", "targets.csv");

    @TempDir
    static Path temp;
    private static Xeploai xeploai;
    private static InputGenerator.Stats stats;
    private static Path dir;

    @BeforeAll
    static void generate() {
        xeploai = Xeploai.create(CLOCK);
        dir = temp.resolve("a");
        stats = new InputGenerator(6_000, 42, 2022).writeTo(dir);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Path again = temp.resolve("b");
        new InputGenerator(6_000, 42, 2022).writeTo(again);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
        Path other = temp.resolve("c");
        new InputGenerator(6_000, 43, 2022).writeTo(other);
        assertThat(Files.readAllBytes(other.resolve("members.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("members.csv")));
    }

    @Test
    void proportionsFollowTheNationalFigures() {
        assertThat(stats.members()).isEqualTo(6_000);
        // 5.7 million members in about 52,000 grassroots organizations and 270,000 cells
        assertThat(stats.grassroots()).isBetween(35L, 80L);
        assertThat(stats.cells()).isBetween(150L, 450L);
        assertThat(stats.memberRows()).isGreaterThan(stats.members());
        assertThat(stats.decisions()).isPositive();
        assertThat(stats.historyRows()).isPositive();
    }

    @Test
    void everyYearsPackReadsItAndRefusesExactlyTheBadRows() {
        assertThat(stats.badMemberRows()).isPositive();
        for (int year : List.of(2022, 2024, 2025)) {
            RulePack pack = xeploai.packForYear(year);
            InputData input = xeploai.read(dir, pack);
            ClassificationResult result = xeploai.classify(year, input, pack);
            assertThat(result.rejected().stream().filter(r -> r.file().equals("members.csv"))
                    .map(r -> r.line()).distinct().count()).as("rejected member rows, %d", year)
                    .isEqualTo(stats.badMemberRows());
            assertThat(result.rejected()).as("%d", year).allMatch(r -> r.file().equals("members.csv"));
            long classified = result.members().stream()
                    .filter(r -> r.status() == org.xeploai.rules.ClassificationStatus.CLASSIFIED).count();
            assertThat(classified).as("%d", year).isGreaterThan(stats.members() * 9 / 10);
            assertThat(result.members().stream().map(SubjectResult::level).distinct()).as("%d", year)
                    .contains(org.xeploai.model.Level.HTXSNV, org.xeploai.model.Level.HTTNV,
                            org.xeploai.model.Level.HTNV, org.xeploai.model.Level.KHTNV);
        }
    }

    @Test
    void anIntegratorStreamsFactsAndGetsTheSameResultsThroughACallback() {
        RulePack pack = xeploai.packForYear(2022);
        InputData input = xeploai.read(dir, pack);
        ClassificationResult fromFiles = xeploai.classify(2022, input, pack);
        Iterator<Object> facts = Stream.of(input.organizations().stream(), input.members().stream(),
                input.decisions().stream(), input.history().stream()).<Object>flatMap(s -> s).iterator();
        List<SubjectResult> received = new ArrayList<>();

        Xeploai.StreamedRun run = xeploai.classify(2022, pack, facts, received::add);

        List<SubjectResult> expected = new ArrayList<>(fromFiles.members());
        expected.addAll(fromFiles.organizations());
        expected.addAll(fromFiles.collectives());
        assertThat(received).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(received.get(i)).as("result %d", i).isEqualTo(expected.get(i));
        }
        assertThat(run.summary()).isEqualTo(fromFiles.summary());
        assertThatThrownBy(() -> xeploai.classify(2022, pack, List.of((Object) "x").iterator(), r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
