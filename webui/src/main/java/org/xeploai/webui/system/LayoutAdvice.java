package org.xeploai.webui.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.ZoneId;

/**
 * What every page's layout needs: the links that switch language on the same page (filters kept) and the zone
 * times are shown in.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /** The page in Vietnamese and in English. */
    public record LanguageLinks(String vi, String en) {
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return new LanguageLinks(link(path, query, "vi"), link(path, query, "en"));
    }

    /** Links to another page of the same list: {@code ${pageLinks.to('page', 2)}}, other parameters kept. */
    public record PageLinks(String path, String query) {
        public String to(String param, int page) {
            return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(param, page).build().toUriString();
        }
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        return new PageLinks(request.getRequestURI().substring(request.getContextPath().length()),
                "GET".equals(request.getMethod()) ? request.getQueryString() : null);
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ZoneId.systemDefault();
    }

    static String link(String path, String query, String lang) {
        if (path.isEmpty()) {
            path = "/";
        }
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(LocaleConfiguration.PARAM, lang)
                .build().toUriString();
    }
}
