package org.xeploai.engine.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a committee hands in. Files are found by their contract names; a name that differs only in case
 * ({@code Members.CSV}, as Windows users save it) is found too.
 */
final class InputFolder {
    private final Path directory;

    private InputFolder(Path directory) {
        this.directory = directory;
    }

    static InputFolder open(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            String shown = String.valueOf(directory);
            throw new InputUnusableException(shown, 0, null, "input.folder.missing", shown);
        }
        return new InputFolder(directory);
    }

    /** The file, or an {@link InputUnusableException} naming it when it is not there. */
    Path required(String name) {
        return optional(name).orElseThrow(() ->
                new InputUnusableException(name, 0, null, "input.file.missing", name, directory.toString()));
    }

    Optional<Path> optional(String name) {
        Path exact = directory.resolve(name);
        Path found = Files.exists(exact) ? exact : caseInsensitive(name);
        if (found == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(found) || !Files.isReadable(found)) {
            throw new InputUnusableException(name, 0, null, "input.file.unreadable", name, found.toString());
        }
        return Optional.of(found);
    }

    private Path caseInsensitive(String name) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw CsvTableReader.unreadable(name, e);
        }
    }
}
