package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message in Vietnamese and English, the same keys in both, and every key the readers use present. */
class InputMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:input|value)\\.[a-z0-9_.]+)\"");

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InputMessagesTest.class.getResourceAsStream("/org/xeploai/i18n/input_" + lang + ".properties")) {
            assertThat(in).as("input_" + lang + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothInputBundlesHaveExactlyTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("vi").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyMessageIsAValidPatternWithoutStrayApostrophes() throws IOException {
        for (String lang : new String[]{"vi", "en"}) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as(lang + " " + key).doesNotContain("'").isNotBlank();
                new MessageFormat(pattern); // throws on a malformed pattern
            }
        }
    }

    @Test
    void everyKeyTheReadersUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/xeploai/engine/input"))) {
            for (Path source : sources.toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("input.file.missing", "input.org.cycle", "input.decision.duplicate");
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            assertThat(used).as(lang.name()).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
        }
    }

    @Test
    void lineNumbersAreWrittenWithoutThousandsSeparators() {
        assertThat(Messages.of(Lang.VI).get("input.org.duplicate", "CB1", 12345L)).contains("dòng 12345.");
        assertThat(Messages.of(Lang.EN).get("input.org.duplicate", "CB1", 12345L)).contains("line 12345.");
    }
}
