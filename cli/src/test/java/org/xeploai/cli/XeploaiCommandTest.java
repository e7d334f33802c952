package org.xeploai.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The top command, {@code packs list}, and what every command shares. */
class XeploaiCommandTest {

    @Test
    void theTopHelpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("Cách dùng: xeploai").contains("classify").contains("packs")
                .contains("Mã thoát:").contains("Ví dụ:").contains("Examples (English):");
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out()).containsPattern("(?m)^\\s+" + code.code() + "\\s+\\S");
        }
    }

    @Test
    void everyCommandHasADescriptionAndExamplesInBothLanguages() {
        for (String[] command : new String[][] {{}, {"classify"}, {"explain"}, {"packs"}, {"packs", "list"},
                {"packs", "show"}, {"packs", "copy"}, {"packs", "test"}, {"validate"}, {"template"}}) {
            for (String lang : new String[] {"vi", "en"}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                        java.util.stream.Stream.of("--help", "--lang", lang)).toArray(String[]::new);
                CliRun run = CliRun.run(args);
                assertThat(run.exitCode()).isZero();
                assertThat(run.out()).as(String.join(" ", args))
                        .contains("Ví dụ:").contains("Examples (English):").contains("--lang");
                assertThat(run.out().indexOf("Ví dụ:")).isLessThan(run.out().indexOf("Examples (English):"));
            }
        }
    }

    @Test
    void theVersionNamesXeploai() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).startsWith("xeploai ").contains("Java");
    }

    @Test
    void withoutACommandTheUsageIsShownAsAUsageError() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("hãy chọn một lệnh").contains("classify");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.run("classfy", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("classfy").contains("Did you mean: classify");
    }

    @Test
    void anUnsupportedLanguageIsAUsageError() {
        CliRun run = CliRun.run("packs", "list", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--lang").contains("fr");
    }

    @Test
    void packsListShowsEachPackWithItsYearsVersionAndLegalBasis() {
        CliRun run = CliRun.run("packs", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("qd132-hd21 1.0.0 — năm 2018–2022").contains("Căn cứ:\n    Quy định 132-QĐ/TW".replace("\n", System.lineSeparator()))
                .contains("Hướng dẫn 21-HD/BTCTW");
    }

    @Test
    void packsListSpeaksEnglishWithLangEn() {
        CliRun run = CliRun.run("packs", "list", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("qd132-hd21 1.0.0 — years 2018–2022").contains("Legal basis:");
    }

    @Test
    void packsWithoutASubcommandIsAUsageError() {
        CliRun run = CliRun.run("packs");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("list");
    }
}
