package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.output.OutputException;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.RulePackException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure becomes one exit code and a message without a stack trace. */
class ErrorReporterTest {
    private final StringWriter err = new StringWriter();

    private ExitCode report(Throwable failure, Lang lang) {
        return ErrorReporter.report(failure, Messages.of(lang), new PrintWriter(err, true), "xeploai classify");
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorOnOneLine() {
        ExitCode code = report(new IllegalStateException("boom\n  second line"), Lang.VI);

        assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("Lỗi nội bộ: IllegalStateException: boom …" + System.lineSeparator());
    }

    @Test
    void aKnownFailureWrappedByAWorkerThreadKeepsItsExitCode() {
        InputUnusableException cause = new InputUnusableException("members.csv", 3, "grade_tasks", "no.such.key");

        ExitCode code = report(new CompletionException(cause), Lang.EN);

        assertThat(code).isEqualTo(ExitCode.INPUT_UNUSABLE);
        assertThat(err.toString()).startsWith("Input unusable: members.csv, line 3, column grade_tasks: ");
    }

    @Test
    void everyPackProblemIsListedAsFileLineMessage() {
        RulePackException failure = new RulePackException(List.of(new PackProblem("p/member/member.drl", 12, "bad"),
                PackProblem.of("p/parameters.csv", 0, "pack.parameters.twice", "quota.share")));

        ExitCode code = report(failure, Lang.EN);

        assertThat(code).isEqualTo(ExitCode.RULE_PACK);
        assertThat(err.toString()).contains("problems found: 2")
                .contains("  p/member/member.drl:12: Rule compile error: bad")
                .contains("  p/parameters.csv: Parameter quota.share is defined twice.");
    }

    @Test
    void packProblemsAreInVietnameseByDefault() {
        RulePackException failure = new RulePackException(List.of(new PackProblem("p/member/member.drl", 12, "bad"),
                PackProblem.of("p/parameters.csv", 0, "pack.parameters.twice", "quota.share")));

        ExitCode code = report(failure, Lang.VI);

        assertThat(code).isEqualTo(ExitCode.RULE_PACK);
        assertThat(err.toString()).contains("  p/member/member.drl:12: Lỗi biên dịch quy tắc: bad")
                .contains("  p/parameters.csv: Tham số quota.share được khai báo hai lần.");
    }

    @Test
    void anOutputFailureExitsWithFive() {
        ExitCode code = report(new OutputException(Path.of("/out"), OutputException.ACCESS_DENIED, null), Lang.VI);

        assertThat(code).isEqualTo(ExitCode.OUTPUT_NOT_WRITTEN);
        assertThat(err.toString()).startsWith("Không ghi được kết quả: ").contains("/out");
    }

    @Test
    void theStackTraceIsPrintedOnlyWithDebug() {
        Path missing = Path.of("no-such-folder-" + System.nanoTime());
        CliRun plain = CliRun.run("classify", "--year", "2022", "--input", missing.toString(), "--output", "x");
        CliRun debug = CliRun.run("classify", "--year", "2022", "--input", missing.toString(), "--output", "x",
                "--debug");

        assertThat(plain.exitCode()).isNotZero().isEqualTo(debug.exitCode());
        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("\tat ");
    }
}
