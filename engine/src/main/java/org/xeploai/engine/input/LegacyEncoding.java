package org.xeploai.engine.input;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * The Vietnamese encodings from before Unicode that committees' files still arrive in: Windows-1258 (what Excel's
 * plain "CSV" saves on a Vietnamese Windows), TCVN3, also called ABC (the {@code .VnTime} fonts), and VNI (the
 * {@code VNI-Times} fonts). Each decodes bytes to NFC text, so that {@link LegacyEncodingDetector} can tell which one
 * turns a file into Vietnamese words.
 */
enum LegacyEncoding {
    WINDOWS_1258("Windows-1258") {
        @Override
        String decode(byte[] bytes) {
            return Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
        }
    },
    TCVN3("TCVN3 (ABC)") {
        @Override
        String decode(byte[] bytes) {
            StringBuilder out = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                int u = b & 0xFF;
                out.append(u < 0x80 ? (char) u : TCVN3_HIGH[u - 0x80]);
            }
            return out.toString();
        }
    },
    VNI("VNI") {
        @Override
        String decode(byte[] bytes) {
            StringBuilder out = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                int u = b & 0xFF;
                out.append(u < 0x80 ? String.valueOf((char) u) : VNI_HIGH[u - 0x80]);
            }
            return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
        }
    };

    private static final char UNKNOWN = '\uFFFD';
    private static final char[] TCVN3_HIGH = new char[128];
    private static final String[] VNI_HIGH = new String[128];

    static {
        java.util.Arrays.fill(TCVN3_HIGH, UNKNOWN);
        // TCVN 5712:1993 VN3 ("ABC"): lower-case letters with their tone, and the seven upper-case base letters
        String[][] tcvn3 = {
                {"A1", "Ă"}, {"A2", "Â"}, {"A3", "Ê"}, {"A4", "Ô"}, {"A5", "Ơ"}, {"A6", "Ư"}, {"A7", "Đ"},
                {"A8", "ă"}, {"A9", "â"}, {"AA", "ê"}, {"AB", "ô"}, {"AC", "ơ"}, {"AD", "ư"}, {"AE", "đ"},
                {"B5", "à"}, {"B6", "ả"}, {"B7", "ã"}, {"B8", "á"}, {"B9", "ạ"},
                {"BB", "ằ"}, {"BC", "ẳ"}, {"BD", "ẵ"}, {"BE", "ắ"}, {"C6", "ặ"},
                {"C7", "ầ"}, {"C8", "ẩ"}, {"C9", "ẫ"}, {"CA", "ấ"}, {"CB", "ậ"},
                {"CC", "è"}, {"CE", "ẻ"}, {"CF", "ẽ"}, {"D0", "é"}, {"D1", "ẹ"},
                {"D2", "ề"}, {"D3", "ể"}, {"D4", "ễ"}, {"D5", "ế"}, {"D6", "ệ"},
                {"D7", "ì"}, {"D8", "ỉ"}, {"DC", "ĩ"}, {"DD", "í"}, {"DE", "ị"},
                {"DF", "ò"}, {"E1", "ỏ"}, {"E2", "õ"}, {"E3", "ó"}, {"E4", "ọ"},
                {"E5", "ồ"}, {"E6", "ổ"}, {"E7", "ỗ"}, {"E8", "ố"}, {"E9", "ộ"},
                {"EA", "ờ"}, {"EB", "ở"}, {"EC", "ỡ"}, {"ED", "ớ"}, {"EE", "ợ"},
                {"EF", "ù"}, {"F1", "ủ"}, {"F2", "ũ"}, {"F3", "ú"}, {"F4", "ụ"},
                {"F5", "ừ"}, {"F6", "ử"}, {"F7", "ữ"}, {"F8", "ứ"}, {"F9", "ự"},
                {"FA", "ỳ"}, {"FB", "ỷ"}, {"FC", "ỹ"}, {"FD", "ý"}, {"FE", "ỵ"}};
        for (String[] entry : tcvn3) {
            TCVN3_HIGH[Integer.parseInt(entry[0], 16) - 0x80] = entry[1].charAt(0);
        }
        java.util.Arrays.fill(VNI_HIGH, String.valueOf(UNKNOWN));
        // VNI: a base letter followed by a byte for its marks; a few letters are a byte of their own
        String grave = "\u0300", acute = "\u0301", hook = "\u0309", tilde = "\u0303", dot = "\u0323";
        String circumflex = "\u0302", breve = "\u0306";
        Object[][] vni = {
                {0xD8, grave}, {0xD9, acute}, {0xDB, hook}, {0xD5, tilde}, {0xCF, dot},
                {0xC2, circumflex}, {0xCA, breve},
                {0xC1, circumflex + acute}, {0xC0, circumflex + grave}, {0xC5, circumflex + hook},
                {0xC3, circumflex + tilde}, {0xC4, circumflex + dot},
                {0xC9, breve + acute}, {0xC8, breve + grave}, {0xDA, breve + hook},
                {0xDC, breve + tilde}, {0xCB, breve + dot},
                {0xCC, "Ì"}, {0xCD, "Í"}, {0xC6, "Ỉ"}, {0xD3, "Ĩ"}, {0xD2, "Ị"}, {0xCE, "Ỵ"},
                {0xD1, "Đ"}, {0xD4, "Ơ"}, {0xD6, "Ư"}};
        for (Object[] entry : vni) {
            int upper = (Integer) entry[0];
            String text = (String) entry[1];
            VNI_HIGH[upper - 0x80] = text;
            // the lower-case byte is 0x20 above the upper-case one, as in Latin-1
            VNI_HIGH[upper + 0x20 - 0x80] = text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String displayName;

    LegacyEncoding(String displayName) {
        this.displayName = displayName;
    }

    /** The name users know it by, for messages. */
    String displayName() {
        return displayName;
    }

    /** The text these bytes stand for in this encoding, NFC; bytes it does not define become U+FFFD. */
    abstract String decode(byte[] bytes);
}
