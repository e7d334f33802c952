package org.xeploai.engine.output;

import org.junit.jupiter.api.Test;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OutputMessagesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("output_en.properties").stringPropertyNames())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(load("output_vi.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheOutputUsesExistsInBothLanguagesAndFormatsWithThePath() {
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            assertThat(messages.has("output.failed")).as(lang + " output.failed").isTrue();
            for (String key : OutputException.KEYS) {
                assertThat(messages.has(key)).as(lang + " " + key).isTrue();
                assertThat(messages.get(key, "/data/ket-qua", "reason")).as(lang + " " + key)
                        .contains("/data/ket-qua").doesNotContain("{0}").doesNotContain("{1}");
            }
        }
    }

    @Test
    void vietnameseMessagesAreInVietnamese() {
        assertThat(Messages.of(Lang.VI).get(OutputException.DISK_FULL, "x")).contains("Ổ đĩa");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OutputMessagesTest.class.getResourceAsStream("/org/xeploai/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
