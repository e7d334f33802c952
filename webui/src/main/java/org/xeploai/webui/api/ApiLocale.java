package org.xeploai.webui.api;

import jakarta.servlet.http.HttpServletRequest;
import org.xeploai.webui.system.LocaleConfiguration;

import java.util.Locale;

/**
 * The language of the API's messages: {@code ?lang=en|vi}, else the Accept-Language header when it prefers English,
 * else Vietnamese. Integrators have no cookie to keep a choice in.
 */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        // from the query string only: reading parameters would parse a multipart body
        String param = queryParameter(request.getQueryString(), LocaleConfiguration.PARAM);
        if (param != null && !param.isBlank()) {
            return param.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : LocaleConfiguration.VIETNAMESE;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                    if (tag.startsWith("vi")) {
                        return LocaleConfiguration.VIETNAMESE;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is ignored
            }
        }
        return LocaleConfiguration.VIETNAMESE;
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
