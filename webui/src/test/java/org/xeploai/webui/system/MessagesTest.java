package org.xeploai.webui.system;

import org.junit.jupiter.api.Test;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.FindingKind;
import org.xeploai.webui.results.SubjectKind;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.run.RunProgress;
import org.xeploai.webui.run.RunState;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the pages is in messages.properties (Vietnamese) and messages_en.properties (English), and both
 * have every key: those the templates name, those built from the engine's enumerations, and those the code uses.
 */
class MessagesTest {
    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    static final Path SOURCES = Path.of("src", "main", "java");

    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static final Properties VI = load("messages.properties");
    static final Properties EN = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(EN.stringPropertyNames())).isEqualTo(new TreeSet<>(VI.stringPropertyNames()));
    }

    @Test
    void noTextIsEmptyAndVietnameseTextsAreVietnamese() {
        for (String key : VI.stringPropertyNames()) {
            assertThat(VI.getProperty(key)).as(key).isNotBlank();
            assertThat(EN.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(VI.getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(EN.getProperty("login.title")).isEqualTo("Sign in");
    }

    @Test
    void everyPatternWithArgumentsParsesAndHasNoStrayApostrophe() {
        for (Properties bundle : List.of(VI, EN)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (pattern.contains("{")) {
                    new MessageFormat(pattern);
                    assertThat(pattern).as(key + ": a lone ' would be swallowed by MessageFormat").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertKeys(used);
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(Level.values()).forEach(v -> keys.add("level." + v.name()));
        Arrays.stream(ClassificationStatus.values()).forEach(v -> keys.add("status." + v.name()));
        Arrays.stream(OrgType.values()).forEach(v -> keys.add("orgType." + v.name()));
        Arrays.stream(FindingKind.values()).forEach(v -> keys.add("finding.kind." + v.name()));
        Arrays.stream(RunState.values()).forEach(v -> keys.add("run.state." + v.name()));
        Arrays.stream(RunProgress.Phase.values()).forEach(v -> keys.add("progress." + v.name()));
        Summaries.SUBJECTS.forEach(s -> keys.add("subject." + s));
        for (SubjectKind kind : SubjectKind.values()) {
            keys.add("results.title." + kind.path());
            keys.add("results.org." + kind.path());
            keys.add("explain.org." + kind.path());
        }
        for (int status : List.of(400, 401, 403, 404, 413, 422, 500)) {
            keys.add("api.problem.status." + status);
        }
        keys.addAll(List.of("api.problem.unauthorized", "api.problem.forbidden", "upload.error.too_large",
                "upload.error.unreadable"));
        assertKeys(keys);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Pattern literal = Pattern.compile("\"((?:upload|run|api|where|progress)\\.[a-z0-9_.]*[a-z0-9_])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("upload.error.missing", "run.error.no_pack_for_year");
        assertKeys(used);
    }

    static void assertKeys(Iterable<String> keys) {
        for (String key : keys) {
            assertThat(VI.containsKey(key)).as("messages.properties has " + key).isTrue();
            assertThat(EN.containsKey(key)).as("messages_en.properties has " + key).isTrue();
        }
    }
}
