package org.xeploai.engine.input;

import java.util.Optional;

/**
 * Tells which legacy Vietnamese encoding a file is in, when one of them clearly turns its bytes into Vietnamese
 * words and the others do not. It only names the encoding for the message; the file is still refused, since a
 * wrong guess would silently corrupt names.
 */
final class LegacyEncodingDetector {
    private static final double CLEAR = 0.8;
    private static final double MARGIN = 0.1;
    private static final int MIN_EVIDENCE = 2;

    private LegacyEncodingDetector() {
    }

    /** The encoding these bytes look like, if one stands out. */
    static Optional<LegacyEncoding> detect(byte[] bytes) {
        LegacyEncoding best = null;
        double bestRatio = -1;
        double second = -1;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            VietnameseText.Score score = VietnameseText.score(encoding.decode(bytes));
            if (score.total() < MIN_EVIDENCE) {
                continue;
            }
            double ratio = score.ratio();
            if (ratio > bestRatio) {
                second = bestRatio;
                bestRatio = ratio;
                best = encoding;
            } else if (ratio > second) {
                second = ratio;
            }
        }
        if (best != null && bestRatio >= CLEAR && bestRatio - second >= MARGIN) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /**
     * Whether text that decoded as UTF-8 is in fact TCVN3 or VNI typed with a legacy font and then saved as
     * Unicode: every character is Latin-1, the text as it stands is not Vietnamese, and one legacy reading is.
     */
    static Optional<LegacyEncoding> detectInText(String text) {
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return Optional.empty();
            }
            beyondAscii |= c > 0x7F;
        }
        if (!beyondAscii || VietnameseText.score(text).ratio() >= 0.5) {
            return Optional.empty();
        }
        byte[] latin1 = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return detect(latin1).filter(e -> e != LegacyEncoding.WINDOWS_1258);
    }
}
