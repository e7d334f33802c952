package org.xeploai.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of the rule authoring guide (docs/rule-authoring.vi.md and .en.md) runs as written: every
 * {@code xeploai} command of its block runs in-process, the edit it states is made, and every line the guide shows
 * as the output of {@code diff} is printed (but those with the packs' hashes, which change with any file).
 */
class RuleAuthoringGuideTest {
    private static final Path ROOT = Example.PROVINCIAL_AGENCIES_2022.getParent().getParent();
    private static final Pattern EDIT = Pattern.compile("#[^:]*?(\\S+)/(parameters\\.csv): (\\S+) → (\\S+)");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"docs/rule-authoring.vi.md", "docs/rule-authoring.en.md"})
    void theWorkedExampleRunsAsWrittenAndPrintsTheNumbersTheGuideShows(String guide) throws IOException {
        String text = Files.readString(ROOT.resolve(guide), StandardCharsets.UTF_8);
        List<String> commands = block(text, "<!-- worked-example:commands -->");
        List<String> shown = block(text, "<!-- worked-example:output -->");
        assertThat(commands).anyMatch(c -> c.startsWith("xeploai diff "));

        String lastOut = "";
        for (String line : commands) {
            Matcher edit = EDIT.matcher(line);
            if (edit.find()) {
                Example.edit(tmp.resolve(edit.group(1)), edit.group(2), edit.group(3), edit.group(4));
                continue;
            }
            if (!line.startsWith("xeploai ")) {
                continue;
            }
            CliRun run = CliRun.run(args(line));
            assertThat(run.exitCode()).as(line + "\n" + run.out() + run.err()).isZero();
            lastOut = run.out().replace(tmp + java.io.File.separator, "").replace(ROOT + java.io.File.separator, "");
        }
        List<String> printed = lastOut.lines().toList();
        for (String line : shown) {
            if (!line.contains("sha256")) {
                assertThat(printed).as(guide).contains(line);
            }
        }
        assertThat(tmp.resolve("so-sanh-2022/diff.html")).exists();
    }

    /** The lines of the fenced block after the marker. */
    private static List<String> block(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int open = text.indexOf("```", at);
        int start = text.indexOf('\n', open) + 1;
        int end = text.indexOf("```", start);
        return text.substring(start, end).lines().toList();
    }

    /** The command's arguments, with examples/ read from the repository and the folders it writes in a temporary one. */
    private String[] args(String line) {
        List<String> out = new ArrayList<>();
        String[] words = line.substring("xeploai ".length()).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String before = i > 0 ? words[i - 1] : "";
            if (w.startsWith("examples/")) {
                out.add(ROOT.resolve(w).toString());
            } else if (!w.startsWith("-") && !w.matches("qd\\d+-hd\\d+|\\d{4}|vi|en|copy|test|diff|validate|packs")
                    && (before.equals("--rules") || before.equals("--rules-b") || before.equals("--output")
                    || before.equals("test") || before.equals("qd132-hd21"))) {
                out.add(tmp.resolve(w).toString());
            } else {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }
}
