package org.xeploai.i18n;

import java.util.Locale;

/** The languages users read: Vietnamese first, English on request ({@code --lang en}). */
public enum Lang {
    VI(Locale.forLanguageTag("vi")), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Lang of(String code) {
        return code != null && code.strip().equalsIgnoreCase("en") ? EN : VI;
    }
}
