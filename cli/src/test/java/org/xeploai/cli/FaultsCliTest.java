package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xeploai.rules.PackCopier;
import org.xeploai.rules.PackFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults around a run (issue: "a full disk or an unwritable folder gives a clear error and exit code; a corrupt or
 * half-edited rule pack is refused before any result is written"): exit 5 for an output that cannot be written, exit
 * 4 for a broken pack, each with a message in the language asked for, never a stack trace, and the output folder as
 * it was.
 */
class FaultsCliTest {
    @TempDir
    Path tmp;

    private CliRun classify(Path input, Path output, String... more) {
        String[] args = Stream.concat(Stream.of("classify", "--year", "2022", "--input", input.toString(),
                "--output", output.toString()), Stream.of(more)).toArray(String[]::new);
        return CliRun.run(args);
    }

    @Test
    void anOutputFolderUnderARegularFileGivesExit5NamingItInVietnamese() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("ket-qua.txt"), "một tệp, không phải thư mục");

        CliRun run = classify(input, file.resolve("2022"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN.code());
        assertThat(run.err()).contains("Không ghi được kết quả").contains(file.toString())
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(file)).isEqualTo("một tệp, không phải thư mục");
    }

    @Test
    void anOutputFolderUnderARegularFileGivesExit5NamingItInEnglish() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("results.txt"), "a file, not a folder");

        CliRun run = classify(input, file.resolve("2022"), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN.code());
        assertThat(run.err()).contains("The results could not be written").contains(file.toString())
                .contains("is a file, not a folder").contains("Choose another output folder")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void theOutputFolderItselfBeingARegularFileGivesExit5() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("out"), "x");

        CliRun run = classify(input, file, "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN.code());
        assertThat(run.err()).contains(file.toString());
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /**
     * A board's edited copy of the pack, broken the ways a half-finished edit leaves it: a rule file cut off in the
     * middle, an empty pack.yaml, a parameters table cut in the middle of a row, a rule file deleted.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated-drl", "empty-pack-yaml", "truncated-parameters", "missing-drl"})
    void aCorruptOrHalfEditedRulePackIsRefusedWithExit4BeforeAnythingIsWritten(String damage) throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path rules = tmp.resolve("rules");
        PackCopier.copy(PackFiles.packaged("qd132-hd21"), rules);
        damage(rules, damage);
        Path output = tmp.resolve("out");
        assertThat(classify(input, output).exitCode()).isEqualTo(ExitCode.OK.code()); // results of an earlier run
        Map<String, String> before = snapshot(output);

        CliRun vi = classify(input, output, "--rules", rules.toString());
        CliRun en = classify(input, output, "--rules", rules.toString(), "--lang", "en");

        assertThat(vi.exitCode()).as(vi.err()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(en.exitCode()).as(en.err()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(en.err()).contains("The rule pack cannot be used").doesNotContain("\tat ", "Internal error");
        assertThat(vi.err()).isNotEqualTo(en.err()).doesNotContain("\tat ");
        assertThat(vi.out()).isEmpty();
        assertThat(snapshot(output)).as("the earlier results, untouched").isEqualTo(before);
        assertThat(classify(input, tmp.resolve("fresh"), "--rules", rules.toString()).exitCode()).isEqualTo(4);
        assertThat(tmp.resolve("fresh")).as("no output folder is created").doesNotExist();
    }

    /**
     * A rule file re-saved by Notepad in the Windows code page (its Vietnamese comments no longer UTF-8). Failure found
     * by this test and not yet fixed: PackFiles.directory reads with Files.readString, whose MalformedInputException
     * reaches the user as "Internal error" with exit 1 instead of a pack problem naming the file (exit 4). The fix
     * belongs in the rules module (report the file as not UTF-8); docs/reliability.md lists it.
     */
    @Test
    void aRuleFileSavedInTheWindowsCodePageIsRefusedWithExit4() throws IOException {
        Path input = InputFolder.write(tmp.resolve("in"));
        Path rules = tmp.resolve("rules");
        PackCopier.copy(PackFiles.packaged("qd132-hd21"), rules);
        damage(rules, "windows-1258-drl");

        CliRun run = classify(input, tmp.resolve("out"), "--rules", rules.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.err()).contains(firstDrl(rules).getFileName().toString());
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static void damage(Path rules, String how) throws IOException {
        Path drl = firstDrl(rules);
        switch (how) {
            case "truncated-drl" -> {
                String text = Files.readString(drl, StandardCharsets.UTF_8);
                Files.writeString(drl, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
            }
            case "empty-pack-yaml" -> Files.writeString(rules.resolve("pack.yaml"), "");
            case "truncated-parameters" -> {
                String text = Files.readString(rules.resolve("parameters.csv"), StandardCharsets.UTF_8);
                int cut = text.indexOf("quota.share");
                Files.writeString(rules.resolve("parameters.csv"), text.substring(0, cut + "quota.sh".length()),
                        StandardCharsets.UTF_8);
            }
            case "missing-drl" -> Files.delete(drl);
            case "windows-1258-drl" -> Files.write(drl, Files.readString(drl, StandardCharsets.UTF_8)
                    .getBytes(java.nio.charset.Charset.forName("windows-1258")));
            default -> throw new IllegalArgumentException(how);
        }
    }

    private static Path firstDrl(Path rules) throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(p -> p.toString().endsWith(".drl")).filter(p -> p.toString().contains("member"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                        + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
