package org.xeploai.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled example (examples/provincial-agencies-2022): 73 grassroots organizations, "96% … 20%". */
public final class ExampleData {
    public static final int YEAR = 2022;

    private ExampleData() {
    }

    /** The example's folder; tests run with the module folder as working directory. */
    public static Path folder() {
        for (Path candidate : List.of(Path.of("..", "examples", "provincial-agencies-2022"),
                Path.of("examples", "provincial-agencies-2022"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("examples/provincial-agencies-2022 not found from " + Path.of("").toAbsolutePath());
    }

    /** Its input files (the CSV files at the top of the folder). */
    public static List<Path> csvFiles() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }
}
