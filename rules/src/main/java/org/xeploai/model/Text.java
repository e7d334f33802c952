package org.xeploai.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for names and codes typed by people: case, diacritics, spaces, underscores and hyphens do not count. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private Text() {
    }

    /** NFC form, the one all text is compared in. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "Mã đảng viên", "ma_dang_vien" and "MA-DANG VIEN" give the same key. */
    public static String key(String text) {
        if (isPlainAscii(text)) {
            return asciiKey(text);
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same key without normalization or regular expressions, for the codes most cells hold (XS, HTTNV, true). */
    private static String asciiKey(String text) {
        String s = text.strip();
        StringBuilder out = new StringBuilder(s.length());
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || Character.isWhitespace(c)) {
                separator = true;
                continue;
            }
            if (separator && out.length() > 0) {
                out.append('_');
            }
            separator = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }
}
