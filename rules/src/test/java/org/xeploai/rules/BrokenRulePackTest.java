package org.xeploai.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A board edits a copy of a pack and breaks a rule file: loading the copy is refused, and the refusal says which
 * file and which line, so that {@code xeploai validate} can point at it.
 */
class BrokenRulePackTest {
    private static final String PACK = "qd132-hd21";
    private static final String RULE_FILE = "member/member.drl";

    @TempDir
    Path dir;

    @Test
    void anUneditedCopyOfThePackagedPackLoads() throws IOException {
        copyPackagedPack();
        assertThat(RulePack.load(PackFiles.directory(dir)).rules()).isNotEmpty();
    }

    @Test
    void aRuleFileWithASyntaxErrorIsRefusedNamingTheFileAndTheLine() throws IOException {
        copyPackagedPack();
        String broken = read(RULE_FILE).replaceFirst("(rule \"R1-MEM-KO2\"[\\s\\S]*?)\\nthen\\n", "$1\nthen (\n");
        assertThat(broken).isNotEqualTo(read(RULE_FILE));
        write(RULE_FILE, broken);

        assertRefusedAt(RULE_FILE, lineOf(broken, "then ("));
    }

    @Test
    void aRuleThatReadsAFieldMembersDoNotHaveIsRefusedNamingTheFileAndTheLine() throws IOException {
        copyPackagedPack();
        String broken = read(RULE_FILE).replace("$m : Member( !outstanding )", "$m : Member( !outstandingMember )");
        assertThat(broken).isNotEqualTo(read(RULE_FILE));
        write(RULE_FILE, broken);

        assertRefusedAt(RULE_FILE, lineOf(broken, "outstandingMember"));
    }

    @Test
    void theRefusalNamesTheRuleFileAsItIsInTheEditedFolder() throws IOException {
        copyPackagedPack();
        write(RULE_FILE, read(RULE_FILE).replace("$m : Member( !outstanding )", "$m : Member( !outstandingMember )"));

        RulePackException refused = refusal();
        assertThat(refused.problems()).as(refused.getMessage())
                .anySatisfy(p -> assertThat(p.file()).isEqualTo(PackFiles.directory(dir).describe(RULE_FILE)));
    }

    @Test
    void aConstantThatDoesNotExistIsRefusedNamingTheLine() throws IOException {
        copyPackagedPack();
        String broken = read(RULE_FILE).replace("jobRating == Level.KHTNV )", "jobRating == Level.KHTNVX )");
        assertThat(broken).isNotEqualTo(read(RULE_FILE));
        write(RULE_FILE, broken);

        assertRefusedAt(RULE_FILE, lineOf(broken, "Level.KHTNVX"));
    }

    private void assertRefusedAt(String file, int brokenLine) {
        RulePackException refused = refusal();
        assertThat(refused.problems()).as(refused.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.file()).endsWith(file.replace('/', java.io.File.separatorChar));
                    assertThat(p.line()).isPositive();
                    // Drools reports the line of the rule's pattern or of the rule itself: near the break, never 0
                    assertThat(p.line()).isBetween(Math.max(1, brokenLine - 12), brokenLine + 1);
                });
    }

    private RulePackException refusal() {
        RulePackException refused = catchThrowableOfType(RulePackException.class,
                () -> RulePack.load(PackFiles.directory(dir)));
        assertThat(refused).as("loading a pack with a broken rule file is refused").isNotNull();
        return refused;
    }

    private void copyPackagedPack() throws IOException {
        Map<String, String> sources = RulePackRegistry.packaged().get(PACK).sources();
        for (Map.Entry<String, String> file : sources.entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    private void write(String path, String text) throws IOException {
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the text: " + needle);
    }
}
