package org.xeploai.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a user reads, from the bundles under {@code org/xeploai/i18n/}: {@code messages} (values and packs),
 * {@code input} (reading files), {@code pipeline} (classifying), {@code output} (results), {@code report} (the year-end report, targets and awards) and {@code cli} (commands), each in
 * {@code _vi} and {@code _en}. A bundle absent from the classpath is skipped; the first that has a key wins.
 * A test checks that both languages have the same keys.
 */
public final class Messages {
    public static final List<String> BUNDLES = List.of(
            "org.xeploai.i18n.messages", "org.xeploai.i18n.input", "org.xeploai.i18n.pipeline", "org.xeploai.i18n.output",
            "org.xeploai.i18n.report", "org.xeploai.i18n.cli");
    private final Lang lang;
    private final List<ResourceBundle> bundles = new java.util.ArrayList<>();

    private Messages(Lang lang) {
        this.lang = lang;
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, lang.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException absent) {
                // that module is not on the classpath
            }
        }
    }

    public static Messages of(Lang lang) {
        return new Messages(lang);
    }

    public Lang lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key + (args.length == 0 ? "" : " " + List.of(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(plain(args));
    }

    /** Numbers as written in files (line 1234, not "1.234"; 0.2, not "0,2"): a message quotes the user's data. */
    private static Object[] plain(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof java.math.BigDecimal d ? d.toPlainString()
                    : args[i] instanceof Number n ? n.toString() : args[i];
        }
        return out;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }
}
