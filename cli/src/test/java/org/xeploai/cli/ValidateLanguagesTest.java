package org.xeploai.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xeploai validate} says what is wrong with an edited pack, with file and line, in Vietnamese by default and
 * in English with {@code --lang en}; Drools' own compiler text follows a localized lead-in. Exit 4 each time.
 */
class ValidateLanguagesTest {
    private static final String MEMBER_DRL = "member/member.drl";
    private static final String MEMBER_CASES = "member/member.cases.yaml";

    @TempDir
    Path tmp;

    private Path copy() {
        return Example.copyOf("qd132-hd21", tmp.resolve("edited"));
    }

    private static CliRun validate(Path copy, String lang) {
        return lang.equals("vi") ? CliRun.run("validate", "--rules", copy.toString())
                : CliRun.run("validate", "--rules", copy.toString(), "--lang", lang);
    }

    private static String vi(String lang, String vi, String en) {
        return lang.equals("vi") ? vi : en;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aParameterOutOfRangeIsReportedAtItsRow(String lang) {
        Path copy = copy();
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");

        CliRun run = validate(copy, lang);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(copy.resolve("parameters.csv") + ":"
                + Example.lineOf(copy, "parameters.csv", "quota.share,") + ": "
                + vi(lang, "Tham số quota.share = 1.5 nằm ngoài khoảng cho phép 0..1. Hãy ghi giá trị trong khoảng đó.",
                "Parameter quota.share = 1.5 is outside 0..1. Give a value within that range."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aRuleWithoutReferenceIsReportedAtItsRule(String lang) {
        Path copy = copy();
        Example.edit(copy, MEMBER_DRL, "    @reference(\"HD21 Mục II.B tiết 2.3 điểm d\")\n    @title(\"Hoàn thành dưới 50%",
                "    @title(\"Hoàn thành dưới 50%");

        CliRun run = validate(copy, lang);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(copy.resolve(MEMBER_DRL) + ":"
                + Example.lineOf(copy, MEMBER_DRL, "rule \"R1-MEM-KO2\"") + ": "
                + vi(lang, "Quy tắc R1-MEM-KO2 không có @reference. Hãy thêm @reference(\"…\")",
                "Rule R1-MEM-KO2 has no @reference. Add @reference(\"…\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aRuleFileWithoutCasesIsReportedAtItsFirstRule(String lang) throws IOException {
        Path copy = copy();
        Files.delete(copy.resolve(MEMBER_CASES));

        CliRun run = validate(copy, lang);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.RULE_PACK.code());
        Matcher m = Pattern.compile(Pattern.quote(copy.resolve(MEMBER_DRL).toString()) + ":(\\d+): "
                + Pattern.quote(vi(lang, "Không có tệp trường hợp " + MEMBER_CASES + " cạnh tệp quy tắc này. Hãy tạo tệp đó",
                "No cases file " + MEMBER_CASES + " beside this rule file. Add one"))).matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        int line = Integer.parseInt(m.group(1));
        assertThat(line).isPositive();
        assertThat(Files.readAllLines(copy.resolve(MEMBER_DRL)).get(line - 1)).startsWith("rule ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aDrlSyntaxErrorKeepsDroolsTextAfterALocalizedLeadIn(String lang) throws IOException {
        Path copy = copy();
        Path drl = copy.resolve(MEMBER_DRL);
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "then ("));
        int broken = Example.lineOf(copy, MEMBER_DRL, "then (");

        CliRun run = validate(copy, lang);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.RULE_PACK.code());
        Matcher m = Pattern.compile(Pattern.quote(copy.resolve(MEMBER_DRL).toString()) + ":(\\d+): "
                + Pattern.quote(vi(lang, "Lỗi biên dịch quy tắc: ", "Rule compile error: "))).matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(broken - 12, broken + 1);
        assertThat(run.out()).contains(vi(lang, "Bộ quy tắc chưa nạp được", "The pack does not load yet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void packsTestListsTheProblemsOfAPackThatDoesNotLoadInTheUsersLanguage(String lang) {
        Path copy = copy();
        Example.edit(copy, "parameters.csv", "quota.share,0.20,", "quota.share,1.5,");

        CliRun run = lang.equals("vi") ? CliRun.run("packs", "test", copy.toString())
                : CliRun.run("packs", "test", copy.toString(), "--lang", lang);

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_PACK.code());
        assertThat(run.out()).contains(vi(lang, "Tham số quota.share = 1.5 nằm ngoài khoảng cho phép 0..1",
                "Parameter quota.share = 1.5 is outside 0..1"));
    }
}
