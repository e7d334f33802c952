package org.xeploai.engine.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Byte-level facts about a file that is not valid UTF-8: where the first bad byte is, and a sample to guess from. */
final class Utf8Scan {
    private static final int CHUNK = 1 << 16;

    private Utf8Scan() {
    }

    static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The physical line (1-based; CR, LF and CRLF each end a line) of the first byte that is not UTF-8, or 0 if none. */
    static long lineOfFirstMalformed(Path path) throws IOException {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long line = 1;
        boolean afterCr = false;
        try (InputStream stream = Files.newInputStream(path)) {
            while (true) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                boolean eof = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                int from = in.position();
                CoderResult result = decoder.decode(in, out, eof);
                for (int i = from; i < in.position(); i++) {
                    byte b = in.get(i);
                    if (b == '\n') {
                        if (!afterCr) {
                            line++;
                        }
                        afterCr = false;
                    } else {
                        afterCr = b == '\r';
                        if (afterCr) {
                            line++;
                        }
                    }
                }
                if (result.isError()) {
                    return line;
                }
                out.clear();
                in.compact();
                if (eof) {
                    return 0;
                }
            }
        }
    }

    /** Up to {@code max} bytes from the start of the file, cut after the last line feed when the file is longer. */
    static byte[] head(Path path, int max) throws IOException {
        try (InputStream stream = Files.newInputStream(path)) {
            byte[] bytes = stream.readNBytes(max);
            if (bytes.length < max) {
                return bytes;
            }
            for (int i = bytes.length - 1; i > 0; i--) {
                if (bytes[i] == '\n') {
                    return Arrays.copyOf(bytes, i + 1);
                }
            }
            return bytes;
        }
    }
}
