package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xeploai generate}: reproducible synthetic input, {@code --output} accepted for {@code --out}. */
class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheInputFilesReproduciblyAndAcceptsOutputForOut() throws IOException {
        CliRun a = CliRun.run("generate", "--members", "300", "--out", tmp.resolve("a").toString(), "--lang", "en");
        CliRun b = CliRun.run("generate", "--members", "300", "--output", tmp.resolve("b").toString(), "--lang", "en");

        assertThat(a.exitCode()).as(a.err()).isEqualTo(ExitCode.OK.code());
        assertThat(b.exitCode()).as(b.err()).isEqualTo(ExitCode.OK.code());
        assertThat(a.out()).contains("Generated 300 members");
        for (String f : new String[] {"organizations.csv", "members.csv", "decisions.csv", "history.csv", "targets.csv"}) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        CliRun classify = CliRun.run("classify", "--year", "2022", "--input", tmp.resolve("a").toString(),
                "--output", tmp.resolve("out").toString(), "--lang", "en");
        assertThat(classify.exitCode()).as(classify.err()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void aMemberCountBelowOneIsAUsageError() {
        CliRun run = CliRun.run("generate", "--members", "0", "--out", tmp.resolve("z").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }
}
