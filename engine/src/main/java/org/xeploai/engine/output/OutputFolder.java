package org.xeploai.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Replaces files in an output folder all together or not at all. Every file is first written into a fresh hidden
 * folder beside the output folder (same parent, hence normally the same disk, so that the final moves are renames);
 * only when all were written are they moved in, each replacing the file of the same name. The files replaced are
 * kept aside until the last move succeeds, so a failure at any point puts back what was there. Other files in the
 * output folder are never touched. A folder this class created is removed again when the run fails.
 */
final class OutputFolder {
    private static final String PREVIOUS = "previous";

    private OutputFolder() {
    }

    static void replaceFiles(Path outputDir, List<? extends OutputFile> files) {
        replaceFiles(outputDir, files, List.of());
    }

    /** The same, with files made from the others ({@link DerivedFile}), written once the others are. */
    static void replaceFiles(Path outputDir, List<? extends OutputFile> files, List<? extends DerivedFile> derived) {
        Path target = outputDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new OutputException(target, OutputException.ROOT_FOLDER, null);
        }
        List<Staged> staged = new ArrayList<>();
        files.forEach(f -> staged.add(new Staged(f.name(), (out, written) -> f.writeTo(out))));
        List<Staged> afterwards = new ArrayList<>();
        derived.forEach(d -> afterwards.add(new Staged(d.name(), d::writeTo)));
        List<String> names = new ArrayList<>();
        Stream.concat(staged.stream(), afterwards.stream()).forEach(s -> names.add(s.name()));
        checkNames(names);
        Path created = createFolder(target);
        Path staging = null;
        boolean done = false;
        try {
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            writeAll(staging, staged);
            writeAll(staging, afterwards);
            moveIn(staging, target, names);
            done = true;
        } catch (IOException e) {
            throw failure(shownPath(e, target), e);
        } catch (UncheckedIOException e) {
            throw failure(shownPath(e.getCause(), target), e.getCause());
        } finally {
            deleteTree(staging);
            if (!done) {
                deleteCreatedFolders(target, created);
            }
        }
    }

    /** A file to write into the staging folder, which it may read (see {@link DerivedFile}). */
    private record Staged(String name, Content content) {
        @FunctionalInterface
        interface Content {
            void writeTo(OutputStream out, Path staging) throws IOException;
        }
    }

    private static void checkNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\")
                    || name.equals(".") || name.equals("..") || !seen.add(name)) {
                throw new IllegalArgumentException("output file name unusable or repeated: " + name);
            }
        }
    }

    /**
     * Creates the output folder and any missing folder above it; returns the topmost folder created, or null when
     * the output folder already existed.
     */
    private static Path createFolder(Path target) {
        Path topmostMissing = null;
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            topmostMissing = existing;
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new OutputException(existing, OutputException.NOT_A_FOLDER, null);
        }
        if (topmostMissing == null) {
            return null;
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            deleteCreatedFolders(target, topmostMissing);
            throw failure(pathOf(e, target), e);
        }
        return topmostMissing;
    }

    /**
     * Writes the files into the staging folder on all cores: they are independent (the report and the CSV files each
     * read the finished result; a derived file reads only files of an earlier call). The first failure is rethrown
     * as it happened.
     */
    private static void writeAll(Path staging, List<Staged> files) throws IOException {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Staged file : files) {
                write(staging, file);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xeploai-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (Staged file : files) {
                writes.add(pool.submit(() -> {
                    write(staging, file);
                    return null;
                }));
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("writing the output was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(Path staging, Staged file) throws IOException {
        Path path = staging.resolve(file.name());
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            file.content().writeTo(out, staging);
            out.flush();
            // on the disk before the rename makes it visible, so that a crash cannot leave a truncated result
            channel.force(true);
        }
    }

    /** Moves every file in; on failure puts back the files it replaced and removes those it added. */
    private static void moveIn(Path staging, Path target, List<String> names) throws IOException {
        Path previous = Files.createDirectory(staging.resolve(PREVIOUS));
        Deque<String> moved = new ArrayDeque<>();
        Set<String> keptAside = new HashSet<>();
        try {
            for (String name : names) {
                Path destination = target.resolve(name);
                if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
                    keepAside(destination, previous.resolve(name));
                    keptAside.add(name);
                }
                move(staging.resolve(name), destination);
                moved.push(name);
            }
        } catch (IOException | RuntimeException e) {
            for (String name : moved) {
                try {
                    if (keptAside.contains(name)) {
                        move(previous.resolve(name), target.resolve(name));
                    } else {
                        Files.deleteIfExists(target.resolve(name));
                    }
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }

    /** A second name for the file about to be replaced (a hard link, or a copy where links are not possible). */
    private static void keepAside(Path file, Path aside) throws IOException {
        try {
            Files.createLink(aside, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // the output folder is on another disk than its parent (a mount point): copy, then delete
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException ignored) {
            // a leftover hidden folder is harmless; the error that matters is being reported
        }
    }

    /** Removes the folders {@link #createFolder} made, from the output folder up to the topmost, if still empty. */
    private static void deleteCreatedFolders(Path target, Path topmost) {
        if (topmost == null) {
            return;
        }
        for (Path folder = target; folder != null && folder.startsWith(topmost); folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException someoneElsesFiles) {
                return;
            } catch (IOException ignored) {
                return;
            }
        }
    }

    /**
     * The path to name in the message: a file of the output folder, or the output folder itself (never the hidden
     * temporary folder, which the user does not know about and which is gone by then).
     */
    private static Path shownPath(IOException e, Path target) {
        Path path = pathOf(e, target);
        return path.getParent() != null && path.getParent().equals(target) ? path : target;
    }

    private static Path pathOf(IOException e, Path fallback) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null) {
            return Path.of(fse.getFile());
        }
        return fallback;
    }

    private static OutputException failure(Path path, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException) {
            return new OutputException(path, OutputException.ACCESS_DENIED, e);
        }
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota exceeded")) {
            return new OutputException(path, OutputException.DISK_FULL, e);
        }
        if (lower.contains("not a directory")) {
            return new OutputException(path, OutputException.NOT_A_FOLDER, e);
        }
        String why = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : reason;
        return new OutputException(path, OutputException.IO_ERROR, e, why);
    }
}
