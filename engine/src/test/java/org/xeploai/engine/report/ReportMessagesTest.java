package org.xeploai.engine.report;

import org.junit.jupiter.api.Test;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.ClassificationStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the report exists in Vietnamese and in English, the bundle is on the list, Vietnamese is Vietnamese. */
class ReportMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("report_en.properties").stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(load("report_vi.properties").stringPropertyNames());
        assertThat(Messages.BUNDLES).contains("org.xeploai.i18n.report");
    }

    @Test
    void everyCodeTheReportNamesHasWordsInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            for (String subject : ReportContent.SUBJECTS) {
                assertThat(m.has("report.subject." + subject)).as(lang + " " + subject).isTrue();
            }
            for (AwardKind kind : AwardKind.values()) {
                assertThat(m.has("report.award." + kind.name())).as(lang + " " + kind).isTrue();
            }
            for (ClassificationStatus status : ClassificationStatus.values()) {
                assertThat(m.has("report.status." + status.name())).as(lang + " " + status).isTrue();
            }
        }
    }

    @Test
    void numbersAreWrittenTheWayEachLanguageWritesThem() {
        ReportText vi = new ReportText(Lang.VI);
        ReportText en = new ReportText(Lang.EN);
        assertThat(vi.decimal(new java.math.BigDecimal("95.9"))).isEqualTo("95,9");
        assertThat(en.decimal(new java.math.BigDecimal("95.9"))).isEqualTo("95.9");
        assertThat(vi.count(1954)).isEqualTo("1.954");
        assertThat(en.count(1954)).isEqualTo("1,954");
        assertThat(vi.get("report.targets.line", 8L, 8)).isEqualTo("8/8 chỉ tiêu đạt và vượt kế hoạch");
        assertThat(en.get("report.targets.line", 8L, 8)).isEqualTo("8 of 8 targets met or exceeded");
        assertThat(vi.get("report.title", 2022)).endsWith("năm 2022");
        assertThat(ReportText.committee("Đảng bộ Sở Công Thương")).isEqualTo("Đảng ủy Sở Công Thương");
        assertThat(ReportText.collectiveName("Chi bộ Sở Tư pháp")).isEqualTo("Chi ủy Sở Tư pháp");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/org/xeploai/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
