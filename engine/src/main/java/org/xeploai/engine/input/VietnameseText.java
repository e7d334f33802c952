package org.xeploai.engine.input;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a text looks like Vietnamese written in Unicode: each character beyond ASCII counts as good when it sits
 * in a word that is one Vietnamese syllable (an initial consonant, a vowel nucleus, a final consonant where the
 * nucleus takes one; at most one tone mark, on a vowel; circumflex on a, e, o; breve on a; horn on o, u), and as bad
 * otherwise (a stray symbol, a mark on a consonant, two tones, an impossible vowel cluster). Text decoded in the
 * wrong encoding scores low.
 */
final class VietnameseText {
    private static final Set<Character> TONES = Set.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
    private static final String VOWELS = "aeiouyAEIOUY";
    /**
     * A Vietnamese syllable without its tone: an initial consonant, a vowel nucleus, and a final consonant only
     * after a nucleus that may take one.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                    + "(?:(?:uyê|iê|yê|oa|oă|oe|uâ|uê|uô|ươ|uy|oo|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?"
                    + "|iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)");
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
        StringBuilder toneless = new StringBuilder(nfd.length());
        int tones = 0;
        char base = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.contains(c)) {
                if (VOWELS.indexOf(base) < 0 || ++tones > 1) {
                    return false;
                }
                continue;
            }
            if (c < 0x80 || c == 'đ' || c == 'Đ') {
                base = c;
            } else if (c == '\u0302' && "aeoAEO".indexOf(base) < 0
                    || c == '\u0306' && "aA".indexOf(base) < 0
                    || c == '\u031B' && "ouOU".indexOf(base) < 0
                    || c != '\u0302' && c != '\u0306' && c != '\u031B') {
                return false;
            }
            toneless.append(c);
        }
        String syllable = Normalizer.normalize(toneless, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        return SYLLABLE.matcher(syllable).matches();
    }
}
