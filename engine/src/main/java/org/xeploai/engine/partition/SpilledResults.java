package org.xeploai.engine.partition;

import org.xeploai.engine.SubjectResult;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * One kind of result (members, organizations or collectives) of a partitioned run, kept on disk: one file per
 * partition, each in its partition's input order and tagged with the input line that orders it. Iterating merges the
 * files by that line, so results come in the order of the whole input file, as an in-memory run gives them. Each
 * iteration reads the files again; {@link #get(int)} is not supported (the output writers iterate).
 */
public final class SpilledResults extends AbstractList<SubjectResult> {
    private static final int BUFFER = 1 << 16;

    private final List<Path> files = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final Path directory;
    private final String name;
    private int size;

    SpilledResults(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    /** Writes one partition's results, each with the line that orders it; lines must increase. */
    void add(List<SubjectResult> results, List<Long> lines) {
        Path file = directory.resolve(name + "." + files.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER))) {
            for (int i = 0; i < results.size(); i++) {
                out.writeLong(lines.get(i));
                SubjectResultCodec.write(out, results.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(file);
        counts.add(results.size());
        size += results.size();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public SubjectResult get(int index) {
        throw new UnsupportedOperationException("results of a partitioned run are read in order: iterate them");
    }

    @Override
    public Iterator<SubjectResult> iterator() {
        return new Merge();
    }

    /** The k-way merge of the partitions' files by input line. */
    private final class Merge implements Iterator<SubjectResult> {
        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> Long.compare(a.line, b.line));
        private int left = size;

        Merge() {
            for (int i = 0; i < files.size(); i++) {
                Head head = new Head(files.get(i), counts.get(i));
                if (head.advance()) {
                    heads.add(head);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public SubjectResult next() {
            if (left == 0) {
                throw new NoSuchElementException();
            }
            Head head = heads.poll();
            SubjectResult r = head.result;
            left--;
            if (head.advance()) {
                heads.add(head);
            }
            return r;
        }
    }

    /** The next unread result of one partition's file; the file closes at its end. */
    private static final class Head {
        private final Path file;
        private int remaining;
        private DataInputStream in;
        private long line;
        private SubjectResult result;

        Head(Path file, int count) {
            this.file = file;
            this.remaining = count;
        }

        boolean advance() {
            try {
                if (remaining == 0) {
                    if (in != null) {
                        in.close();
                    }
                    return false;
                }
                if (in == null) {
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
                }
                line = in.readLong();
                result = SubjectResultCodec.read(in);
                remaining--;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
