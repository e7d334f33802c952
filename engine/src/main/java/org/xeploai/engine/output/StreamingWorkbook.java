package org.xeploai.engine.output;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * POI's streaming workbook with inline strings (no shared strings table in memory, no compressed temporary files),
 * whose sheets escape text a run of characters at a time. POI's own sheet writer turns every character of a text
 * cell into a code point and back and writes it with a separate call to a synchronized writer; on a large run, where
 * every member row carries its reasons in Vietnamese, that was the largest cost of the whole write phase (356,250
 * members: a third of the workbook's time). The sheets' XML is the same as POI's: the same characters are
 * escaped the same way. The file is compressed at the fastest level: a sheet's XML is twice the size of its CSV
 * file (400 MB for 356,250 members), and the default level took 3 s of it where the fastest takes 1.2 s, for a file
 * a third larger (32 MB instead of 24).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** @param rowWindow rows kept in memory per sheet before they are flushed to its temporary file */
    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RunEscapingWriter();
    }

    /**
     * {@link SheetDataWriter} with {@link #outputEscapedString} writing unescaped runs whole, into a writer without
     * locks: POI writes a cell in a dozen small calls, and {@link java.io.BufferedWriter} takes a lock for each.
     */
    static final class RunEscapingWriter extends SheetDataWriter {

        RunEscapingWriter() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            return new OneThreadWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            int run = 0;
            for (int i = 0; i < s.length(); i++) {
                String escaped = escape(s.charAt(i));
                if (escaped != null) {
                    _out.write(s, run, i - run);
                    _out.write(escaped);
                    run = i + 1;
                }
            }
            _out.write(s, run, s.length() - run);
        }

        /**
         * What POI 5 writes instead of {@code c}, or null for {@code c} itself: XML's special characters and the
         * white space an attribute-normalizing reader would lose as character references, the no-break space
         * likewise, and the characters XML cannot carry (controls, U+FFFE, U+FFFF) as a question mark, as XMLBeans
         * does. Surrogates pass through: a pair is one character written as it is.
         */
        static String escape(char c) {
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
        }
    }
}
