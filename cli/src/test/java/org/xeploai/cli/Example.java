package org.xeploai.cli;

import org.xeploai.rules.PackCopier;
import org.xeploai.rules.PackFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled example and packaged-pack copies, as the command tests use them. */
final class Example {
    /** examples/provincial-agencies-2022: 2022 under qd132-hd21, with quota demotions and a head cap. */
    static final Path PROVINCIAL_AGENCIES_2022 = Path.of(System.getProperty("user.dir"))
            .resolve("../examples/provincial-agencies-2022").normalize();

    private Example() {
    }

    /** A board's copy of a packaged pack, as {@code packs copy} writes it. */
    static Path copyOf(String pack, Path dir) {
        try {
            PackCopier.copy(PackFiles.packaged(pack), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a file of {@code dir}. */
    static void edit(Path dir, String file, String from, String to) {
        try {
            Path path = dir.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line (from 1) of the first line of a file of {@code dir} holding {@code needle}. */
    static int lineOf(Path dir, String file, String needle) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(needle + " is not in " + file);
    }
}
