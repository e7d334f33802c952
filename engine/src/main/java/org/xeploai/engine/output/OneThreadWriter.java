package org.xeploai.engine.output;

import java.io.IOException;
import java.io.Writer;

/**
 * Buffers characters for one thread and hands them on in blocks of 64 K. The CSV printer and POI's sheet writer write
 * a cell in many small calls (a field, a quote, a separator), and {@link java.io.BufferedWriter} takes a lock for
 * each; every output file is written by one thread, so none is needed. Not safe for several threads.
 */
final class OneThreadWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    OneThreadWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int from = off;
        int left = len;
        while (left > 0) {
            if (used == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(left, buffer.length - used);
            s.getChars(from, from + n, buffer, used);
            used += n;
            from += n;
            left -= n;
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(String.valueOf(chars, off, len), 0, len);
    }

    /** Without the copy {@link Writer#append(CharSequence, int, int)} makes of a part of a string. */
    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq instanceof String s) {
            write(s, start, end - start);
            return this;
        }
        return super.append(csq, start, end);
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }
}
