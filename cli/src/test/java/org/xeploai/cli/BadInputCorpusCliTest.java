package org.xeploai.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.reliability.Corpus;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackDescriptor;
import org.xeploai.rules.RulePackRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every case of the bad-input corpus through {@code xeploai classify}, in Vietnamese and with {@code --lang en}
 * (contract: "Every error message names the file, the line and the column where it has one, in Vietnamese or English
 * by --lang, and never a stack trace"). A file that cannot be used: exit 3, the message on standard error naming the
 * file, line and column and saying how to fix it, and no output folder. Otherwise: exit 0, every input row accounted
 * for on the terminal, and each rejected row in {@code rejected.csv} with its file, line, column and a message in the
 * language asked for.
 */
class BadInputCorpusCliTest {
    /** The pack of {@link Corpus#YEAR}, to read the arguments of the message the terminal must show. */
    private static final PackDescriptor PACK = RulePackRegistry.packaged().get("qd132-hd21").descriptor();

    @TempDir
    Path tmp;

    @Test
    void theCorpusIsFound() {
        assertThat(Corpus.cases()).as(Corpus.ROOT.toString()).hasSizeGreaterThanOrEqualTo(60);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExitCodeAndNamesWhereInBothLanguages() {
        return Corpus.cases().stream().flatMap(c -> Stream.of(Lang.VI, Lang.EN).map(lang ->
                DynamicTest.dynamicTest(c.name() + " [" + lang + "]: " + c.what(), () -> check(c, lang))));
    }

    private void check(Corpus.Case c, Lang lang) throws IOException {
        String tag = lang.name().toLowerCase(Locale.ROOT);
        Path input = c.prepare(tmp.resolve(c.name() + "-" + tag).resolve("in"));
        Path output = tmp.resolve(c.name() + "-" + tag).resolve("out");
        Messages messages = Messages.of(lang);

        CliRun run = CliRun.run("classify", "--year", Integer.toString(Corpus.YEAR), "--input", input.toString(),
                "--output", output.toString(), "--lang", tag);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(c.exit());
        assertThat(run.err()).as("never a stack trace").doesNotContain("\tat ", "Exception", "Internal error", "Lỗi nội bộ");
        assertThat(run.err()).doesNotContain(messages.get("cli.classify.unbalanced", "").strip());
        String say = c.get("say." + tag);
        if (c.exit() == ExitCode.INPUT_UNUSABLE.code()) {
            InputUnusableException e = catchThrowableOfType(InputUnusableException.class, () ->
                    InputFolderReader.read(input, PACK));
            String[] where = c.get("error").split("\\|", -1);
            String expectedWhere = ErrorReporter.where(messages, where[0], Long.parseLong(where[1]), where[2]);
            assertThat(run.err())
                    .contains(messages.get("cli.error.input", expectedWhere, messages.get(e.messageKey(), e.args())));
            assertThat(run.err()).as("names the file").contains(where[0]);
            if (Long.parseLong(where[1]) > 0) {
                assertThat(run.err()).as("names the line").contains(messages.get("cli.where.line", where[1]));
            }
            if (!where[2].isEmpty()) {
                assertThat(run.err()).as("names the column").contains(messages.get("cli.where.column", where[2]));
            }
            if (say != null) {
                assertThat(run.err()).contains(say);
            }
            assertThat(output).as("nothing written").doesNotExist();
            assertThat(run.out()).isEmpty();
            return;
        }
        assertThat(run.out()).contains(messages.get("cli.classify.accounting"));
        for (String key : c.rowCounts()) {
            String file = key.substring("rows.".length());
            assertThat(run.out()).as("the terminal accounts for " + file)
                    .containsPattern(java.util.regex.Pattern.quote(file) + " +" + c.get(key).split("\\|")[0] + " = ");
        }
        List<CSVRecord> rejected = rejectedCsv(output.resolve("rejected.csv"));
        List<String> expected = c.all("rejected");
        assertThat(rejected.stream().map(r -> r.get("file") + "|" + r.get("line") + "|" + r.get("column")).distinct())
                .as("rejected.csv names file, line and column of each rejected row")
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(e -> e.substring(0, e.lastIndexOf('|'))).distinct().toList());
        for (CSVRecord r : rejected) {
            assertThat(r.get("message")).as("a message, not a key").isNotBlank().doesNotStartWith("input.")
                    .doesNotStartWith("value.").doesNotStartWith("row.");
        }
        if (!rejected.isEmpty()) {
            assertThat(run.out()).contains(messages.get("cli.classify.rejected", rejected.stream()
                    .map(r -> r.get("file") + ":" + r.get("line")).distinct().count(), output.resolve("rejected.csv")));
        }
        if (say != null) {
            assertThat(rejected.stream().map(r -> r.get("message"))).anySatisfy(m -> assertThat(m).contains(say));
        }
        if (c.get("warning") != null) {
            assertThat(run.err()).contains(messages.get("cli.warning", c.get("warning").split("\\|")[0], "").strip());
        }
    }

    private static List<CSVRecord> rejectedCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 with BOM").startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
