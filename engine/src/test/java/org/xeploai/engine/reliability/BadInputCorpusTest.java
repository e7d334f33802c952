package org.xeploai.engine.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.output.ResultWriter;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The bad-input corpus through the engine (contract: "A wrong row must be named, not guessed"; "Nothing is lost"):
 * a file that cannot be used stops the run with the file, line, column and message of the case; otherwise every row
 * the case lists is rejected with its file, line, column and message key, no other row is, every file balances, and
 * the results are written with formulas defused. Each message key has a text in Vietnamese and in English.
 */
class BadInputCorpusTest {
    /** Contract: at least 60 cases. */
    static final int MINIMUM_CASES = 60;
    private static RulePack pack;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void loadPack() {
        pack = RulePackRegistry.packaged().get("qd132-hd21");
    }

    @Test
    void theCorpusHasAtLeastSixtyCasesEachWithAnExpectation() {
        List<Corpus.Case> cases = Corpus.cases();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.what()).as(c.name() + ": first line says what the case shows").isNotBlank();
            assertThat(c.expect()).as(c.name()).containsKey("exit");
            if (c.exit() == 3) {
                assertThat(c.get("error")).as(c.name() + ": exit 3 names where").isNotNull();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAsExpected() {
        return Corpus.cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.what(), () -> check(c)));
    }

    private void check(Corpus.Case c) throws IOException {
        Path input = c.prepare(tmp.resolve(c.name()).resolve("in"));
        Throwable thrown = catchThrowable(() -> InputFolderReader.read(input, pack.descriptor()));
        if (c.exit() == 3) {
            assertThat(thrown).as("the input is unusable as a whole").isInstanceOf(InputUnusableException.class);
            InputUnusableException e = (InputUnusableException) thrown;
            String[] where = c.get("error").split("\\|", -1);
            assertThat(List.of(e.file(), Long.toString(e.line()), e.column() == null ? "" : e.column(), e.messageKey()))
                    .as("file, line, column and message key").containsExactly(where);
            assertBothLanguages(e.messageKey(), e.args());
            for (Lang lang : Lang.values()) {
                String say = c.get("say." + lang.name().toLowerCase());
                if (say != null) {
                    assertThat(Messages.of(lang).get(e.messageKey(), e.args())).contains(say);
                }
            }
            return;
        }
        assertThat(thrown).as("no exception: the run goes on").isNull();
        InputData data = InputFolderReader.read(input, pack.descriptor());
        ClassificationResult result = new Pipeline(pack, Corpus.YEAR, 1).run(data, ProgressListener.NONE);

        assertThat(result.rejected().stream().map(BadInputCorpusTest::describe).distinct().toList())
                .as("the rejected rows, exactly").containsExactlyInAnyOrderElementsOf(c.all("rejected"));
        for (RejectedRow r : result.rejected()) {
            assertThat(r.line()).as("a rejected row names its line").isPositive();
            assertBothLanguages(r.messageKey(), r.args());
        }
        assertThat(result.accounting()).as("nothing is lost").allSatisfy(a ->
                assertThat(a.balanced()).as(a.toString()).isTrue());
        Map<String, RowAccounting> byFile = result.accounting().stream()
                .collect(Collectors.toMap(RowAccounting::file, a -> a));
        for (String key : c.rowCounts()) {
            String file = key.substring("rows.".length());
            String[] counts = c.get(key).split("\\|");
            assertThat(byFile).as("accounting of " + file).containsKey(file);
            assertThat(byFile.get(file).rowsIn()).as(file + " rows in").isEqualTo(Long.parseLong(counts[0]));
            assertThat(byFile.get(file).rejected()).as(file + " rows rejected").isEqualTo(Long.parseLong(counts[1]));
        }
        if (c.get("warning") != null) {
            assertThat(result.warnings().stream().map(w -> w.file() + "|" + w.messageKey()))
                    .contains(c.get("warning"));
        }
        for (InputWarning w : result.warnings()) {
            assertBothLanguages(w.messageKey(), w.args());
        }

        Path output = tmp.resolve(c.name()).resolve("out");
        ResultWriter.write(result, output, Lang.VI);
        for (String expected : c.all("output")) {
            String[] p = expected.split("\\|", 2);
            assertThat(OutputCsv.read(output.resolve(p[0])).stream().flatMap(List::stream))
                    .as(p[0] + " has a cell written so").contains(p[1]);
        }
        for (String absent : c.all("absent")) {
            String[] p = absent.split("\\|", 2);
            Path file = output.resolve(p[0]);
            if (Files.exists(file)) {
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)).as(p[0]).doesNotContain(p[1]);
            }
        }
        assertNoCellRunsAsAFormula(output);
    }

    static String describe(RejectedRow r) {
        return r.file() + "|" + r.line() + "|" + r.column() + "|" + r.messageKey();
    }

    /** The key has a text in both languages, the texts differ, and neither is left with a raw placeholder. */
    static void assertBothLanguages(String key, List<Object> args) {
        String vi = Messages.of(Lang.VI).get(key, args);
        String en = Messages.of(Lang.EN).get(key, args);
        assertThat(Messages.of(Lang.VI).has(key)).as("Vietnamese text for " + key).isTrue();
        assertThat(Messages.of(Lang.EN).has(key)).as("English text for " + key).isTrue();
        assertThat(vi).as(key).isNotEqualTo(en).doesNotContain("{0}", "{1}");
        assertThat(en).as(key).doesNotContain("{0}", "{1}");
    }

    /** Contract: "any cell starting with =, +, - or @ written so that a spreadsheet does not run it". */
    static void assertNoCellRunsAsAFormula(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                for (List<String> row : OutputCsv.read(file)) {
                    for (String cell : row) {
                        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                            assertThat(cell).as(file.getFileName() + ": a cell a spreadsheet would run")
                                    .matches("[-+]?[0-9]+([.,][0-9]+)?");
                        }
                    }
                }
            }
        }
    }
}
