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
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
