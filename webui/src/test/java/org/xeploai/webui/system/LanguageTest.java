package org.xeploai.webui.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.xeploai.i18n.Lang;
import org.xeploai.webui.api.ApiLocale;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages and the API choose Vietnamese unless English is asked for; switching keeps the page and its filters. */
class LanguageTest {

    @Test
    void theApiFollowsLangThenAcceptLanguageThenVietnamese() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/runs");
        assertThat(ApiLocale.of(request)).isEqualTo(LocaleConfiguration.VIETNAMESE);
        request.addHeader("Accept-Language", "fr-FR,en;q=0.8");
        assertThat(ApiLocale.of(request)).isEqualTo(Locale.ENGLISH);
        request.setQueryString("page=1&lang=vi");
        assertThat(ApiLocale.of(request)).isEqualTo(LocaleConfiguration.VIETNAMESE);
        MockHttpServletRequest malformed = new MockHttpServletRequest("GET", "/api/runs");
        malformed.addHeader("Accept-Language", ";;;");
        assertThat(ApiLocale.of(malformed)).isEqualTo(LocaleConfiguration.VIETNAMESE);
    }

    @Test
    void theEngineSpeaksThePagesLanguage() {
        assertThat(Languages.lang(Locale.ENGLISH)).isEqualTo(Lang.EN);
        assertThat(Languages.lang(Locale.forLanguageTag("vi"))).isEqualTo(Lang.VI);
        assertThat(Languages.lang(Locale.FRENCH)).isEqualTo(Lang.VI);
        assertThat(new LocalizedText("xin chào", "hello").in(Locale.ENGLISH)).isEqualTo("hello");
        assertThat(LocalizedText.engine("input.file.missing", "members.csv", "x").vi()).startsWith("Thiếu tệp members.csv");
    }

    @Test
    void theLanguageLinksKeepThePageAndItsFilters() {
        assertThat(LayoutAdvice.link("/runs/1/results/members", "level=HTXSNV&lang=vi&q=DV1", "en"))
                .isEqualTo("/runs/1/results/members?level=HTXSNV&q=DV1&lang=en");
        assertThat(LayoutAdvice.link("", null, "vi")).isEqualTo("/?lang=vi");
        assertThat(new LayoutAdvice.PageLinks("/runs", "page=2&x=1").to("page", 3)).isEqualTo("/runs?x=1&page=3");
    }
}
