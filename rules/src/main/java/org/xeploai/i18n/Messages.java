package org.xeploai.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a user reads, from {@code org/xeploai/i18n/messages_vi.properties} and {@code messages_en.properties}.
 * A test checks that both files have the same keys.
 */
public final class Messages {
    public static final String BUNDLE = "org.xeploai.i18n.messages";
    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Lang lang) {
        return new Messages(lang);
    }

    public Lang lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + List.of(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }
}
