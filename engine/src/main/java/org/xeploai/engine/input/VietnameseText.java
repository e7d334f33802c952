package org.xeploai.engine.input;

import java.text.Normalizer;
import java.util.Set;

/**
 * How much a text looks like Vietnamese written in Unicode: each character beyond ASCII counts as good when it sits
 * in a word that Vietnamese spelling allows (Latin base letters, at most one tone mark, and only on a vowel;
 * circumflex on a, e, o; breve on a; horn on o, u; đ), and as bad otherwise (a stray symbol, a mark on a consonant,
 * two tones in a word). Text decoded in the wrong encoding scores low.
 */
final class VietnameseText {
    private static final Set<Character> TONES = Set.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
    private static final String VOWELS = "aeiouyAEIOUY";
    /** Punctuation that Vietnamese text in Unicode may well hold: neither good nor bad. */
    private static final String NEUTRAL = "\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022\u20AB\uFEFF";

    private VietnameseText() {
    }

    /** Good and bad characters beyond ASCII. */
    record Score(int good, int bad) {
        int total() {
            return good + bad;
        }

        /** Share of good characters; 1 when the text has none beyond ASCII. */
        double ratio() {
            return total() == 0 ? 1.0 : (double) good / total();
        }
    }

    static Score score(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < nfc.length()) {
            char c = nfc.charAt(i);
            if (isWordChar(c)) {
                int end = i;
                while (end < nfc.length() && isWordChar(nfc.charAt(end))) {
                    end++;
                }
                String word = nfc.substring(i, end);
                int beyondAscii = (int) word.chars().filter(ch -> ch > 0x7F).count();
                if (plausibleWord(word)) {
                    good += beyondAscii;
                } else {
                    bad += beyondAscii;
                }
                i = end;
            } else {
                if (c > 0x7F && NEUTRAL.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                    bad++;
                }
                i++;
            }
        }
        return new Score(good, bad);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean plausibleWord(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        int tones = 0;
        char base = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c < 0x80) {
                base = c;
            } else if (c == 'đ' || c == 'Đ') {
                base = 'd';
            } else if (TONES.contains(c)) {
                if (VOWELS.indexOf(base) < 0 || ++tones > 1) {
                    return false;
                }
            } else if (c == '\u0302') {
                if ("aeoAEO".indexOf(base) < 0) {
                    return false;
                }
            } else if (c == '\u0306') {
                if ("aA".indexOf(base) < 0) {
                    return false;
                }
            } else if (c == '\u031B') {
                if ("ouOU".indexOf(base) < 0) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }
}
