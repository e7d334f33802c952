package org.xeploai.rules;

import org.junit.jupiter.api.Test;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem of a pack this project writes has a message key, with a text in Vietnamese and in English. */
class PackProblemMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/xeploai/rules");
    /** A key of a pack problem, as the sources write it: "pack.…". */
    private static final Pattern KEY = Pattern.compile("\"(pack\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)+)\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PackProblemMessagesTest.class.getResourceAsStream("/org/xeploai/i18n/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyUsedToCreateAProblemIsInBothBundles() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        used.add(PackProblem.COMPILER_KEY);
        for (Path file : sources()) {
            Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        for (String key : used) {
            assertThat(vi).as("messages_vi has " + key).containsKey(key);
            assertThat(en).as("messages_en has " + key).containsKey(key);
        }
        // and every pack problem text of the bundles is used
        for (Object key : vi.keySet()) {
            if (key.toString().startsWith("pack.")) {
                assertThat(used).as(key + " is used").contains(key.toString());
            }
        }
    }

    @Test
    void onlyDroolsTextIsAProblemWithoutKey() throws IOException {
        List<String> unkeyed = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("new PackProblem(") && !file.endsWith("PackProblem.java")) {
                    unkeyed.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(unkeyed).singleElement().asString().startsWith("PackCompiler.java").contains("m.getText()");
    }

    @Test
    void aProblemReadsInEitherLanguageAndDroolsTextFollowsALeadIn() {
        PackProblem keyed = PackProblem.of("p/parameters.csv", 7, "pack.parameters.out_of_range", "quota.share", "1.5", "0..1");
        PackProblem drools = new PackProblem("p/member/member.drl", 12, "[ERR 102] Line 12:4 mismatched input");

        assertThat(keyed.describe(Messages.of(Lang.VI)))
                .isEqualTo("p/parameters.csv:7: Tham số quota.share = 1.5 nằm ngoài khoảng cho phép 0..1. Hãy ghi giá trị trong khoảng đó.");
        assertThat(keyed.describe(Messages.of(Lang.EN)))
                .isEqualTo("p/parameters.csv:7: Parameter quota.share = 1.5 is outside 0..1. Give a value within that range.");
        assertThat(keyed.message()).isEqualTo(keyed.message(Messages.of(Lang.EN)));
        assertThat(drools.describe(Messages.of(Lang.VI)))
                .isEqualTo("p/member/member.drl:12: Lỗi biên dịch quy tắc: [ERR 102] Line 12:4 mismatched input");
        assertThat(drools.describe(Messages.of(Lang.EN)))
                .isEqualTo("p/member/member.drl:12: Rule compile error: [ERR 102] Line 12:4 mismatched input");
    }

    @Test
    void everyProblemTextTakesItsArgumentsInBothLanguages() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        for (Object key : vi.keySet()) {
            if (key.toString().startsWith("pack.")) {
                // the same placeholders, and a pattern MessageFormat can read
                assertThat(placeholders(vi.getProperty(key.toString()))).as(key.toString())
                        .isEqualTo(placeholders(en.getProperty(key.toString())));
            }
        }
    }

    private static TreeSet<String> placeholders(String pattern) {
        java.text.MessageFormat format = new java.text.MessageFormat(pattern);
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(format.toPattern());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
