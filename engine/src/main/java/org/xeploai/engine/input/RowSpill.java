package org.xeploai.engine.input;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one input file that go to one partition, kept in a temporary file exactly as they were read: the
 * physical line where each started and its cells, so that reading them back gives the checks and messages reading
 * the original file gives. Written once, read once.
 */
final class RowSpill implements AutoCloseable {
    private static final int BUFFER = 1 << 15;

    private final Path path;
    private DataOutputStream out;
    private long rows;

    RowSpill(Path path) {
        this.path = path;
    }

    void write(CsvRow row) {
        try {
            if (out == null) {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER));
            }
            out.writeLong(row.line());
            out.writeInt(row.cells().size());
            for (String cell : row.cells()) {
                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spilled rows read back as the original file: its header, its decimal separator and its messages for a row
     * with too many cells come from the reader of the original file ({@code original}, closed by then).
     */
    TableReader reader(TableReader original) {
        close();
        return new TableReader() {
            private final DataInputStream in = open();
            private long read;

            private DataInputStream open() {
                try {
                    return rows == 0 ? null : new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public CsvRow header() {
                return original.header();
            }

            @Override
            public CsvRow next() {
                if (read == rows) {
                    return null;
                }
                try {
                    long line = in.readLong();
                    int n = in.readInt();
                    List<String> cells = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        cells.add(new String(bytes, StandardCharsets.UTF_8));
                    }
                    read++;
                    return new CsvRow(line, cells);
                } catch (EOFException e) {
                    throw new IllegalStateException("temporary file cut short: " + path, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public long rowsRead() {
                return read;
            }

            @Override
            public boolean decimalComma() {
                return original.decimalComma();
            }

            @Override
            public RejectedRow tooManyCells(String file, long line, String firstExtra, int cells, int width) {
                return original.tooManyCells(file, line, firstExtra, cells, width);
            }

            @Override
            public void close() {
                try {
                    if (in != null) {
                        in.close();
                    }
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
