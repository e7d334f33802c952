package org.xeploai.webui.system;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.util.Locale;

/** The page's locale as the engine's language: English when asked for, Vietnamese otherwise. */
public final class Languages {

    private Languages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    public static Lang lang(Locale locale) {
        return isEnglish(locale) ? Lang.EN : Lang.VI;
    }

    public static Messages engineMessages(Locale locale) {
        return Messages.of(lang(locale));
    }

    public static Locale locale(Lang lang) {
        return lang == Lang.EN ? Locale.ENGLISH : LocaleConfiguration.VIETNAMESE;
    }
}
